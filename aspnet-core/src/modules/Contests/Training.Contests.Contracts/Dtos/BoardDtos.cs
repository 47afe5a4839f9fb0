namespace Training.Contests;

public sealed record BoardRoundDto(Guid RoundId, int Order, RoundKind Kind, string Title, int Weight, RoundState State);

/// <summary>An entry's normalised score (0–100) in one round and the rule it came from (null: not scored yet).</summary>
public sealed record BoardRoundScoreDto(Guid RoundId, double? Score, ScoreRule? Rule, int Judges);

/// <summary>
/// A row of the leaderboard: draw number, per-round scores, total and rank; <see cref="Names"/> only when published, when the
/// contest shows names, or for its organisers; <see cref="IsMine"/> marks the caller's own entry.
/// </summary>
public sealed record BoardRowDto(Guid EntryId, int DrawNumber, IReadOnlyList<string>? Names, IReadOnlyList<BoardRoundScoreDto> Rounds,
    double? Total, int? Rank, bool IsMine);

/// <summary>
/// A "changes" event of the leaderboard's stream: the rows whose totals moved since the last event (each with its new
/// rank; the other rows keep theirs until their own change or the next snapshot). The same for every viewer: rows carry
/// no names and none is marked as the viewer's; both stay as the stream's snapshot showed them.
/// </summary>
public sealed record BoardChangeDto(IReadOnlyList<BoardRowDto> Changed);

/// <summary>The leaderboard: rounds, rows in rank order, the tie rule in words, and when it was computed.</summary>
public sealed record BoardDto(Guid ContestId, string Title, ContestState State, bool NamesShown, IReadOnlyList<BoardRoundDto> Rounds,
    IReadOnlyList<BoardRowDto> Rows, string TieRule, DateTime At);

/// <summary>The hall screen's link: the token is shown once (only its hash is kept); a new one replaces the old.</summary>
public sealed record DisplayTokenDto(string Token, string Path);

public sealed record MyCriterionScoreDto(string Name, int MaxPoints, IReadOnlyList<decimal> JudgeScores);

public sealed record MyRoundDto(Guid RoundId, string Title, RoundKind Kind, RoundState State, double? Score, ScoreRule? Rule,
    IReadOnlyList<MyCriterionScoreDto> Criteria);

/// <summary>An entrant's own view: their draw number, their rounds with their own criterion scores (judges unnamed), total and rank.</summary>
public sealed record MyContestDto(Guid ContestId, Guid EntryId, int? DrawNumber, EntryState State, IReadOnlyList<MyRoundDto> Rounds,
    double? Total, int? Rank, AwardTier? Award);

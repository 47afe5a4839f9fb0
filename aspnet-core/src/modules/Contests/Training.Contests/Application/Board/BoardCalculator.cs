using Training.Contests.Application.Scoring;

namespace Training.Contests.Application.Board;

/// <summary>A round as the board needs it.</summary>
internal sealed record BoardRound(Guid Id, int Order, RoundKind Kind, int Weight, int MaxPoints);

/// <summary>An active entry as the board needs it.</summary>
internal sealed record BoardEntry(Guid Id, int DrawNumber);

/// <summary>A submitted sheet's total.</summary>
internal sealed record SheetTotal(Guid EntryId, Guid RoundId, decimal Total);

/// <summary>An entry's written-round result (score percent, hand-in time).</summary>
internal sealed record WrittenScore(Guid EntryId, Guid RoundId, double Score, DateTime SubmittedAt);

/// <summary>A computed row before anything viewer-specific (names, "mine") is added.</summary>
internal sealed record BoardLine(Guid EntryId, int DrawNumber, IReadOnlyList<BoardRoundScoreDto> Rounds, double? Total, int? Rank);

/// <summary>
/// The leaderboard's numbers from the rounds, the submitted sheets and the written results: every round normalised to
/// 100 (judged: the trimmed or plain mean of the sheets' totals over the rubric's points; written: the exam percent),
/// weighted into the total, and ranked by the tie rule (the first written round's score and hand-in time). An entry
/// with no score in any round yet has no total and no rank and is listed after the ranked ones by draw number.
/// </summary>
internal static class BoardCalculator
{
    public static IReadOnlyList<BoardLine> Compute(IReadOnlyList<BoardRound> rounds, IReadOnlyList<BoardEntry> entries,
        IEnumerable<SheetTotal> sheets, IEnumerable<WrittenScore> written, int trimmedMeanMinJudges)
    {
        var ordered = rounds.OrderBy(r => r.Order).ToList();
        var totalsByEntryRound = sheets.ToLookup(s => (s.EntryId, s.RoundId), s => s.Total);
        var writtenByEntryRound = written.ToDictionary(w => (w.EntryId, w.RoundId));
        var firstWritten = ordered.FirstOrDefault(r => r.Kind == RoundKind.Written)?.Id;

        var lines = new List<(BoardEntry Entry, List<BoardRoundScoreDto> Rounds, decimal? Total, RankingCandidate Candidate)>();
        foreach (var entry in entries)
        {
            var scores = new List<BoardRoundScoreDto>(ordered.Count);
            var weighted = new List<WeightedRoundScore>(ordered.Count);
            foreach (var round in ordered)
            {
                var (normalised, rule, judges) = RoundScore(round, entry.Id, totalsByEntryRound, writtenByEntryRound, trimmedMeanMinJudges);
                scores.Add(new BoardRoundScoreDto(round.Id, normalised is { } n ? (double)FinalScoreCalculator.Display(n) : null, rule, judges));
                weighted.Add(new WeightedRoundScore(round.Weight, normalised));
            }
            decimal? total = weighted.Any(w => w.Normalised is not null) ? FinalScoreCalculator.Final(weighted) : null;
            WrittenScore? tie = firstWritten is { } w && writtenByEntryRound.TryGetValue((entry.Id, w), out var ws) ? ws : null;
            lines.Add((entry, scores, total, new RankingCandidate(entry.Id, total ?? 0m, tie is null ? null : (decimal)tie.Score,
                tie is null ? null : new DateTimeOffset(DateTime.SpecifyKind(tie.SubmittedAt, DateTimeKind.Utc)))));
        }

        var draw = entries.ToDictionary(e => e.Id, e => e.DrawNumber);
        var ranks = ContestRanker.Rank(lines.Where(l => l.Total is not null).Select(l => l.Candidate), id => draw[id])
            .ToDictionary(r => r.EntryId);
        return lines
            .OrderBy(l => ranks.TryGetValue(l.Entry.Id, out var r) ? r.Rank : int.MaxValue)
            .ThenBy(l => l.Entry.DrawNumber)
            .Select(l => new BoardLine(l.Entry.Id, l.Entry.DrawNumber, l.Rounds, l.Total is { } t ? (double)t : null,
                ranks.TryGetValue(l.Entry.Id, out var r) ? r.Rank : null))
            .ToList();
    }

    private static (decimal? Normalised, ScoreRule? Rule, int Judges) RoundScore(BoardRound round, Guid entryId,
        ILookup<(Guid, Guid), decimal> totals, IReadOnlyDictionary<(Guid, Guid), WrittenScore> written, int trimmedMeanMinJudges)
    {
        if (round.Kind == RoundKind.Written)
            return written.TryGetValue((entryId, round.Id), out var w)
                ? (ScoreNormaliser.Written((decimal)w.Score), ScoreRule.Exam, 0)
                : (null, null, 0);
        var score = JudgedRoundScorer.Score(totals[(entryId, round.Id)].ToList(), trimmedMeanMinJudges);
        return score is null
            ? (null, null, 0)
            : (ScoreNormaliser.Judged(score.Score, round.MaxPoints), score.Rule, score.JudgeCount);
    }
}

using Training.Ratings.Domain;

namespace Training.Ratings.Application.Ingestion;

/// <summary>
/// A rating that passed its checks, ready to be stored: where and when, the level, tags and comment, the person the source
/// named (or null, to be looked up), and the rater when given.
/// </summary>
internal sealed record IncomingRating(
    int Index, RatingChannel Channel, string SourceKey, string EventId, string CaseNumber, RatingLevel Level, DateTime RatedAt,
    DateOnly Date, Guid HallId, Guid UnitId, Guid WindowId, Guid? MatterId, IReadOnlyList<Guid> TagIds, string? Comment,
    Guid? GivenStaffId, RaterKind RaterKind, RatingRater? Rater)
{
    public bool IsBad => RatingsConsts.IsBad(Level);

    public bool IsRealName => Rater is { IsEmpty: false };
}

/// <summary>What became of one incoming rating: stored, duplicate (the source's event is already stored) or refused.</summary>
internal sealed record IngestionOutcome(PushItemOutcome Outcome, string? Code, object?[] Args, Guid? RatingId, bool OpenedCase)
{
    public static IngestionOutcome Refused(string code, params object?[] args) => new(PushItemOutcome.Refused, code, args, null, false);
}

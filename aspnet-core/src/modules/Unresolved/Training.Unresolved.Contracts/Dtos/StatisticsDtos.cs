namespace Training.Unresolved;

/// <summary>
/// The statistics of the cases received from <see cref="From"/> to <see cref="To"/> (both included, at most
/// <see cref="MaxMonths"/> months), optionally one hall; the caller's scope applies.
/// </summary>
public sealed record UnresolvedStatisticsInput
{
    public const int MaxMonths = 24;

    public Guid? HallId { get; init; }
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
}

/// <summary>
/// Cases by unit and category (for the chart), the on-time rate per deadline kind (per step), the follow-ups and how
/// many were unsatisfied, and the out-of-scope cases by reason. No complainant: only counts.
/// </summary>
public sealed record UnresolvedStatisticsDto(
    DateOnly From, DateOnly To, int Cases, int Closed, int Open, IReadOnlyList<UnitCategoryCountsDto> ByUnit,
    IReadOnlyList<DeadlineRateDto> OnTime, FollowUpCountsDto FollowUps, IReadOnlyList<NotAcceptedCountDto> NotAccepted);

/// <summary>
/// One unit's cases by category (<c>UnitId</c> null: matters without a window unit of the hall — not stationed or an
/// unclear authority); a category null is a case not classified yet (or not accepted).
/// </summary>
public sealed record UnitCategoryCountsDto(Guid? UnitId, string? UnitName, int Total, IReadOnlyList<CategoryCaseCountDto> ByCategory);

public sealed record CategoryCaseCountDto(CaseCategory? Category, int Count);

/// <summary>
/// The deadlines of one kind of the period's cases: <c>Due</c> fell due (met, lapsed at closing, or open past their day),
/// <c>OnTime</c> met on their day or before, <c>Open</c> not due yet; <c>Rate</c> = OnTime / Due (null when none fell due).
/// </summary>
public sealed record DeadlineRateDto(DeadlineKind Kind, int Due, int OnTime, int Late, int Open, double? Rate);

/// <summary>Follow-up calls 跟踪回访 recorded on the period's cases and how many were unsatisfied (went to 效能督查科).</summary>
public sealed record FollowUpCountsDto(int Total, int Unsatisfied);

public sealed record NotAcceptedCountDto(NotAcceptedReason Reason, int Count);

namespace Training.Supervision;

/// <summary>The statistics of a span of months (both included, at most <see cref="MaxMonths"/>), optionally one hall or unit.</summary>
public sealed record SupervisionStatisticsInput
{
    public const int MaxMonths = 24;

    /// <summary>Any day of the first month.</summary>
    public DateOnly From { get; init; }

    /// <summary>Any day of the last month.</summary>
    public DateOnly To { get; init; }

    public Guid? HallId { get; init; }
    public Guid? UnitId { get; init; }
}

/// <summary>
/// Counted findings (recorded or upheld; disputed and withdrawn ones apart) by month and category and by unit and
/// category; the units' commendations; disputes by outcome; the ledger of items opened in the span by state.
/// </summary>
public sealed record SupervisionStatisticsDto(
    DateOnly From, DateOnly To, IReadOnlyList<MonthCategoryCountDto> ByMonth, IReadOnlyList<UnitFindingsDto> ByUnit,
    DisputeCountsDto Disputes, LedgerStatisticsDto Ledger);

public sealed record MonthCategoryCountDto(int Year, int Month, CatalogueCategory Category, int Count, double UnitPoints);

public sealed record CategoryCountDto(CatalogueCategory Category, int Count, double UnitPoints);

/// <summary>One unit's counted findings by category; <see cref="Violations"/> and <see cref="Commendations"/> are their sums by kind.</summary>
public sealed record UnitFindingsDto(Guid UnitId, Guid HallId, string UnitCode, string UnitName, int Violations, int Commendations,
    IReadOnlyList<CategoryCountDto> ByCategory);

/// <summary>Findings of the span disputed: still pending, upheld (counted) and withdrawn (never counted).</summary>
public sealed record DisputeCountsDto(int Pending, int Upheld, int Withdrawn);

/// <summary>Items opened in the span by state, those overdue today (拖而不改), and send-backs in the span by mark.</summary>
public sealed record LedgerStatisticsDto(int Open, int InProgress, int Rectified, int Accepted, int SentBack, int Overdue,
    int SentBackFalse, int SentBackPerfunctory);

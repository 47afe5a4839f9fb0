using System.ComponentModel.DataAnnotations;

namespace Training.Ratings;

/// <summary>
/// The dashboard's period (both dates included, at most <see cref="MaxDays"/> days) and where: a hall, unit or window
/// within the caller's scope (none: the whole scope).
/// </summary>
public sealed record DashboardInput
{
    public const int MaxDays = 366;

    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
    public Guid? HallId { get; init; }
    public Guid? UnitId { get; init; }
    public Guid? WindowId { get; init; }
}

/// <summary>
/// Counts of one group of ratings (excluded ratings never among them). <see cref="SatisfactionRate"/> is 0–1 per the
/// settings (the share of levels 1–3, or the mean points over the points of 非常满意); null without ratings.
/// </summary>
public sealed record LevelCountsDto(int VerySatisfied, int Satisfied, int Basic, int Dissatisfied, int VeryDissatisfied,
    int Total, int Bad, double? SatisfactionRate, double? AveragePoints);

public sealed record DashboardTotalsDto(LevelCountsDto Counts, int Excluded, int RealNameBad);

/// <summary>
/// The bad-rating loop in the period (cases of the period's bad ratings; excluded ones out). Callback: real-name bad
/// ratings whose verdict is real or not yet given; rectification: every case whose verdict is real or not yet given.
/// Rates are 0–1, null when nothing is due; <see cref="TargetRate"/> is the setting (001: 100%).
/// </summary>
public sealed record CaseRatesDto(
    int CallbackDue, int CalledBack, int CalledBackOnTime, double? CallbackRate, double? CallbackOnTimeRate,
    int RectifyDue, int Rectified, int RectifiedOnTime, double? RectificationRate, double? RectificationOnTimeRate,
    int Open, int Overdue, double TargetRate);

public sealed record MonthCountsDto(int Year, int Month, LevelCountsDto Counts);

/// <summary>One group of the dashboard (a window, a matter, a tag); <see cref="Id"/> null for ratings without a matter.</summary>
public sealed record GroupCountsDto(Guid? Id, string Code, string Name, LevelCountsDto Counts);

public sealed record UnitSurveyDto(Guid UnitId, string UnitCode, string UnitName, int Year, int Period, double Score, int SampleSize);

/// <summary>The case system's numbers for the months overlapping the period (person-months counted).</summary>
public sealed record ServiceEfficiencyDto(int PersonMonths, int CaseVolume, int OnTimeCount, double? OnTimeRate);

public sealed record DashboardDto(
    DateOnly From, DateOnly To, DashboardTotalsDto Totals, CaseRatesDto Cases, IReadOnlyList<MonthCountsDto> Trend,
    IReadOnlyList<GroupCountsDto> ByWindow, IReadOnlyList<GroupCountsDto> ByMatter, IReadOnlyList<GroupCountsDto> ByTag,
    IReadOnlyList<UnitSurveyDto> Surveys, ServiceEfficiencyDto ServiceEfficiency);

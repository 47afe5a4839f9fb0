namespace Training.Attendance.Domain;

/// <summary>
/// 职工带薪年休假条例 第三条: annual leave by cumulative years of service — under 1 year none, 1 to under 10 years 5
/// days, 10 to under 20 years 10 days, 20 years and more 15 days. The thresholds and days are settings; years are
/// counted as of the first day of the year (the entitlement of a year is known on its first day).
/// </summary>
public sealed record AnnualLeaveRule(int Tier1Years, int Tier1Days, int Tier2Years, int Tier2Days, int Tier3Years, int Tier3Days)
{
    public static readonly AnnualLeaveRule National = new(1, 5, 10, 10, 20, 15);

    public int DaysFor(int serviceYears) =>
        serviceYears >= Tier3Years ? Tier3Days
        : serviceYears >= Tier2Years ? Tier2Days
        : serviceYears >= Tier1Years ? Tier1Days
        : 0;

    /// <summary>The date service years are counted on for a year's entitlement.</summary>
    public static DateOnly CountedOn(int year) => new(year, 1, 1);
}

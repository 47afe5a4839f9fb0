namespace Training.SharedKernel.Time;

/// <summary>Business dates are local dates in the hall's time zone (Asia/Shanghai by default), not UTC dates.</summary>
public static class BusinessDates
{
    public const string DefaultTimeZone = "Asia/Shanghai";

    public static DateOnly Today(this TimeProvider clock, string timeZoneId = DefaultTimeZone)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
    }

    /// <summary>The local date of a stored UTC instant (revoked at 2026-12-02 20:00Z is 2026-12-03 in Shanghai).</summary>
    public static DateOnly LocalDate(DateTime utc, string timeZoneId = DefaultTimeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById(timeZoneId)));

    /// <summary>The UTC instant a local business date begins (2026-12-03 in Shanghai begins at 2026-12-02 16:00Z).</summary>
    public static DateTime StartOfDayUtc(DateOnly date, string timeZoneId = DefaultTimeZone) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), TimeZoneInfo.FindSystemTimeZoneById(timeZoneId));
}

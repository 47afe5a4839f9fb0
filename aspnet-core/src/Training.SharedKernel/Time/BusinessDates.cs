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
}

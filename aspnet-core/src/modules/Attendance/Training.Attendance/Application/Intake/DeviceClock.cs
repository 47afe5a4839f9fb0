namespace Training.Attendance.Application.Intake;

/// <summary>
/// A device's zone and the clock corrections recorded for it. For a raw local date the correction in force is the
/// latest recorded one whose range covers the date (a newer finding replaces an older one), none otherwise.
/// </summary>
public sealed class DeviceClock
{
    private readonly CorrectionSpan[] _latestFirst;

    public DeviceClock(TimeZoneInfo zone, IEnumerable<CorrectionSpan> corrections)
    {
        Zone = zone;
        _latestFirst = corrections.OrderByDescending(c => c.RecordedAt).ToArray();
    }

    public TimeZoneInfo Zone { get; }

    public int CorrectionSecondsOn(DateOnly rawDate)
    {
        foreach (var c in _latestFirst)
            if (c.From <= rawDate && rawDate <= c.To) return c.OffsetSeconds;
        return 0;
    }

    public (DateTime At, DateOnly Date) Derive(DateTime rawLocalTime) =>
        PunchTime.Derive(rawLocalTime, Zone, CorrectionSecondsOn(DateOnly.FromDateTime(rawLocalTime)));
}

public sealed record CorrectionSpan(DateOnly From, DateOnly To, int OffsetSeconds, DateTime RecordedAt);

namespace Training.Attendance.Application.Intake;

/// <summary>
/// From a device's raw wall-clock reading to the punch's corrected UTC instant and local business date. The corrected
/// local time is the raw reading plus the correction in force; the instant is that local time in the device's zone
/// (a time in a spring-forward gap or an autumn overlap takes the zone's standard offset, as
/// <see cref="TimeZoneInfo.GetUtcOffset(DateTime)"/> answers); the business date is the corrected local date.
/// </summary>
public static class PunchTime
{
    public static (DateTime At, DateOnly Date) Derive(DateTime rawLocalTime, TimeZoneInfo zone, int correctionSeconds)
    {
        var local = DateTime.SpecifyKind(rawLocalTime, DateTimeKind.Unspecified).AddSeconds(correctionSeconds);
        var at = DateTime.SpecifyKind(local - zone.GetUtcOffset(local), DateTimeKind.Utc);
        return (at, DateOnly.FromDateTime(local));
    }

    /// <summary>Drops what is below a second: devices and files give whole seconds, and the raw time is the punch's identity.</summary>
    public static DateTime WholeSeconds(DateTime time) => new(time.Ticks - time.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);

    /// <summary>
    /// The stretches of raw local time in [from 00:00, to+1 00:00) over which the zone's offset is constant once the
    /// correction is added, with the seconds to add to the raw time to get the instant (correction − UTC offset): a
    /// correction is re-applied in one UPDATE with one branch per stretch (one stretch in a zone without DST). Zone
    /// transitions fall on quarter hours of local time, so the walk checks each quarter hour.
    /// </summary>
    public static IReadOnlyList<RawStretch> Stretches(TimeZoneInfo zone, DateOnly from, DateOnly to, int correctionSeconds)
    {
        var step = TimeSpan.FromMinutes(15);
        var correction = TimeSpan.FromSeconds(correctionSeconds);
        var rawEnd = to.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var raw = from.ToDateTime(TimeOnly.MinValue);
        var stretches = new List<RawStretch>();
        var offset = Shift(raw);
        var start = raw;
        // Walk the quarter hours of corrected local time (where transitions are), stated in raw time.
        var localQuarter = Floor(raw + correction, step) + step;
        while (localQuarter - correction < rawEnd)
        {
            var at = localQuarter - correction;
            var next = Shift(at);
            if (next != offset)
            {
                stretches.Add(new RawStretch(Utc(start), Utc(at), offset));
                (start, offset) = (at, next);
            }
            localQuarter += step;
        }
        stretches.Add(new RawStretch(Utc(start), Utc(rawEnd), offset));
        return stretches;

        int Shift(DateTime rawTime)
        {
            var local = DateTime.SpecifyKind(rawTime + correction, DateTimeKind.Unspecified);
            return correctionSeconds - (int)zone.GetUtcOffset(local).TotalSeconds;
        }
    }

    private static DateTime Floor(DateTime time, TimeSpan step) => new(time.Ticks - time.Ticks % step.Ticks, time.Kind);

    private static DateTime Utc(DateTime time) => DateTime.SpecifyKind(time, DateTimeKind.Utc);
}

/// <summary>Raw local times [From, To) whose instant is the raw time plus <paramref name="SecondsToInstant"/>.</summary>
public sealed record RawStretch(DateTime From, DateTime To, int SecondsToInstant);

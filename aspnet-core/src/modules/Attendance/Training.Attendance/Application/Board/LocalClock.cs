using Training.SharedKernel.Time;

namespace Training.Attendance.Application.Board;

/// <summary>Instants shown as wall-clock times of a hall's time zone (pages show "08:57", not UTC).</summary>
internal sealed class LocalClock(string timeZoneId)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);

    public string TimeZoneId { get; } = timeZoneId;

    public TimeOnly Time(DateTime utc) =>
        TimeOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone));

    public TimeOnly? Time(DateTime? utc) => utc is { } at ? Time(at) : null;

    public DateOnly Today(TimeProvider clock) => clock.Today(TimeZoneId);

    /// <summary>
    /// The last instant of a local day, in UTC: one microsecond before the next day begins (the finest step both
    /// databases keep, so the instant survives a round trip and still falls inside the day).
    /// </summary>
    public DateTime EndOfDay(DateOnly date) => BusinessDates.StartOfDayUtc(date.AddDays(1), TimeZoneId).AddTicks(-TimeSpan.TicksPerMicrosecond);

    /// <summary>The half of the local day an instant falls in (leave is taken in halves: before noon, after).</summary>
    public DayHalf Half(DateTime utc) => Time(utc).Hour < 12 ? DayHalf.Morning : DayHalf.Afternoon;
}

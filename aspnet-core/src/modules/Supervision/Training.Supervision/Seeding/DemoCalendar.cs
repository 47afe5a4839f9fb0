using Training.Organization;

namespace Training.Supervision.Seeding;

/// <summary>The work calendar of the demo's span read once, so the seeder dates a hundred records without a query each.</summary>
internal sealed class DemoCalendar
{
    private readonly List<DateOnly> _days;

    private DemoCalendar(List<DateOnly> days) => _days = days;

    public IReadOnlyList<DateOnly> Days => _days;

    public static async Task<DemoCalendar> ReadAsync(IWorkCalendar calendar, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        new((await calendar.GetWorkingDaysAsync(from, to, cancellationToken)).Order().ToList());

    /// <summary>As <see cref="IWorkCalendar.AddWorkingDaysAsync"/>: <paramref name="count"/> working days after the start (not counted).</summary>
    public DateOnly Add(DateOnly start, int count)
    {
        var index = _days.FindIndex(d => d > start);
        if (index < 0) return start.AddDays(count * 7 / 5 + 1);
        var target = index + count - 1;
        return target < _days.Count ? _days[target] : _days[^1].AddDays((target - _days.Count + 1) * 7 / 5 + 1);
    }
}

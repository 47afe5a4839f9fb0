using Training.Organization.Domain;

namespace Training.Organization.Seeding;

/// <summary>
/// A SAMPLE of the 2026 holiday and 调休 table for demo data only, marked <c>IsSample</c>. The official table is
/// published each year and imported by an administrator; these dates are not authoritative.
/// </summary>
internal static class SampleCalendar
{
    public static IEnumerable<CalendarDay> Days2026()
    {
        foreach (var (from, to, name) in Holidays)
            for (var d = DateOnly.Parse(from); d <= DateOnly.Parse(to); d = d.AddDays(1))
                yield return new CalendarDay(d, CalendarDayKind.Holiday, name, isSample: true);
        foreach (var (date, name) in MakeUpDays)
            yield return new CalendarDay(DateOnly.Parse(date), CalendarDayKind.MakeUpWorkday, name, isSample: true);
    }

    private static readonly (string From, string To, string Name)[] Holidays =
    [
        ("2026-01-01", "2026-01-03", "元旦"), ("2026-02-15", "2026-02-23", "春节"), ("2026-04-04", "2026-04-06", "清明节"),
        ("2026-05-01", "2026-05-05", "劳动节"), ("2026-06-19", "2026-06-21", "端午节"), ("2026-09-25", "2026-09-27", "中秋节"),
        ("2026-10-01", "2026-10-07", "国庆节"),
    ];

    private static readonly (string Date, string Name)[] MakeUpDays =
    [
        ("2026-01-04", "元旦调休上班"), ("2026-02-14", "春节调休上班"), ("2026-02-28", "春节调休上班"),
        ("2026-05-09", "劳动节调休上班"), ("2026-09-20", "国庆节调休上班"), ("2026-10-10", "国庆节调休上班"),
    ];
}

namespace Training.Organization.Domain;

/// <summary>
/// An exception to the Monday–Friday week for the city: a holiday, or a 调休 make-up working day. Imported by an
/// administrator from the official table; demo data marks its days as a sample.
/// </summary>
public sealed class CalendarDay
{
    private CalendarDay() { }

    public CalendarDay(DateOnly date, CalendarDayKind kind, string name, bool isSample)
    {
        Date = date;
        Set(kind, name, isSample);
    }

    public DateOnly Date { get; private set; }
    public CalendarDayKind Kind { get; private set; }
    public string Name { get; private set; } = "";
    public bool IsSample { get; private set; }

    public bool Set(CalendarDayKind kind, string name, bool isSample)
    {
        var changed = Kind != kind || Name != name || IsSample != isSample;
        (Kind, Name, IsSample) = (kind, name, isSample);
        return changed;
    }

    /// <summary>Whether a date is a working day, given the exception for that date if there is one.</summary>
    public static bool IsWorkingDay(DateOnly date, CalendarDayKind? exception) => exception switch
    {
        CalendarDayKind.Holiday => false,
        CalendarDayKind.MakeUpWorkday => true,
        _ => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday),
    };
}

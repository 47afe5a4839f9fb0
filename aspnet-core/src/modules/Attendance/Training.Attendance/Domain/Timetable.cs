using Training.SharedKernel.Domain;
using Training.SharedKernel.Errors;

namespace Training.Attendance.Domain;

/// <summary>
/// A hall's 作息时间: the sessions of a working day in summer and in winter, and the month-day each season starts on
/// (夏令 from 05-01, 冬令 from 10-01 by default). A hall without its own timetable uses <see cref="Default"/>.
/// </summary>
public sealed class Timetable : AggregateRoot
{
    private Timetable() { }

    public Timetable(Guid id, Guid hallId) : base(id) => HallId = hallId;

    public Guid HallId { get; private set; }
    public int SummerStartMonth { get; private set; } = 5;
    public int SummerStartDay { get; private set; } = 1;
    public int WinterStartMonth { get; private set; } = 10;
    public int WinterStartDay { get; private set; } = 1;
    public string SummerSessionsText { get; private set; } = "";
    public string WinterSessionsText { get; private set; } = "";

    public IReadOnlyList<SessionTime> SummerSessions => SessionTime.Parse(SummerSessionsText);
    public IReadOnlyList<SessionTime> WinterSessions => SessionTime.Parse(WinterSessionsText);

    /// <summary>The city's usual hours until a hall sets its own: 09:00–12:00 and 13:30–17:00 in winter, 09:00–12:00 and 14:00–17:30 in summer.</summary>
    public static readonly (IReadOnlyList<SessionTime> Summer, IReadOnlyList<SessionTime> Winter) Default =
    (
        [new("上午", new(9, 0), new(12, 0)), new("下午", new(14, 0), new(17, 30))],
        [new("上午", new(9, 0), new(12, 0)), new("下午", new(13, 30), new(17, 0))]
    );

    public void Set(int summerMonth, int summerDay, int winterMonth, int winterDay, IEnumerable<SessionTime> summer, IEnumerable<SessionTime> winter)
    {
        CheckMonthDay(summerMonth, summerDay);
        CheckMonthDay(winterMonth, winterDay);
        (SummerStartMonth, SummerStartDay, WinterStartMonth, WinterStartDay) = (summerMonth, summerDay, winterMonth, winterDay);
        SummerSessionsText = SessionTime.Format(SessionTime.Validate(summer, AttendanceErrorCodes.TimetableNeedsSessions));
        WinterSessionsText = SessionTime.Format(SessionTime.Validate(winter, AttendanceErrorCodes.TimetableNeedsSessions));
    }

    /// <summary>Whether the date falls in summer: from the summer start (inclusive) to the winter start (exclusive), whatever their order in the year.</summary>
    public static TimetableSeason SeasonOf(DateOnly date, int summerMonth, int summerDay, int winterMonth, int winterDay)
    {
        var day = date.Month * 100 + date.Day;
        var summer = summerMonth * 100 + summerDay;
        var winter = winterMonth * 100 + winterDay;
        var inSummer = summer <= winter ? day >= summer && day < winter : day >= summer || day < winter;
        return inSummer ? TimetableSeason.Summer : TimetableSeason.Winter;
    }

    // 02-29 is allowed (a leap year's date); the season then starts on 03-01 in other years, by the month-day comparison.
    private static void CheckMonthDay(int month, int day)
    {
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2024, month))
            throw new BusinessException(AttendanceErrorCodes.SeasonStartInvalid, month, day);
    }
}

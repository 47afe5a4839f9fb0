namespace Training.Attendance;

/// <summary>
/// The board of one window unit or one whole hall (exactly one of the two), on a date: today (the hall's) when not
/// given, else a past day up to <see cref="MaxDaysBack"/> days back.
/// </summary>
public sealed record TeamBoardInput
{
    /// <summary>
    /// How far back a board may be opened: a year and a month, so last year's same day and everything a monthly review
    /// looks at is reachable; older days are for the monthly report, which aggregates them.
    /// </summary>
    public const int MaxDaysBack = 400;

    public Guid? UnitId { get; init; }
    public Guid? HallId { get; init; }

    /// <summary>The local date in the hall's time zone (yyyy-mm-dd); today when absent.</summary>
    public DateOnly? Date { get; init; }
}

/// <summary>The halls and units the caller may open (on the board or in the reports); a hall as a whole only where the scope covers it.</summary>
public sealed record AttendancePlacesDto(IReadOnlyList<AttendanceHallDto> Halls);

public sealed record AttendanceHallDto(Guid Id, string Name, bool WholeHall, IReadOnlyList<AttendanceUnitDto> Units);

public sealed record AttendanceUnitDto(Guid Id, string Name);

/// <summary>
/// Who is at which window on <see cref="Date"/>: each window with its holders (A) and the backups in force (B), its last
/// pause or resume, and whether anyone of A or B is present; each person of the unit or hall with the day's first punch,
/// why they are out (leave, official business, a whereabouts note), the day's notes and the day's marks. Today
/// (<see cref="IsToday"/>) it is live: as of <see cref="GeneratedAt"/>, "present" means punched in and not out now. A
/// past day is shown as it ended: the holders at its last instant, no post status, "present" means punched in that day
/// and not on leave that day, "out" is leave covering either half of it.
/// </summary>
public sealed record TeamBoardDto(
    DateOnly Date, bool IsToday, DateTime GeneratedAt, string TimeZone, Guid HallId, string HallName, Guid? UnitId, string? UnitName,
    IReadOnlyList<BoardWindowDto> Windows, IReadOnlyList<BoardPersonDto> People, BoardCountsDto Counts);

/// <summary>
/// A window on the board's day. <see cref="Uncovered"/>: neither a holder nor a backup in force is present.
/// <see cref="CoveredBy"/>: the present backup standing in while no holder is present. <see cref="PostStatus"/>: the last
/// pause or resume so far today (null on a past day: how a day ended says nothing about it).
/// </summary>
public sealed record BoardWindowDto(
    Guid Id, string Code, string Name, Guid UnitId, string UnitName, PostStatusKind? PostStatus, TimeOnly? PostStatusAt,
    IReadOnlyList<Guid> HolderIds, IReadOnlyList<Guid> BackupIds, bool Uncovered, Guid? CoveredBy);

/// <summary>
/// A person on the board. <see cref="UnitId"/> and <see cref="WindowId"/> are where they were that day (the window
/// held at the day's end or in the day's results, else today's); <see cref="Notes"/> are the day's whereabouts notes
/// left so far, open or closed.
/// </summary>
public sealed record BoardPersonDto(
    Guid StaffId, string StaffNumber, string Name, Guid? UnitId, Guid? WindowId, TimeOnly? FirstPunch, bool Present,
    BoardOutDto? Out, IReadOnlyList<BoardMarkDto> Marks, IReadOnlyList<BoardNoteDto> Notes);

public enum BoardOutKind { Leave, OfficialBusiness, Whereabouts }

/// <summary>
/// Why a person is out (now, or on a past day): the leave type with the halves of the day it covers, or the open
/// whereabouts note's destination and expected return.
/// </summary>
public sealed record BoardOutDto(
    BoardOutKind Kind, string? LeaveTypeZh, string? LeaveTypeEn, string? Destination, TimeOnly? Since, TimeOnly? ExpectedBack,
    bool Morning, bool Afternoon);

/// <summary>
/// The day's session results that are not plain presence (late, early, absent, off-post, on leave, official business),
/// as they stand: a manager's correction and an approved leave are already in them.
/// </summary>
public sealed record BoardMarkDto(int SessionIndex, SessionStatus Status, int LateMinutes, int EarlyMinutes, string SessionName);

/// <summary>A whereabouts note of the day: where to, when left, expected back, and when back (null while open).</summary>
public sealed record BoardNoteDto(string Destination, TimeOnly LeftAt, TimeOnly ExpectedBackAt, TimeOnly? ReturnedAt);

public sealed record BoardCountsDto(int People, int Present, int Out, int Late, int Absent, int Windows, int UncoveredWindows);

namespace Training.Attendance;

/// <summary>The board of one window unit or one whole hall (exactly one of the two).</summary>
public sealed record TeamBoardInput
{
    public Guid? UnitId { get; init; }
    public Guid? HallId { get; init; }
}

/// <summary>The halls and units the caller may open (on the board or in the reports); a hall as a whole only where the scope covers it.</summary>
public sealed record AttendancePlacesDto(IReadOnlyList<AttendanceHallDto> Halls);

public sealed record AttendanceHallDto(Guid Id, string Name, bool WholeHall, IReadOnlyList<AttendanceUnitDto> Units);

public sealed record AttendanceUnitDto(Guid Id, string Name);

/// <summary>
/// Who is at which window now: each window with its holders (A) and the backups in force (B), its last pause or resume
/// today, and whether anyone of A or B is present; each person of the unit or hall with today's first punch, why they
/// are out (leave, official business, a whereabouts note) and today's late and absent marks.
/// </summary>
public sealed record TeamBoardDto(
    DateOnly Date, DateTime GeneratedAt, string TimeZone, Guid HallId, string HallName, Guid? UnitId, string? UnitName,
    IReadOnlyList<BoardWindowDto> Windows, IReadOnlyList<BoardPersonDto> People, BoardCountsDto Counts);

/// <summary>
/// A window now. <see cref="Uncovered"/>: neither a holder nor a backup in force is present. <see cref="CoveredBy"/>: the
/// present backup standing in while no holder is present.
/// </summary>
public sealed record BoardWindowDto(
    Guid Id, string Code, string Name, Guid UnitId, string UnitName, PostStatusKind? PostStatus, TimeOnly? PostStatusAt,
    IReadOnlyList<Guid> HolderIds, IReadOnlyList<Guid> BackupIds, bool Uncovered, Guid? CoveredBy);

public sealed record BoardPersonDto(
    Guid StaffId, string StaffNumber, string Name, Guid? UnitId, Guid? WindowId, TimeOnly? FirstPunch, bool Present,
    BoardOutDto? Out, IReadOnlyList<BoardMarkDto> Marks);

public enum BoardOutKind { Leave, OfficialBusiness, Whereabouts }

/// <summary>Why a person is out now: the leave type, or the whereabouts note's destination and expected return.</summary>
public sealed record BoardOutDto(BoardOutKind Kind, string? LeaveTypeZh, string? LeaveTypeEn, string? Destination, TimeOnly? Since, TimeOnly? ExpectedBack);

/// <summary>Today's session results that are not plain presence (late, early, absent, off-post …).</summary>
public sealed record BoardMarkDto(int SessionIndex, SessionStatus Status, int LateMinutes, int EarlyMinutes);

public sealed record BoardCountsDto(int People, int Present, int Out, int Late, int Absent, int Windows, int UncoveredWindows);

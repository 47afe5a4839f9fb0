using Training.SharedKernel.Errors;

namespace Training.Attendance;

/// <summary>What people see of attendance (my month, the team board, the monthly report): 00050–00059.</summary>
public static partial class AttendanceErrorCodes
{
    /// <summary>The caller's account is not linked to a staff member, so there is no "my attendance".</summary>
    public const string NoStaffRecord = "Attendance:00050";

    /// <summary>The board is asked for a unit or a hall: exactly one of the two.</summary>
    public const string BoardNeedsUnitOrHall = "Attendance:00051";

    /// <summary>A report range reaches past today or spans more months than allowed.</summary>
    public const string ReportRangeInvalid = "Attendance:00052";

    /// <summary>The board's date is in the future, or further back than <see cref="TeamBoardInput.MaxDaysBack"/> days.</summary>
    public const string BoardDateOutOfRange = "Attendance:00053";
}

public sealed class AttendanceBoardErrorCatalog : IErrorCatalog
{
    public IReadOnlyDictionary<string, ErrorText> Messages { get; } = new Dictionary<string, ErrorText>
    {
        [AttendanceErrorCodes.NoStaffRecord] = new("您的账号未关联人员档案，没有考勤记录。", "Your account is not linked to a staff record, so it has no attendance."),
        [AttendanceErrorCodes.BoardNeedsUnitOrHall] = new("请选择一个窗口单位或一个大厅（只选一个）。", "Choose one window unit or one hall (only one)."),
        [AttendanceErrorCodes.ReportRangeInvalid] = new("统计期间应为 1 至 {0} 个月，且不晚于本月。", "The period must be 1 to {0} months and end no later than this month."),
        [AttendanceErrorCodes.BoardDateOutOfRange] = new("看板日期应为今天或之前 {0} 天以内的某一天（{1} 至 {2}）。",
            "The board's date must be today or a day up to {0} days back ({1} to {2})."),
    };
}

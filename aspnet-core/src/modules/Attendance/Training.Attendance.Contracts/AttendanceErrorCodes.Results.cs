using Training.SharedKernel.Errors;

namespace Training.Attendance;

/// <summary>Timetables, daily results, corrections and month closes: Attendance:00030–00049.</summary>
public static partial class AttendanceErrorCodes
{
    public const string SessionTimesInvalid = "Attendance:00030";
    public const string SessionsOverlap = "Attendance:00031";
    public const string SeasonStartInvalid = "Attendance:00032";
    public const string ShiftDateOrder = "Attendance:00033";
    public const string ShiftTargetRequired = "Attendance:00034";
    public const string ShiftNeedsSessions = "Attendance:00035";
    public const string MonthClosed = "Attendance:00036";
    public const string MonthAlreadyClosed = "Attendance:00037";
    public const string MonthNotClosed = "Attendance:00038";
    public const string MonthNotOver = "Attendance:00039";
    public const string CorrectionMinutesInvalid = "Attendance:00040";
    public const string ReasonRequired = "Attendance:00041";
    public const string TimetableNeedsSessions = "Attendance:00042";
    public const string ShiftRangeTooLong = "Attendance:00043";
}

public sealed class AttendanceResultsErrorCatalog : IErrorCatalog
{
    public IReadOnlyDictionary<string, ErrorText> Messages { get; } = new Dictionary<string, ErrorText>
    {
        [AttendanceErrorCodes.SessionTimesInvalid] = new("时段“{0}”的结束时间必须晚于开始时间。", "The session “{0}” must end after it starts."),
        [AttendanceErrorCodes.SessionsOverlap] = new("时段“{0}”和“{1}”时间重叠。", "The sessions “{0}” and “{1}” overlap."),
        [AttendanceErrorCodes.SeasonStartInvalid] = new("作息切换日期 {0} 月 {1} 日无效。", "The season start {0}-{1} is not a valid date."),
        [AttendanceErrorCodes.ShiftDateOrder] = new("排班结束日期 {1} 不能早于开始日期 {0}。", "The shift's end date {1} cannot be before its start date {0}."),
        [AttendanceErrorCodes.ShiftTargetRequired] = new("排班须指定窗口或人员之一。", "A shift names either a window or a person."),
        [AttendanceErrorCodes.ShiftNeedsSessions] = new("排班至少需要一个时段。", "A shift needs at least one session."),
        [AttendanceErrorCodes.MonthClosed] = new("{0} 年 {1} 月考勤已月结，不能修改；如需修改请先重开该月。",
            "Attendance for {0}-{1} is closed; reopen the month to change it."),
        [AttendanceErrorCodes.MonthAlreadyClosed] = new("{0} 年 {1} 月考勤已经月结。", "Attendance for {0}-{1} is already closed."),
        [AttendanceErrorCodes.MonthNotClosed] = new("{0} 年 {1} 月考勤尚未月结。", "Attendance for {0}-{1} is not closed."),
        [AttendanceErrorCodes.MonthNotOver] = new("{0} 年 {1} 月尚未结束，不能月结。", "The month {0}-{1} is not over yet and cannot be closed."),
        [AttendanceErrorCodes.CorrectionMinutesInvalid] = new("更正为“{0}”时分钟数须与状态相符。", "The minutes do not fit the corrected status “{0}”."),
        [AttendanceErrorCodes.ReasonRequired] = new("请填写原因。", "A reason is required."),
        [AttendanceErrorCodes.TimetableNeedsSessions] = new("作息时间至少需要一个时段。", "A timetable needs at least one session."),
        [AttendanceErrorCodes.ShiftRangeTooLong] = new("排班时间跨度不能超过 {0} 天。", "A shift cannot span more than {0} days."),
    };
}

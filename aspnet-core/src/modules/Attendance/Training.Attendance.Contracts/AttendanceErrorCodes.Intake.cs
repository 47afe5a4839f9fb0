using Training.SharedKernel.Errors;

namespace Training.Attendance;

/// <summary>Intake's codes (devices, user mapping, punches, post status, clock corrections): 00001–00019.</summary>
public static partial class AttendanceErrorCodes
{
    public const string SerialNumberTaken = "Attendance:00001";
    public const string UnknownTimeZone = "Attendance:00002";
    public const string DeviceUserIdTaken = "Attendance:00003";
    public const string StaffNotInHall = "Attendance:00004";
    public const string DeviceNotInHall = "Attendance:00005";
    public const string CorrectionDateOrder = "Attendance:00006";
    public const string CorrectionRangeTooLong = "Attendance:00007";
    public const string CorrectionOffsetZero = "Attendance:00008";
    public const string NotThisDevicesKey = "Attendance:00009";
    public const string UnknownStaffNumber = "Attendance:00010";
    public const string CorrectionInClosedMonth = "Attendance:00011";
    public const string RepeatedInFile = "Attendance:00012";
}

public sealed class AttendanceIntakeErrorCatalog : IErrorCatalog
{
    public IReadOnlyDictionary<string, ErrorText> Messages { get; } = new Dictionary<string, ErrorText>
    {
        [AttendanceErrorCodes.SerialNumberTaken] = new("序列号“{0}”的设备已登记。", "A device with serial number “{0}” is already registered."),
        [AttendanceErrorCodes.UnknownTimeZone] = new("未知的时区“{0}”。", "Unknown time zone “{0}”."),
        [AttendanceErrorCodes.DeviceUserIdTaken] = new("考勤号“{0}”在此范围内已对应人员。", "Device user id “{0}” is already mapped here."),
        [AttendanceErrorCodes.StaffNotInHall] = new("{0} 不是本中心的人员。", "{0} is not a member of this hall."),
        [AttendanceErrorCodes.DeviceNotInHall] = new("设备不属于该中心。", "The device does not belong to this hall."),
        [AttendanceErrorCodes.CorrectionDateOrder] = new("结束日期 {1} 不能早于开始日期 {0}。", "The end date {1} cannot be before the start date {0}."),
        [AttendanceErrorCodes.CorrectionRangeTooLong] = new("校正范围最长 {0} 天。", "A correction covers at most {0} days."),
        [AttendanceErrorCodes.CorrectionOffsetZero] = new("校正秒数不能为 0。", "The offset cannot be zero seconds."),
        [AttendanceErrorCodes.NotThisDevicesKey] = new("该设备密钥未登记为考勤设备。", "This device key belongs to no registered attendance device."),
        [AttendanceErrorCodes.UnknownStaffNumber] = new("找不到工号“{0}”的人员（或不在您的管理范围内）。", "No person with staff number “{0}” in your scope."),
        [AttendanceErrorCodes.CorrectionInClosedMonth] = new("{0} 年 {1} 月的考勤已月结，请先重开该月再校正时钟。", "Attendance for {1}/{0} is closed; reopen the month before correcting the clock."),
        [AttendanceErrorCodes.RepeatedInFile] = new("考勤号“{0}”在文件中重复（第 {1} 行）。", "Device user id “{0}” is repeated in the file (row {1})."),
    };
}

using Training.SharedKernel.Errors;

namespace Training.Attendance;

public static partial class AttendanceErrorCodes
{
    /// <summary>Punch files: the file's device, its column mapping, and the reasons a line is listed instead of stored.</summary>
    public static class PunchFiles
    {
        public const string DeviceNotFound = "Attendance:00020";
        public const string DeviceNotNamed = "Attendance:00021";
        public const string TooManyLines = "Attendance:00022";
        public const string LineTooShort = "Attendance:00023";
        public const string LineBadTime = "Attendance:00024";
        public const string LineBadUserId = "Attendance:00025";
        public const string LineUnknownUser = "Attendance:00026";
        public const string MappingMissing = "Attendance:00027";
        public const string MappingInvalid = "Attendance:00028";
        public const string LineBadValue = "Attendance:00029";
    }
}

public sealed class AttendancePunchFileErrorCatalog : IErrorCatalog
{
    public IReadOnlyDictionary<string, ErrorText> Messages { get; } = new Dictionary<string, ErrorText>
    {
        [AttendanceErrorCodes.PunchFiles.DeviceNotFound] = new("找不到序列号为“{0}”的考勤设备（或不在您管理的中心）。",
            "No attendance device with serial “{0}” was found in your halls."),
        [AttendanceErrorCodes.PunchFiles.DeviceNotNamed] = new("文件名“{0}”没有写明设备序列号，请选择设备。",
            "The file name “{0}” does not name a device serial; pick the device."),
        [AttendanceErrorCodes.PunchFiles.TooManyLines] = new("文件超过 {0} 行，请分成几个文件导入。", "The file has more than {0} lines; split it into several files."),
        [AttendanceErrorCodes.PunchFiles.LineTooShort] = new("该行只有 {0} 列，至少需要 {1} 列。", "The line has {0} columns; it needs at least {1}."),
        [AttendanceErrorCodes.PunchFiles.LineBadTime] = new("打卡时间“{0}”不符合格式 {1}。", "The punch time “{0}” does not match the format {1}."),
        [AttendanceErrorCodes.PunchFiles.LineBadUserId] = new("设备用户号“{0}”为空或过长（最多 {1} 个字符）。",
            "The device user id “{0}” is empty or too long (at most {1} characters)."),
        [AttendanceErrorCodes.PunchFiles.LineUnknownUser] = new("设备用户号“{0}”没有对应的人员，请先维护人员对照后重新导入。",
            "The device user id “{0}” is not mapped to a person; map it and import the file again."),
        [AttendanceErrorCodes.PunchFiles.MappingMissing] = new("设备型号“{0}”还没有列对照，请先维护导入列对照。",
            "The device model “{0}” has no column mapping yet; set one up first."),
        [AttendanceErrorCodes.PunchFiles.MappingInvalid] = new("列对照无效：{0}", "The column mapping is not valid: {0}"),
        [AttendanceErrorCodes.PunchFiles.LineBadValue] = new("{0}“{1}”无效。", "The {0} “{1}” is not valid."),
    };
}

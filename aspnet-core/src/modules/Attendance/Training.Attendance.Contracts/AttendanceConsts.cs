namespace Training.Attendance;

public static class AttendanceConsts
{
    public const int MaxSerialLength = 64;
    public const int MaxDeviceUserIdLength = 32;
    public const int MaxNameLength = 128;
    public const int MaxCodeLength = 32;
    public const int MaxReasonLength = 500;
    public const int MaxWorkCodeLength = 16;
    public const int MaxEventKeyLength = 64;
    public const int MaxTimeZoneLength = 64;
    public const string DefaultTimeZone = "Asia/Shanghai";
    public const int MaxStaffNumberLength = 32;

    /// <summary>Events in one device push (punches or post status).</summary>
    public const int MaxPushEvents = 1000;

    /// <summary>A clock correction is at most a day either way.</summary>
    public const int MaxCorrectionSeconds = 86_400;
}

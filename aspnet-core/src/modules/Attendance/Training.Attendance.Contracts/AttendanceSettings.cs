namespace Training.Attendance;

/// <summary>Attendance's settings (defaults DOMAIN.md calls numbers an administrator can change); one partial file per area.</summary>
public static partial class AttendanceSettings;

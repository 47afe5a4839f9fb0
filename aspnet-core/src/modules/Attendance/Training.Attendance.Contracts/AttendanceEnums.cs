namespace Training.Attendance;

/// <summary>How a punch reached the portal.</summary>
public enum PunchSource { File, Device }

/// <summary>A window's service state reported by the queue-calling system or the rating pad (暂停服务 / 恢复服务).</summary>
public enum PostStatusKind { Pause, Resume }

/// <summary>How a leave type counts its length: working days on the work calendar, or calendar days (maternity …).</summary>
public enum LeaveCountMode { WorkingDays, CalendarDays }

/// <summary>A half of a working day; leave starts and ends on halves.</summary>
public enum DayHalf { Morning, Afternoon }

public enum LeaveStatus { Pending, Approved, Rejected, Cancelled, Revoked }

/// <summary>
/// The result of one person in one working session. Late and early leave carry their minutes on the result; a session
/// that is both late and early reads <see cref="Late"/> with both minute counts set.
/// </summary>
public enum SessionStatus
{
    Present,
    Late,
    EarlyLeave,
    Absent,
    OnLeave,
    OfficialBusiness,
    OffPost,
    OutWithoutLeave,
}

/// <summary>What a registered device reports: punches (fingerprint clock) or a window's post status (queue-calling system, rating pad).</summary>
public enum DeviceKind { Clock, PostStatusReporter }

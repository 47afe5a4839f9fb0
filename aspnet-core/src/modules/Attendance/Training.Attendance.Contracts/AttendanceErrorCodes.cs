namespace Training.Attendance;

/// <summary>
/// Attendance's stable error codes, one partial file per area with its own range and catalog: intake (devices,
/// punches, post status) 00001–00029, results (timetables, results, corrections, months) 00030–00059, absences
/// (leave, whereabouts notes) 00060–00089.
/// </summary>
public static partial class AttendanceErrorCodes;

namespace Training.Attendance;

/// <summary>夏令 / 冬令作息: each hall has one set of sessions per season, switching on set dates.</summary>
public enum TimetableSeason { Summer, Winter }

/// <summary>
/// A shift for a date range, for a window or a person. Staggered 错时: its sessions replace the timetable's on working
/// days. Extended 延时: its sessions are added to the day's (an evening session; a session that overlaps or touches one
/// of the day's makes it longer). Appointment 节假日预约: its sessions are the day's on non-working days only.
/// </summary>
public enum ShiftKind { Staggered, Extended, Appointment }

public enum MonthCloseAction { Close, Reopen }

using System.ComponentModel.DataAnnotations;

namespace Training.Attendance;

/// <summary>
/// A device clock found off: <see cref="OffsetSeconds"/> is added to its readings from <see cref="FromDate"/> to
/// <see cref="ToDate"/> (its local dates, inclusive) to get the true time (a clock 2 minutes slow is +120).
/// </summary>
public sealed record RecordClockCorrectionInput(
    DateOnly FromDate,
    DateOnly ToDate,
    [property: Range(-AttendanceConsts.MaxCorrectionSeconds, AttendanceConsts.MaxCorrectionSeconds)] int OffsetSeconds,
    [property: Required, StringLength(AttendanceConsts.MaxReasonLength)] string Reason);

public sealed record ClockCorrectionDto(
    Guid Id, Guid DeviceId, DateOnly FromDate, DateOnly ToDate, int OffsetSeconds, string Reason, DateTime RecordedAt,
    Guid? RecordedBy, string? RecordedByName, int PunchesUpdated);

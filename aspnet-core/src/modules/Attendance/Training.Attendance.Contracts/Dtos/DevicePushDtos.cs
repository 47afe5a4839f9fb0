using System.ComponentModel.DataAnnotations;

namespace Training.Attendance;

/// <summary>A batch of punches from a clock, as it read them: at most <see cref="AttendanceConsts.MaxPushEvents"/>.</summary>
public sealed record PushPunchesInput(
    [property: Required, MinLength(1), MaxLength(AttendanceConsts.MaxPushEvents)] IReadOnlyList<PushedPunch> Punches);

/// <summary>One punch: the enrolment number and the device's local time <c>yyyy-MM-dd HH:mm:ss</c>, as an attlog line has them.</summary>
public sealed record PushedPunch(
    [property: Required, StringLength(AttendanceConsts.MaxDeviceUserIdLength)] string DeviceUserId,
    [property: Required, StringLength(32)] string LocalTime,
    [property: Range(0, 255)] int VerifyMode,
    [property: Range(0, 255)] int State,
    [property: StringLength(AttendanceConsts.MaxWorkCodeLength)] string? WorkCode);

/// <summary>A batch of window pause / resume events: at most <see cref="AttendanceConsts.MaxPushEvents"/>.</summary>
public sealed record PushPostStatusInput(
    [property: Required, MinLength(1), MaxLength(AttendanceConsts.MaxPushEvents)] IReadOnlyList<PushedPostStatus> Events);

/// <summary>
/// One event, identified by the device's <see cref="EventKey"/>. <see cref="Window"/> is the window's number (code) in the
/// device's hall, or its id. <see cref="At"/> is ISO 8601: with an offset or Z it is an instant, without one it is the
/// device's local time. The person is given by staff number or by device user id (or not at all).
/// </summary>
public sealed record PushedPostStatus(
    [property: Required, StringLength(AttendanceConsts.MaxEventKeyLength)] string EventKey,
    [property: Required, StringLength(64)] string Window,
    PostStatusKind Kind,
    [property: Required, StringLength(40)] string At,
    [property: StringLength(AttendanceConsts.MaxStaffNumberLength)] string? StaffNumber,
    [property: StringLength(AttendanceConsts.MaxDeviceUserIdLength)] string? DeviceUserId);

public enum PushOutcome { New, Duplicate, Refused }

/// <summary>Why an event was refused; the device can fix and resend it.</summary>
public enum PushRefusal { UnknownUser, MalformedTime, InactiveDevice, UnknownWindow, WrongDeviceKind }

/// <summary>One answer per event, in the order sent.</summary>
public sealed record PushEventResult(int Index, PushOutcome Outcome, PushRefusal? Reason);

public sealed record PushResultDto(int New, int Duplicate, int Refused, IReadOnlyList<PushEventResult> Events);

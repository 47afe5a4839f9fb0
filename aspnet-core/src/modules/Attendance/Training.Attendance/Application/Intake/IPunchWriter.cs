using Training.Attendance.Application.Results;

namespace Training.Attendance.Application.Intake;

/// <summary>
/// The one way punches are stored (device push and file import). Contract:
/// <list type="bullet">
/// <item>Input: punches already resolved to a person (<see cref="IDeviceUserResolver"/>) with that person's hall and unit
/// snapshot; the device must exist; device user ids (≤ 32), serials (≤ 64) and work codes (≤ 16) are checked by the caller
/// (an over-long one throws <see cref="ArgumentException"/>). Raw local times are taken to whole seconds.</item>
/// <item>Derives each punch's UTC instant and local business date from the raw time, the device's zone and the clock
/// corrections in force, and flags a punch whose (hall, month of its date) is closed (<see cref="IAttendanceMonthLock"/>):
/// stored, counted only after a reopen.</item>
/// <item>Inserts in one transaction (joins the caller's when one is open) with
/// <c>ON CONFLICT (DeviceSerial, DeviceUserId, RawLocalTime) DO NOTHING</c>: a punch already stored, or repeated earlier in
/// the same batch, is <see cref="PunchOutcome.Duplicate"/> and changes nothing.</item>
/// <item>Answers one outcome per input, in input order.</item>
/// <item>With <paramref name="recompute"/> (the default) it then calls <see cref="IDailyResultRecalculator"/> for exactly
/// the new, unflagged punches' person-days (consecutive dates collapsed into ranges); without it the caller does so with
/// <see cref="PunchWriteResult.AffectedDays"/> (a long file recomputes once at its end).</item>
/// </list>
/// Any batch size; a file import passes a few thousand lines a call for progress.
/// </summary>
public interface IPunchWriter
{
    Task<PunchWriteResult> WriteAsync(IReadOnlyList<ResolvedPunch> punches, bool recompute = true,
        CancellationToken cancellationToken = default);
}

/// <summary>A punch to store: the device's reading and the person it was resolved to (with their hall/unit snapshot).</summary>
public sealed record ResolvedPunch(
    Guid DeviceId, string DeviceSerial, string DeviceUserId, DateTime RawLocalTime, Guid StaffId, Guid HallId, Guid? UnitId,
    int VerifyMode, int State, string? WorkCode, PunchSource Source, Guid? ImportId);

public enum PunchOutcome { New, Duplicate }

/// <summary>
/// <see cref="Outcomes"/> in input order; <see cref="FlaggedClosed"/> counts new punches stored for a closed month;
/// <see cref="AffectedDays"/> are the person-days of the new, unflagged punches.
/// </summary>
public sealed record PunchWriteResult(IReadOnlyList<PunchOutcome> Outcomes, int New, int Duplicates, int FlaggedClosed,
    IReadOnlyList<PersonDays> AffectedDays);

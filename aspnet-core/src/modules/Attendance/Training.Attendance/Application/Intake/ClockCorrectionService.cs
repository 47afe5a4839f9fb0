using Microsoft.EntityFrameworkCore;
using Training.Attendance.Application.Results;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.Identity;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;

namespace Training.Attendance.Application.Intake;

/// <summary>
/// Records that a device's clock was off by a known offset over a range of its local dates, and re-derives the instant
/// and date of that device's punches in the range in one UPDATE (their raw times, and so their identity, stay). The
/// person-days the punches left and the ones they moved to are recomputed. Refused while a month the range touches is
/// closed: a closed month changes only after a reopen.
/// </summary>
internal sealed class ClockCorrectionService(
    AttendanceDbContext db, DeviceService devices, UnitOfWork unitOfWork, IAttendanceMonthLock monthLock,
    IDailyResultRecalculator recalculator, ICurrentUser currentUser, TimeProvider clock)
{
    /// <summary>A correction covers at most a year of dates.</summary>
    public const int MaxDays = 366;

    public async Task<IReadOnlyList<ClockCorrectionDto>> ListAsync(Guid deviceId, CancellationToken cancellationToken)
    {
        var device = await devices.FindAsync(deviceId, forWriting: false, cancellationToken);
        var rows = await db.ClockCorrections.AsNoTracking().Where(c => c.DeviceId == device.Id).OrderByDescending(c => c.RecordedAt)
            .ToListAsync(cancellationToken);
        return rows.Select(ToDto).ToList();
    }

    public async Task<ClockCorrectionDto> RecordAsync(Guid deviceId, RecordClockCorrectionInput input, CancellationToken cancellationToken)
    {
        var device = await devices.FindAsync(deviceId, forWriting: true, cancellationToken);
        if (input.ToDate < input.FromDate)
            throw new BusinessException(AttendanceErrorCodes.CorrectionDateOrder, input.FromDate, input.ToDate);
        if (input.ToDate.DayNumber - input.FromDate.DayNumber + 1 > MaxDays)
            throw new BusinessException(AttendanceErrorCodes.CorrectionRangeTooLong, MaxDays);
        if (input.OffsetSeconds == 0) throw new BusinessException(AttendanceErrorCodes.CorrectionOffsetZero);

        // Dates can move by the offset (a day at most) either way: the months around the range must all be open.
        var closed = await monthLock.GetClosedAsync([device.HallId], input.FromDate.AddDays(-1), input.ToDate.AddDays(1), cancellationToken);
        if (closed.Count > 0)
        {
            var first = closed.OrderBy(c => c.Year).ThenBy(c => c.Month).First();
            throw new BusinessException(AttendanceErrorCodes.CorrectionInClosedMonth, first.Year, first.Month) { Kind = ErrorKind.Conflict };
        }

        var rawFrom = DateTime.SpecifyKind(input.FromDate.ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc);
        var rawTo = DateTime.SpecifyKind(input.ToDate.AddDays(1).ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc);
        var inRange = db.Punches.Where(p => p.DeviceSerial == device.SerialNumber && p.DeviceId == device.Id
                                            && p.RawLocalTime >= rawFrom && p.RawLocalTime < rawTo);

        var correction = new ClockCorrection(Guid.NewGuid(), device.Id, input.FromDate, input.ToDate, input.OffsetSeconds, input.Reason,
            clock.GetUtcNow().UtcDateTime);
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var before = await PersonDaysAsync(inRange, cancellationToken);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(device.TimeZone);
        var (sql, arguments) = CorrectionUpdate.Build(PunchInsert.IsPostgreSql(db), device, rawFrom, rawTo,
            PunchTime.Stretches(zone, input.FromDate, input.ToDate, input.OffsetSeconds), input.OffsetSeconds);
        var updated = await db.Database.ExecuteSqlRawAsync(sql, arguments, cancellationToken);
        var after = await PersonDaysAsync(inRange, cancellationToken);
        correction.Applied(updated);
        db.ClockCorrections.Add(correction);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync();

        var days = PersonDayRanges.Collapse(before.Concat(after));
        if (days.Count > 0) await recalculator.RecomputeAsync(days, cancellationToken);
        return ToDto(correction) with { RecordedBy = currentUser.UserId, RecordedByName = currentUser.UserName };
    }

    /// <summary>The counted person-days of the punches (those flagged for a closed month count only after a reopen).</summary>
    private static async Task<List<(Guid StaffId, DateOnly Date)>> PersonDaysAsync(IQueryable<Punch> punches, CancellationToken cancellationToken) =>
        (await punches.Where(p => !p.ArrivedAfterClose).Select(p => new { p.StaffId, p.Date }).Distinct().ToListAsync(cancellationToken))
        .Select(p => (p.StaffId, p.Date)).ToList();

    private static ClockCorrectionDto ToDto(ClockCorrection c) =>
        new(c.Id, c.DeviceId, c.FromDate, c.ToDate, c.OffsetSeconds, c.Reason, c.RecordedAt, c.CreatedBy, null, c.PunchesUpdated);
}

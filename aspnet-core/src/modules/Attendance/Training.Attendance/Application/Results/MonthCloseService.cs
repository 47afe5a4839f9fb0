using Microsoft.EntityFrameworkCore;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Time;

namespace Training.Attendance.Application.Results;

/// <summary>
/// 考勤月结: the hall manager closes a month once it is over; its results are then final and every write touching it is
/// refused (<see cref="IAttendanceMonthLock"/>) except punch intake, which stores and flags. A reopen needs a reason,
/// is recorded, and recomputes the month so the flagged punches count.
/// </summary>
internal sealed class MonthCloseService(
    AttendanceDbContext db, ResultScope scope, IStructureIntegrationService structure, IAttendanceMonthLock monthLock,
    HallMonthRecompute recompute, TimeProvider clock)
{
    public async Task<MonthCloseDto> GetAsync(Guid hallId, int year, int month, CancellationToken cancellationToken)
    {
        await scope.EnsureCanReadHallAsync(hallId, cancellationToken);
        var history = await db.MonthCloses.AsNoTracking().Where(m => m.HallId == hallId && m.Year == year && m.Month == month)
            .OrderByDescending(m => m.Sequence)
            .Select(m => new MonthCloseEntryDto(m.Id, m.Action, m.Reason, m.At, m.CreatedBy)).ToListAsync(cancellationToken);
        return new MonthCloseDto(hallId, year, month, history.Count > 0 && history[0].Action == MonthCloseAction.Close, history);
    }

    public async Task<MonthCloseDto> CloseAsync(Guid hallId, int year, int month, CancellationToken cancellationToken)
    {
        await EnsureHallAsync(hallId, cancellationToken);
        var first = new DateOnly(year, month, 1);
        if (first.AddMonths(1) > clock.Today()) throw new BusinessException(AttendanceErrorCodes.MonthNotOver, year, month);
        if (await monthLock.IsClosedAsync(hallId, first, cancellationToken))
            throw new BusinessException(AttendanceErrorCodes.MonthAlreadyClosed, year, month) { Kind = ErrorKind.Conflict };
        await AddAsync(hallId, year, month, MonthCloseAction.Close, null, cancellationToken);
        return await GetAsync(hallId, year, month, cancellationToken);
    }

    public async Task<MonthCloseDto> ReopenAsync(Guid hallId, int year, int month, string reason, CancellationToken cancellationToken)
    {
        await EnsureHallAsync(hallId, cancellationToken);
        var first = new DateOnly(year, month, 1);
        if (!await monthLock.IsClosedAsync(hallId, first, cancellationToken))
            throw new BusinessException(AttendanceErrorCodes.MonthNotClosed, year, month) { Kind = ErrorKind.Conflict };
        if (string.IsNullOrWhiteSpace(reason)) throw new BusinessException(AttendanceErrorCodes.ReasonRequired);
        await AddAsync(hallId, year, month, MonthCloseAction.Reopen, reason, cancellationToken);
        // The punches that arrived while it was closed count from now on.
        await recompute.RecomputeAsync(hallId, first, first.AddMonths(1).AddDays(-1), cancellationToken: cancellationToken);
        return await GetAsync(hallId, year, month, cancellationToken);
    }

    private async Task EnsureHallAsync(Guid hallId, CancellationToken cancellationToken)
    {
        await scope.EnsureCanManageHallAsync(hallId, cancellationToken);
        if ((await structure.GetHallsAsync([hallId], cancellationToken)).Count == 0) throw new EntityNotFoundException("Hall", hallId);
    }

    private async Task AddAsync(Guid hallId, int year, int month, MonthCloseAction action, string? reason, CancellationToken cancellationToken)
    {
        var sequence = await db.MonthCloses.Where(m => m.HallId == hallId && m.Year == year && m.Month == month)
            .Select(m => (int?)m.Sequence).MaxAsync(cancellationToken) ?? 0;
        db.MonthCloses.Add(new MonthClose(Guid.NewGuid(), hallId, year, month, sequence + 1, action, reason, clock.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another close or reopen of the same month was saved first (the unique sequence).
            throw new BusinessException(action == MonthCloseAction.Close ? AttendanceErrorCodes.MonthAlreadyClosed : AttendanceErrorCodes.MonthNotClosed,
                year, month) { Kind = ErrorKind.Conflict };
        }
    }
}

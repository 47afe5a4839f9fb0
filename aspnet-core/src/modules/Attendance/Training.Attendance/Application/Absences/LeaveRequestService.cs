using Microsoft.EntityFrameworkCore;
using Training.Attendance.Application.Results;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Settings;
using Training.SharedKernel.Time;

namespace Training.Attendance.Application.Absences;

/// <summary>
/// A staff member's own leave: the length a stretch would count (as they type), asking for leave, their list and
/// balances, and cancelling before the first day. A request is refused when it overlaps another pending or approved
/// one, or asks for more than is left of a balance (pending requests included).
/// </summary>
internal sealed class LeaveRequestService(
    AttendanceDbContext db, AbsenceCaller caller, ICurrentUser currentUser, IWorkCalendar calendar, LeaveBalanceService balances,
    LeaveRows rows, LeaveNotifier notifier, LeaveMonthGuard months, IDailyResultRecalculator results, ISettingProvider settings,
    UnitOfWork unitOfWork, TimeProvider clock)
{
    public async Task<LeaveLengthDto> PreviewAsync(LeaveStretchInput input, CancellationToken cancellationToken)
    {
        var me = await caller.MeAsync(cancellationToken);
        var type = await ActiveTypeAsync(input.LeaveTypeId, cancellationToken);
        var halfDays = await LengthAsync(type, input.StartDate, input.StartHalf, input.EndDate, input.EndHalf, cancellationToken);
        var remaining = await balances.RemainingAsync(me, type, input.StartDate.Year, includePending: true, except: null, cancellationToken);
        return new LeaveLengthDto(halfDays, halfDays / 2.0, remaining / 2.0);
    }

    public async Task<LeaveRequestDto> CreateAsync(CreateLeaveRequestInput input, CancellationToken cancellationToken)
    {
        var me = await caller.MeAsync(cancellationToken);
        var type = await ActiveTypeAsync(input.LeaveTypeId, cancellationToken);
        var halfDays = await LengthAsync(type, input.StartDate, input.StartHalf, input.EndDate, input.EndHalf, cancellationToken);
        if (halfDays == 0) throw new BusinessException(AttendanceErrorCodes.LeaveHasNoLength);
        await EnsureNoOverlapAsync(me.Id, input, cancellationToken);
        var remaining = await balances.RemainingAsync(me, type, input.StartDate.Year, includePending: true, except: null, cancellationToken);
        if (remaining is { } left && halfDays > left)
            throw new BusinessException(AttendanceErrorCodes.LeaveBeyondBalance, type.NameZh, halfDays / 2.0, Math.Max(0, left) / 2.0, type.NameEn);
        await months.EnsureOpenAsync(me.HallId, input.StartDate, input.EndDate, cancellationToken);

        var secondAbove = await settings.GetDoubleAsync(AttendanceSettings.LeaveSecondApprovalAboveDays, me.HallId, cancellationToken);
        var request = new LeaveRequest(Guid.NewGuid(), me.Id, me.HallId, me.UnitId, type, input.StartDate, input.StartHalf, input.EndDate,
            input.EndHalf, halfDays, input.Reason, requiredSteps: halfDays / 2.0 > secondAbove ? 2 : 1);
        var account = await currentUser.GetAccountAsync(cancellationToken);
        db.Add(request);
        db.Add(new LeaveAction(request.Id, LeaveActionKind.Submitted, 0, account.UserId, account.DisplayName, null, null,
            clock.GetUtcNow().UtcDateTime, null));
        await db.SaveChangesAsync(cancellationToken);
        await notifier.ToApproversAsync(request, me.Name, cancellationToken);
        return (await rows.DtosAsync([new LeaveRow { Request = request, Type = type }], cancellationToken))[0];
    }

    public async Task<PagedResult<LeaveRequestDto>> MineAsync(MyLeaveListInput input, CancellationToken cancellationToken)
    {
        var me = await caller.MeAsync(cancellationToken);
        var query = db.Set<LeaveRequest>().Where(r => r.StaffId == me.Id);
        if (input.Status is { } status) query = query.Where(r => r.Status == status);
        if (input.Year is { } year) query = query.Where(r => r.StartDate >= new DateOnly(year, 1, 1) && r.StartDate <= new DateOnly(year, 12, 31));
        return await rows.PageAsync(query, input, cancellationToken);
    }

    public async Task<LeaveRequestDetailDto> GetMineAsync(Guid id, CancellationToken cancellationToken)
    {
        var me = await caller.MeAsync(cancellationToken);
        if (!await db.Set<LeaveRequest>().AnyAsync(r => r.Id == id && r.StaffId == me.Id, cancellationToken))
            throw new EntityNotFoundException("LeaveRequest", id);
        return await rows.DetailAsync(id, cancellationToken);
    }

    public async Task<PersonBalancesDto> MyBalancesAsync(int? year, CancellationToken cancellationToken)
    {
        var me = await caller.MeAsync(cancellationToken);
        return await balances.ForPersonAsync(me, year ?? clock.Today(await caller.TimeZoneAsync(cancellationToken)).Year, cancellationToken);
    }

    /// <summary>
    /// The requester withdraws a pending or approved request before its first day. An approved one covered sessions, so
    /// those days are recomputed in the same transaction.
    /// </summary>
    public async Task<LeaveRequestDto> CancelAsync(Guid id, CancellationToken cancellationToken)
    {
        var me = await caller.MeAsync(cancellationToken);
        var request = await db.Set<LeaveRequest>().FirstOrDefaultAsync(r => r.Id == id && r.StaffId == me.Id, cancellationToken)
            ?? throw new EntityNotFoundException("LeaveRequest", id);
        var wasApproved = request.Status == LeaveStatus.Approved;
        var now = clock.GetUtcNow().UtcDateTime;
        request.Cancel(clock.Today(await caller.TimeZoneAsync(cancellationToken)), now);
        if (wasApproved) await months.EnsureOpenAsync(request.HallId, request.StartDate, request.EndDate, cancellationToken);
        var account = await currentUser.GetAccountAsync(cancellationToken);
        db.Add(new LeaveAction(request.Id, LeaveActionKind.Cancelled, 0, account.UserId, account.DisplayName, null, null, now, null));
        await using (var transaction = await unitOfWork.BeginAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            if (wasApproved) await results.RecomputeAsync([new PersonDays(request.StaffId, request.StartDate, request.EndDate)], cancellationToken);
            await transaction.CommitAsync();
        }
        return (await rows.DtosAsync(await rows.Join(db.Set<LeaveRequest>().Where(r => r.Id == id)).ToListAsync(cancellationToken), cancellationToken))[0];
    }

    /// <summary>The stretch's length in half days by the type's counting mode, reading the calendar once.</summary>
    private async Task<int> LengthAsync(LeaveType type, DateOnly start, DayHalf startHalf, DateOnly end, DayHalf endHalf, CancellationToken cancellationToken)
    {
        LeaveLength.EnsureStretch(start, startHalf, end, endHalf);
        var working = type.CountMode == LeaveCountMode.WorkingDays
            ? await calendar.GetWorkingDaysAsync(start, end, cancellationToken)
            : new HashSet<DateOnly>();
        return LeaveLength.HalfDays(start, startHalf, end, endHalf, type.CountMode, working);
    }

    private async Task<LeaveType> ActiveTypeAsync(Guid id, CancellationToken cancellationToken)
    {
        var type = await db.Set<LeaveType>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException("LeaveType", id);
        if (!type.IsActive) throw new BusinessException(AttendanceErrorCodes.LeaveTypeInactive, type.NameZh);
        return type;
    }

    private async Task EnsureNoOverlapAsync(Guid staffId, CreateLeaveRequestInput input, CancellationToken cancellationToken)
    {
        var near = await db.Set<LeaveRequest>().AsNoTracking()
            .Where(r => r.StaffId == staffId && (r.Status == LeaveStatus.Pending || r.Status == LeaveStatus.Approved)
                && r.StartDate <= input.EndDate && r.EndDate >= input.StartDate)
            .ToListAsync(cancellationToken);
        var clash = near.OrderBy(r => r.StartDate).FirstOrDefault(r => LeaveLength.Overlap(r.StartDate, r.StartHalf, r.EndDate, r.EndHalf,
            input.StartDate, input.StartHalf, input.EndDate, input.EndHalf));
        if (clash is not null)
            throw new BusinessException(AttendanceErrorCodes.LeaveOverlaps, clash.StartDate.ToString("yyyy-MM-dd"), clash.EndDate.ToString("yyyy-MM-dd"),
                clash.Status.ToString()) { Kind = ErrorKind.Conflict };
    }
}

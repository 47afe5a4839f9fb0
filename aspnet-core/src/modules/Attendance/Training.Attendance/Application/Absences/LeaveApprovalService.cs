using Microsoft.EntityFrameworkCore;
using Training.Attendance.Application.Results;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Scoping;

namespace Training.Attendance.Application.Absences;

/// <summary>
/// The approver's side: leave in scope, the queue of requests waiting for the caller (as themself or as a stand-in),
/// approve (one or two steps), reject with a reason, revoke approved leave with a reason. A request outside the
/// caller's reach answers 404; nobody decides on their own request. An approval that makes a request approved, and a
/// revocation, recompute exactly the person's days of the stretch in the same transaction.
/// </summary>
internal sealed class LeaveApprovalService(
    AttendanceDbContext db, LeaveApprovers approvers, LeaveRows rows, LeaveBalanceService balances, LeaveNotifier notifier, LeaveMonthGuard months,
    IStaffIntegrationService staff, IDataScopeProvider scopes, IDailyResultRecalculator results, UnitOfWork unitOfWork, TimeProvider clock)
{
    public async Task<PagedResult<LeaveRequestDto>> ListAsync(LeaveListInput input, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        var query = db.Set<LeaveRequest>().WhereInScope(scope, r => r.HallId, r => r.UnitId, r => r.StaffId);
        if (input.Status is { } status) query = query.Where(r => r.Status == status);
        if (input.UnitId is { } unit) query = query.Where(r => r.UnitId == unit);
        if (input.StaffId is { } person) query = query.Where(r => r.StaffId == person);
        if (input.LeaveTypeId is { } type) query = query.Where(r => r.LeaveTypeId == type);
        if (input.From is { } from) query = query.Where(r => r.EndDate >= from);
        if (input.To is { } to) query = query.Where(r => r.StartDate <= to);
        return await rows.PageAsync(query, input, cancellationToken);
    }

    public async Task<PagedResult<LeaveRequestDto>> QueueAsync(PagedRequest input, CancellationToken cancellationToken)
    {
        var caller = await approvers.CallerAsync(cancellationToken);
        var query = LeaveApprovers.Queue(db.Set<LeaveRequest>(), caller);
        return await rows.PageAsync(query, input with { Sorting = input.Sorting ?? "createdAt asc" }, cancellationToken);
    }

    public async Task<LeaveRequestDetailDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await VisibleAsync(id, cancellationToken);
        return await rows.DetailAsync(id, cancellationToken);
    }

    public async Task<LeaveRequestDetailDto> ApproveAsync(Guid id, LeaveDecisionInput input, CancellationToken cancellationToken)
    {
        var (request, acting) = await DecidingAsync(id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var step = request.PendingStep;
        var final = acting.HallAuthority || step == request.RequiredSteps;
        if (final) await EnsureBalanceAsync(request, cancellationToken);
        if (final) await months.EnsureOpenAsync(request.HallId, request.StartDate, request.EndDate, cancellationToken);
        request.Approve(acting.For?.PrincipalUserId ?? acting.UserId, acting.HallAuthority, now);
        Record(request, LeaveActionKind.Approved, request.ApprovedSteps, acting, now, input.Reason);
        await SaveAsync(request, recompute: request.Status == LeaveStatus.Approved, cancellationToken);
        if (request.Status == LeaveStatus.Approved) await notifier.ToRequesterAsync(request, cancellationToken);
        else await notifier.ToApproversAsync(request, await NameAsync(request.StaffId, cancellationToken), cancellationToken);
        return await rows.DetailAsync(id, cancellationToken);
    }

    public async Task<LeaveRequestDetailDto> RejectAsync(Guid id, LeaveReasonInput input, CancellationToken cancellationToken)
    {
        var (request, acting) = await DecidingAsync(id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var step = request.PendingStep;
        request.Reject(input.Reason, now);
        Record(request, LeaveActionKind.Rejected, step, acting, now, input.Reason);
        await SaveAsync(request, recompute: false, cancellationToken);
        await notifier.ToRequesterAsync(request, cancellationToken);
        return await rows.DetailAsync(id, cancellationToken);
    }

    /// <summary>Takes back approved leave (step-one authority: the unit's lead or above); its sessions go back to the punches.</summary>
    public async Task<LeaveRequestDetailDto> RevokeAsync(Guid id, LeaveReasonInput input, CancellationToken cancellationToken)
    {
        var (request, caller) = await VisibleAsync(id, cancellationToken);
        EnsureNotOwn(request, caller);
        if (request.Status != LeaveStatus.Approved)
            throw new BusinessException(AttendanceErrorCodes.LeaveNotApproved, request.Status.ToString()) { Kind = ErrorKind.Conflict };
        var acting = await approvers.ActingForAsync(caller, request, 1, cancellationToken) ?? throw NotYourStep(1);
        await months.EnsureOpenAsync(request.HallId, request.StartDate, request.EndDate, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        request.Revoke(input.Reason, now);
        Record(request, LeaveActionKind.Revoked, 0, acting, now, input.Reason);
        await SaveAsync(request, recompute: true, cancellationToken);
        await notifier.ToRequesterAsync(request, cancellationToken);
        return await rows.DetailAsync(id, cancellationToken);
    }

    private async Task<(LeaveRequest Request, Approver Caller)> VisibleAsync(Guid id, CancellationToken cancellationToken)
    {
        var request = await db.Set<LeaveRequest>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        var caller = await approvers.CallerAsync(cancellationToken);
        if (request is null || !LeaveApprovers.CanSee(caller, request)) throw new EntityNotFoundException("LeaveRequest", id);
        return (request, caller);
    }

    /// <summary>The pending request and whom the caller acts for on its step.</summary>
    private async Task<(LeaveRequest, Acting)> DecidingAsync(Guid id, CancellationToken cancellationToken)
    {
        var (request, caller) = await VisibleAsync(id, cancellationToken);
        EnsureNotOwn(request, caller);
        if (request.PendingStep == 0)
            throw new BusinessException(AttendanceErrorCodes.LeaveNotPending, request.Status.ToString()) { Kind = ErrorKind.Conflict };
        var acting = await approvers.ActingForAsync(caller, request, request.PendingStep, cancellationToken) ?? throw NotYourStep(request.PendingStep);
        return (request, acting);
    }

    private static void EnsureNotOwn(LeaveRequest request, Approver caller)
    {
        if (caller.Account.StaffId == request.StaffId) throw new BusinessException(AttendanceErrorCodes.LeaveOwnRequest) { Kind = ErrorKind.Forbidden };
    }

    private static BusinessException NotYourStep(int step) =>
        new(AttendanceErrorCodes.LeaveStepNotYours, step == 2 ? "中心负责人" : "窗口单位负责人", step == 2 ? "hall manager" : "unit lead")
        {
            Kind = ErrorKind.Forbidden,
        };

    /// <summary>The last approval is refused when the balance no longer holds the request (approved leave only).</summary>
    private async Task EnsureBalanceAsync(LeaveRequest request, CancellationToken cancellationToken)
    {
        var type = await db.Set<LeaveType>().AsNoTracking().SingleAsync(t => t.Id == request.LeaveTypeId, cancellationToken);
        if (!type.HasBalance) return;
        var person = (await staff.GetByIdsAsync([request.StaffId], cancellationToken)).Single();
        var left = await balances.RemainingAsync(person, type, request.StartDate.Year, includePending: false, except: null, cancellationToken);
        if (left is { } l && request.HalfDays > l)
            throw new BusinessException(AttendanceErrorCodes.LeaveBeyondBalance, type.NameZh, request.HalfDays / 2.0, Math.Max(0, l) / 2.0, type.NameEn);
    }

    private void Record(LeaveRequest request, LeaveActionKind kind, int step, Acting acting, DateTime at, string? reason) =>
        db.Add(new LeaveAction(request.Id, kind, step, acting.UserId, acting.Name, acting.For?.PrincipalUserId, acting.For?.PrincipalName, at,
            string.IsNullOrWhiteSpace(reason) ? null : reason));

    private async Task SaveAsync(LeaveRequest request, bool recompute, CancellationToken cancellationToken)
    {
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (recompute) await results.RecomputeAsync([new PersonDays(request.StaffId, request.StartDate, request.EndDate)], cancellationToken);
        await transaction.CommitAsync();
    }

    private async Task<string> NameAsync(Guid staffId, CancellationToken cancellationToken) =>
        (await staff.GetByIdsAsync([staffId], cancellationToken)).SingleOrDefault()?.Name ?? "";
}

using Microsoft.EntityFrameworkCore;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Notifications;
using Training.SharedKernel.Time;

namespace Training.Attendance.Application.Absences;

/// <summary>
/// Tells the approvers a request waits for them (the unit's leads, or the hall's managers for the second step, and the
/// stand-ins of either in force today) and tells the requester what was decided.
/// </summary>
internal sealed class LeaveNotifier(AttendanceDbContext db, IStaffIntegrationService staff, INotificationSender inbox, TimeProvider clock)
{
    public const string QueueLink = "/attendance/leave/queue";
    public const string MyLeaveLink = "/attendance/my-leave";

    public async Task ToApproversAsync(LeaveRequest request, string requesterName, CancellationToken cancellationToken)
    {
        var step = request.PendingStep;
        if (step == 0) return;
        var principals = step == 1 && request.UnitId is { } unit ? (await staff.GetLeadUserIdsAsync([unit], cancellationToken)).ToList() : [];
        if (principals.Count == 0 || step == 2) principals.AddRange(await staff.GetHallManagerUserIdsAsync([request.HallId], cancellationToken));
        var today = clock.Today();
        var standIns = await db.Set<ApproverStandIn>().AsNoTracking()
            .Where(s => principals.Contains(s.PrincipalUserId) && s.EndedAt == null && s.FromDate <= today && s.ToDate >= today)
            .Select(s => s.StandInUserId).ToListAsync(cancellationToken);
        var requester = await RequesterUserAsync(request, cancellationToken);
        var recipients = principals.Concat(standIns).Where(u => u != requester).Distinct().ToList();
        if (recipients.Count == 0) return;
        var days = request.HalfDays / 2.0;
        await inbox.SendAsync(recipients, new NotificationMessage("Attendance.LeaveToApprove",
            $"{requesterName}的请假待您审批{(step == 2 ? "（二级）" : "")}", $"Leave of {requesterName} awaits your {(step == 2 ? "second " : "")}approval",
            $"{Stretch(request)}，共 {days} 天。", $"{Stretch(request)}, {days} days.", QueueLink), cancellationToken);
    }

    public async Task ToRequesterAsync(LeaveRequest request, CancellationToken cancellationToken)
    {
        if (await RequesterUserAsync(request, cancellationToken) is not { } user) return;
        var (zh, en) = request.Status switch
        {
            LeaveStatus.Approved => ("您的请假已批准", "Your leave was approved"),
            LeaveStatus.Rejected => ("您的请假未获批准", "Your leave was rejected"),
            LeaveStatus.Revoked => ("您的请假已被撤销", "Your leave was revoked"),
            _ => ("您的请假状态已变更", "Your leave request changed"),
        };
        var why = request.DecisionReason is { Length: > 0 } reason ? reason : null;
        await inbox.SendAsync([user], new NotificationMessage("Attendance.LeaveDecided", zh, en,
            why is null ? Stretch(request) : $"{Stretch(request)}。原因：{why}", why is null ? Stretch(request) : $"{Stretch(request)}. Reason: {why}",
            MyLeaveLink), cancellationToken);
    }

    private async Task<Guid?> RequesterUserAsync(LeaveRequest request, CancellationToken cancellationToken) =>
        (await staff.GetByIdsAsync([request.StaffId], cancellationToken)).SingleOrDefault()?.UserId;

    private static string Stretch(LeaveRequest r) =>
        $"{r.StartDate:yyyy-MM-dd} {(r.StartHalf == DayHalf.Morning ? "AM" : "PM")} – {r.EndDate:yyyy-MM-dd} {(r.EndHalf == DayHalf.Morning ? "AM" : "PM")}";
}

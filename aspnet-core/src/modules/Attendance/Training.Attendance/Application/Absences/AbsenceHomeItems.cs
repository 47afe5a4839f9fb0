using Microsoft.EntityFrameworkCore;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Home;
using Training.SharedKernel.Scoping;

namespace Training.Attendance.Application.Absences;

/// <summary>
/// The absences area's home-page to-dos: leave waiting for the caller's decision (as approver or stand-in), the open
/// whereabouts notes in the lead's units now, and the caller's own leave still pending. One COUNT each.
/// </summary>
internal sealed class AbsenceHomeItems(AttendanceDbContext db, ICurrentUser currentUser, IDataScopeProvider scopes, LeaveApprovers approvers)
    : IHomeItemProvider
{
    public const string QueueLink = "/attendance/leave/queue";
    public const string TeamNotesLink = "/attendance/team-whereabouts";
    public const string MyLeaveLink = "/attendance/my-leave";

    public async Task<IReadOnlyList<HomeItem>> GetItemsAsync(CancellationToken cancellationToken)
    {
        var account = await currentUser.GetAccountAsync(cancellationToken);
        var items = new List<HomeItem>();
        if (account.IsGranted(AttendancePermissions.Leave.Approve))
        {
            var caller = await approvers.CallerAsync(cancellationToken);
            var waiting = await LeaveApprovers.Queue(db.Set<LeaveRequest>(), caller).CountAsync(cancellationToken);
            items.Add(new HomeItem("attendance.leaveToApprove", HomeItemKind.Todo, waiting, QueueLink, HomeItemSeverity.Warning));
        }
        var scope = await scopes.GetAsync(cancellationToken);
        if (account.IsGranted(AttendancePermissions.Board.Default) && scope.Kind >= ScopeKind.Units)
        {
            var me = account.StaffId;
            var open = await db.Set<WhereaboutsNote>().WhereInScope(scope.ForWriting(), n => n.HallId, n => n.UnitId, null)
                .CountAsync(n => n.ReturnedAt == null && (me == null || n.StaffId != me), cancellationToken);
            items.Add(new HomeItem("attendance.openNotes", HomeItemKind.Todo, open, TeamNotesLink, HomeItemSeverity.Info));
        }
        if (account.StaffId is { } staffId && account.IsGranted(AttendancePermissions.My.Default))
        {
            var pending = await db.Set<LeaveRequest>().CountAsync(r => r.StaffId == staffId && r.Status == LeaveStatus.Pending, cancellationToken);
            items.Add(new HomeItem("attendance.myPendingLeave", HomeItemKind.Todo, pending, MyLeaveLink, HomeItemSeverity.Info));
        }
        return items;
    }
}

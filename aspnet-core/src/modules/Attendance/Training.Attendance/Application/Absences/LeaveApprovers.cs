using Microsoft.EntityFrameworkCore;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Time;

namespace Training.Attendance.Application.Absences;

/// <summary>
/// Who may decide on a leave request. Step 1 belongs to whoever's scope covers the person's unit (the unit's lead, the
/// hall's manager, an administrator); step 2 to whoever's scope covers the hall. An approver away names a stand-in, who
/// acts in their place while it is in force — provided the approver still leads that unit or manages that hall today.
/// </summary>
internal sealed class LeaveApprovers(AttendanceDbContext db, ICurrentUser currentUser, IDataScopeProvider scopes, IStaffIntegrationService staff,
    TimeProvider clock)
{
    private Approver? _approver;

    /// <summary>The caller: their own scope for writing, and the stand-ins they hold today.</summary>
    public async Task<Approver> CallerAsync(CancellationToken cancellationToken)
    {
        if (_approver is not null) return _approver;
        var account = await currentUser.GetAccountAsync(cancellationToken);
        var scope = await scopes.GetAsync(cancellationToken);
        var today = clock.Today();
        // Whoever sees everything holds every authority already: no stand-in adds to it.
        var standIns = scope.Kind == ScopeKind.All ? [] : await db.Set<ApproverStandIn>().AsNoTracking()
            .Where(s => s.StandInUserId == account.UserId && s.EndedAt == null && s.FromDate <= today && s.ToDate >= today)
            .ToListAsync(cancellationToken);
        _approver = new Approver(account, scope, standIns);
        return _approver;
    }

    /// <summary>
    /// Whom the caller acts for on this request's <paramref name="step"/> (1 or 2): themself when their own scope holds
    /// the authority, else an approver whose stand-in they are; null when neither.
    /// </summary>
    public async Task<Acting?> ActingForAsync(Approver caller, LeaveRequest request, int step, CancellationToken cancellationToken)
    {
        var own = caller.Scope.ForWriting();
        if (step == 1 ? Covers(own, request) : own.CoversHall(request.HallId))
            return new Acting(caller.Account.UserId, caller.Account.DisplayName, null, own.CoversHall(request.HallId));

        foreach (var standIn in caller.StandIns)
        {
            var byHall = standIn.HallIds.Contains(request.HallId);
            var byUnit = step == 1 && request.UnitId is { } unit && standIn.UnitIds.Contains(unit);
            if (!byHall && !byUnit) continue;
            // The copy says where to look; today's leads and managers say whether the approver still holds it.
            var still = byHall
                ? await staff.GetHallManagerUserIdsAsync([request.HallId], cancellationToken)
                : await staff.GetLeadUserIdsAsync([request.UnitId!.Value], cancellationToken);
            if (still.Contains(standIn.PrincipalUserId))
                return new Acting(caller.Account.UserId, caller.Account.DisplayName, standIn, byHall);
        }
        return null;
    }

    /// <summary>Whether the caller sees the request: in their scope, or one they could decide on as a stand-in.</summary>
    public static bool CanSee(Approver caller, LeaveRequest request) =>
        caller.Scope.Covers(request.HallId, request.UnitId, request.StaffId)
        || caller.StandIns.Any(s => s.HallIds.Contains(request.HallId) || (request.UnitId is { } u && s.UnitIds.Contains(u)));

    /// <summary>
    /// The pending requests the caller may decide on now, in SQL: their own scope and their stand-ins' copies, never
    /// their own requests.
    /// </summary>
    public static IQueryable<LeaveRequest> Queue(IQueryable<LeaveRequest> requests, Approver caller)
    {
        var all = caller.Scope.Kind == ScopeKind.All;
        var halls = caller.Scope.Kind == ScopeKind.Halls ? caller.Scope.HallIds.ToList() : [];
        var units = caller.Scope.Kind == ScopeKind.Units ? caller.Scope.UnitIds.ToList() : [];
        halls.AddRange(caller.StandIns.SelectMany(s => s.HallIds));
        units.AddRange(caller.StandIns.SelectMany(s => s.UnitIds));
        var me = caller.Account.StaffId;
        var unitIds = units.Distinct().Select(u => (Guid?)u).ToList();
        var hallIds = halls.Distinct().ToList();
        return requests.Where(r => r.Status == LeaveStatus.Pending && (me == null || r.StaffId != me)
            && (all || hallIds.Contains(r.HallId) || (r.ApprovedSteps == 0 && unitIds.Contains(r.UnitId))));
    }

    private static bool Covers(DataScope scope, LeaveRequest request) =>
        request.UnitId is { } unit ? scope.CoversUnit(unit, request.HallId) : scope.CoversHall(request.HallId);
}

internal sealed record Approver(CurrentAccount Account, DataScope Scope, IReadOnlyList<ApproverStandIn> StandIns);

/// <param name="HallAuthority">The authority holds the whole hall: a first approval completes a two-step request.</param>
internal sealed record Acting(Guid UserId, string Name, ApproverStandIn? For, bool HallAuthority);

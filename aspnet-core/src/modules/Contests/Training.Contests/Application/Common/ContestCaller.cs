using Microsoft.EntityFrameworkCore;
using Training.Contests.Domain;
using Training.Contests.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Scoping;

namespace Training.Contests.Application.Common;

/// <summary>
/// The caller of the contests, read once per request: account, data scope, own staff record (none for admin and HR
/// accounts), and their parts in contests (organiser, judge, chief judge) from the assignments.
/// </summary>
internal sealed class ContestCaller(ICurrentUser currentUser, IDataScopeProvider scopes, IStaffIntegrationService staff, ContestsDbContext db)
{
    private Caller? _caller;

    public sealed record Caller(CurrentAccount Account, DataScope Scope, StaffSummary? Me, ILookup<Guid, ContestRole> Roles)
    {
        public Guid? StaffId => Me?.Id;

        public IReadOnlyList<ContestRole> RolesIn(Guid contestId) => Roles[contestId].Distinct().Order().ToList();

        /// <summary>
        /// Organises the contest: holds the organise permission and either the contest is the city's and the caller sees
        /// every hall, or its owner hall is one the caller runs — or the caller is one of its assigned organisers.
        /// </summary>
        public bool CanManage(Contest contest) =>
            Account.IsGranted(ContestsPermissions.Contests.Manage)
            && (Roles[contest.Id].Contains(ContestRole.Organiser) || CoversOwner(contest.OwnerHallId));

        /// <summary>Whether the caller may create or own a contest of this owner (null = the city: whole-city scope only).</summary>
        public bool CoversOwner(Guid? ownerHallId) =>
            Scope.Kind == ScopeKind.All || (ownerHallId is { } hall && Scope.ForWriting().CoversHall(hall));

        /// <summary>
        /// Sees the contest: its organisers and assigned people always; once announced, everyone in its scope halls and the
        /// managers of those halls.
        /// </summary>
        public bool CanSee(Contest contest) =>
            CanManage(contest) || Roles[contest.Id].Any()
            || (contest.State != ContestState.Draft
                && ((Me is { } me && contest.CoversHall(me.HallId)) || Scope.Kind == ScopeKind.All
                    || (Scope.Kind == ScopeKind.Halls && (contest.IsCityWide || contest.ScopeHallIds.Any(Scope.HallIds.Contains)))));
    }

    /// <summary>After the caller's assignments changed in this request (they created a contest or named its people).</summary>
    public void Forget() => _caller = null;

    public async Task<Caller> GetAsync(CancellationToken cancellationToken)
    {
        if (_caller is not null) return _caller;
        var account = await currentUser.GetAccountAsync(cancellationToken);
        var scope = await scopes.GetAsync(cancellationToken);
        var me = account.StaffId is { } id ? (await staff.GetByIdsAsync([id], cancellationToken)).SingleOrDefault() : null;
        var roles = me is null ? [] : await db.StaffRoles.AsNoTracking().Where(r => r.StaffId == me.Id).ToListAsync(cancellationToken);
        return _caller = new Caller(account, scope, me, roles.ToLookup(r => r.ContestId, r => r.Role));
    }
}

using Training.Bulletins.Domain;
using Training.Bulletins.Kinds;
using Training.Organization;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Scoping;

namespace Training.Bulletins.Application;

/// <summary>
/// Who may see and act on which bulletins. Managers (<see cref="BulletinsPermissions.Bulletins.Manage"/>) act on the halls
/// of their scope and, with the whole city in scope, on city-wide bulletins; they see those bulletins in every state.
/// Everyone else sees published and withdrawn bulletins of the city and of the halls they work in or lead — a bulletin is
/// a public notice within its hall, not a personal record. Out of reach answers 404, like a bulletin that does not exist.
/// </summary>
internal sealed class BulletinAccess(ICurrentUser currentUser, IDataScopeProvider scopes, IStaffIntegrationService staff,
    IStructureIntegrationService structure)
{
    private Reach? _reach;

    /// <summary>What the caller reaches: as a manager (all states) the halls they manage, else the halls they belong to.</summary>
    public sealed record Reach(bool Manages, bool City, IReadOnlyList<Guid> Halls);

    public async Task<Reach> GetAsync(CancellationToken cancellationToken)
    {
        if (_reach is not null) return _reach;
        var account = await currentUser.GetAccountAsync(cancellationToken);
        var scope = await scopes.GetAsync(cancellationToken);
        var manages = account.IsGranted(BulletinsPermissions.Bulletins.Manage) && scope.Kind is ScopeKind.All or ScopeKind.Halls;
        var halls = scope.Kind switch
        {
            ScopeKind.All => (await structure.GetHallsAsync(null, cancellationToken)).Select(h => h.Id).ToList(),
            ScopeKind.Halls => scope.HallIds.ToList(),
            ScopeKind.Units => (await structure.GetUnitsAsync(scope.UnitIds, null, cancellationToken)).Select(u => u.HallId).Distinct().ToList(),
            _ => [],
        };
        if (account.StaffId is { } me && !manages)
            halls.AddRange((await staff.GetByIdsAsync([me], cancellationToken)).Select(s => s.HallId).Where(h => !halls.Contains(h)));
        return _reach = new Reach(manages, scope.Kind == ScopeKind.All, halls);
    }

    /// <summary>
    /// The bulletins the caller reaches: published and withdrawn ones of the city and of the caller's halls; for a
    /// manager also every state of the halls they manage (and of city-wide ones, with the whole city in scope).
    /// </summary>
    public async Task<IQueryable<Bulletin>> ReachableAsync(IQueryable<Bulletin> bulletins, CancellationToken cancellationToken)
    {
        var reach = await GetAsync(cancellationToken);
        var halls = reach.Halls;
        IReadOnlyList<Guid> managed = reach.Manages ? halls : [];
        var managesCity = reach.Manages && reach.City;
        return bulletins.Where(b =>
            ((b.State == BulletinState.Published || b.State == BulletinState.Withdrawn)
             && (b.Scope == BulletinScope.City || (b.HallId != null && halls.Contains(b.HallId.Value))))
            || (b.Scope == BulletinScope.City && managesCity)
            || (b.HallId != null && managed.Contains(b.HallId.Value)));
    }

    /// <summary>Refuses to act on a subject outside the caller's management scope (as not found: it reveals nothing).</summary>
    public async Task CheckManagesAsync(BulletinSubject subject, CancellationToken cancellationToken)
    {
        var reach = await GetAsync(cancellationToken);
        var ok = reach.Manages && (subject.Scope == BulletinScope.City ? reach.City : subject.HallId is { } h && reach.Halls.Contains(h));
        if (!ok) throw new EntityNotFoundException("Hall", subject.HallId ?? Guid.Empty);
    }
}

using Microsoft.EntityFrameworkCore;
using Training.Organization.EntityFrameworkCore;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Scoping;

namespace Training.Organization.Application;

/// <summary>
/// The caller's scope, resolved once per request: the role gives the kind, Organization gives the units led and halls
/// managed (set by an administrator, never inferred).
/// </summary>
internal sealed class DataScopeProvider(ICurrentUser currentUser, OrganizationDbContext db) : IDataScopeProvider
{
    private DataScope? _scope;

    public async Task<DataScope> GetAsync(CancellationToken cancellationToken = default) =>
        _scope ??= await ResolveAsync(cancellationToken);

    private async Task<DataScope> ResolveAsync(CancellationToken cancellationToken)
    {
        var account = await currentUser.GetAccountAsync(cancellationToken);
        var staffId = account.StaffId;
        return account.ScopeKind switch
        {
            ScopeKind.All => DataScope.Everything with { StaffId = staffId },
            ScopeKind.Halls when staffId is { } id => new DataScope(ScopeKind.Halls, id, [],
                await db.HallManagers.Where(m => m.StaffId == id).Select(m => m.HallId).ToListAsync(cancellationToken)),
            ScopeKind.Units when staffId is { } id => new DataScope(ScopeKind.Units, id,
                await db.UnitLeads.Where(l => l.StaffId == id).Select(l => l.UnitId).ToListAsync(cancellationToken), []),
            ScopeKind.Own or ScopeKind.Units or ScopeKind.Halls when staffId is { } id => new DataScope(ScopeKind.Own, id, [], []),
            _ => DataScope.Nothing,
        };
    }
}

using Microsoft.EntityFrameworkCore;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Home;
using Training.SharedKernel.Scoping;
using Training.Supervision.Application.Inspections;
using Training.Supervision.EntityFrameworkCore;

namespace Training.Supervision.Application.Findings;

/// <summary>The findings' home-page to-do, a key and a count (the web app words it): disputes waiting for a hall manager's decision.</summary>
internal sealed class FindingHomeItems(SupervisionDbContext db, InspectionCaller callers) : IHomeItemProvider
{
    public const string DisputesToDecide = "supervision.disputesToDecide";

    public async Task<IReadOnlyList<HomeItem>> GetItemsAsync(CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        if (!caller.Account.IsGranted(SupervisionPermissions.Findings.Decide) || caller.Scope.Kind < ScopeKind.Halls) return [];
        var me = caller.Account.UserId;
        var waiting = await db.Findings.WhereInScope(caller.ActingScope, f => f.HallId, null, null)
            .CountAsync(f => f.State == FindingState.Disputed && f.DisputedBy != me, cancellationToken);
        return [new HomeItem(DisputesToDecide, HomeItemKind.Todo, waiting, FindingNotifier.FindingsLink, HomeItemSeverity.Warning)];
    }
}

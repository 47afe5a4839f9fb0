using Microsoft.EntityFrameworkCore;
using Training.Bulletins.EntityFrameworkCore;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Home;

namespace Training.Bulletins.Application;

/// <summary>
/// Bulletins on the home page: for a manager, the drafts waiting to be published; for everyone else, the bulletins
/// published for them in the last <see cref="NewDays"/> days. One count query each.
/// </summary>
internal sealed class BulletinHomeItems(BulletinsDbContext db, BulletinAccess access, ICurrentUser currentUser, TimeProvider clock) : IHomeItemProvider
{
    public const int NewDays = 7;

    public async Task<IReadOnlyList<HomeItem>> GetItemsAsync(CancellationToken cancellationToken)
    {
        var account = await currentUser.GetAccountAsync(cancellationToken);
        if (!account.IsGranted(BulletinsPermissions.Bulletins.Default)) return [];
        var reach = await access.GetAsync(cancellationToken);
        var reachable = await access.ReachableAsync(db.Bulletins, cancellationToken);
        if (reach.Manages)
        {
            var drafts = await reachable.CountAsync(b => b.State == BulletinState.Draft, cancellationToken);
            return [new HomeItem("BulletinDraftsWaiting", HomeItemKind.Todo, drafts, "/bulletins?state=Draft", HomeItemSeverity.Warning)];
        }
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-NewDays);
        var fresh = await reachable.CountAsync(b => b.State == BulletinState.Published && b.PublishedAt >= since, cancellationToken);
        return [new HomeItem("BulletinsNew", HomeItemKind.Todo, fresh, "/bulletins", HomeItemSeverity.Info)];
    }
}

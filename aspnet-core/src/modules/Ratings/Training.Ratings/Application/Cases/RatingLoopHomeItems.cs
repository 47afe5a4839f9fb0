using Microsoft.EntityFrameworkCore;
using Training.Ratings.EntityFrameworkCore;
using Training.SharedKernel.Home;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Time;

namespace Training.Ratings.Application.Cases;

/// <summary>
/// The loop's home-page to-dos, keys and counts only (the web app words them): bad-rating cases due today or overdue
/// (the handler's own and the untaken ones they could take), appeals waiting for a hall manager's decision, and a
/// staff member's bad ratings of the last 7 days. One COUNT per item.
/// </summary>
internal sealed class RatingLoopHomeItems(RatingsDbContext db, CaseCaller callers, TimeProvider clock) : IHomeItemProvider
{
    public const string CasesDue = "ratings.badRatingCasesDue";
    public const string AppealsToDecide = "ratings.appealsToDecide";
    public const string MyNewBadRatings = "ratings.myNewBadRatings";
    public const string CasesLink = "/ratings/cases";
    public const string AppealsLink = "/ratings/appeals";
    public const string MyRatingsLink = "/ratings/my";

    /// <summary>How far back "new" bad ratings reach, today included.</summary>
    public const int NewBadRatingDays = 7;

    public async Task<IReadOnlyList<HomeItem>> GetItemsAsync(CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        var account = caller.Account;
        var today = clock.Today();
        var items = new List<HomeItem>();
        if (account.IsGranted(RatingsPermissions.Cases.Handle) && caller.Scope.Kind >= ScopeKind.Units)
        {
            var me = account.UserId;
            var ownStaff = account.StaffId;
            // The scope spelt out here, not through WhereInScope: the handler's own cases join the untaken ones in one COUNT.
            var scope = caller.ActingScope;
            var all = scope.Kind == ScopeKind.All;
            var halls = scope.Kind == ScopeKind.Halls ? scope.HallIds.ToList() : [];
            var units = scope.Kind == ScopeKind.Units ? scope.UnitIds.ToList() : [];
            var due = await db.Cases.DueByOrOverdue(today).CountAsync(c => c.HandlerUserId == me
                || (c.HandlerUserId == null && (ownStaff == null || c.StaffId != ownStaff)
                    && (all || halls.Contains(c.HallId) || units.Contains(c.UnitId))), cancellationToken);
            items.Add(new HomeItem(CasesDue, HomeItemKind.Todo, due, CasesLink, HomeItemSeverity.Urgent));
        }
        if (account.IsGranted(RatingsPermissions.Appeals.Decide) && caller.Scope.Kind >= ScopeKind.Halls)
        {
            var me = account.UserId;
            var waiting = await db.Appeals.WhereInScope(caller.ActingScope, a => a.HallId, null, null)
                .CountAsync(a => a.State == AppealState.Pending && a.RequestedBy != me, cancellationToken);
            items.Add(new HomeItem(AppealsToDecide, HomeItemKind.Todo, waiting, AppealsLink, HomeItemSeverity.Warning));
        }
        if (account.StaffId is { } staffId && account.IsGranted(RatingsPermissions.My.Default))
        {
            var since = today.AddDays(1 - NewBadRatingDays);
            var bad = await db.Ratings.CountAsync(r => r.StaffId == staffId && r.Level >= RatingLevel.Dissatisfied && r.ExcludedAt == null
                && r.Date >= since, cancellationToken);
            items.Add(new HomeItem(MyNewBadRatings, HomeItemKind.Todo, bad, MyRatingsLink, HomeItemSeverity.Info));
        }
        return items;
    }
}

using Microsoft.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Home;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Settings;
using Training.SharedKernel.Time;
using Training.Supervision.Domain;
using Training.Supervision.EntityFrameworkCore;

namespace Training.Supervision.Application.Ledger;

/// <summary>
/// The ledger's home-page to-dos, keys and counts only (the web app words them): for a unit's lead, its items due within
/// the reminder working days or overdue; for a reviewer, the rectified items waiting for review and the 回头看 re-checks
/// due, counted together in one query.
/// </summary>
internal sealed class LedgerHomeItems(SupervisionDbContext db, LedgerCaller callers, IWorkCalendar calendar, ISettingProvider settings, TimeProvider clock)
    : IHomeItemProvider
{
    public const string DueItems = "supervision.ledgerDue";
    public const string ToReview = "supervision.ledgerToReview";
    public const string RechecksDue = "supervision.ledgerRechecksDue";
    public const string Link = LedgerNotifier.BoardLink;

    public async Task<IReadOnlyList<HomeItem>> GetItemsAsync(CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        var account = caller.Account;
        var today = clock.Today();
        var items = new List<HomeItem>();
        if (account.IsGranted(SupervisionPermissions.Ledger.Report) && caller.Scope.Kind == ScopeKind.Units && caller.Scope.UnitIds.Count > 0)
        {
            var before = await settings.GetIntAsync(SupervisionSettings.ReminderWorkingDays, cancellationToken: cancellationToken);
            var horizon = await calendar.AddWorkingDaysAsync(today, before, cancellationToken);
            var due = await db.LedgerItems.WhereInScope(caller.Scope.ForWriting(), null, i => i.UnitId, null)
                .CountAsync(i => (i.State == LedgerState.Open || i.State == LedgerState.InProgress || i.State == LedgerState.SentBack)
                    && i.DueOn <= horizon, cancellationToken);
            items.Add(new HomeItem(DueItems, HomeItemKind.Todo, due, Link, HomeItemSeverity.Urgent));
        }
        if (account.IsGranted(SupervisionPermissions.Ledger.Review) && caller.Scope.Kind >= ScopeKind.Halls)
        {
            var counts = await db.LedgerItems.WhereInScope(caller.Scope.ForWriting(), i => i.HallId, null, null)
                .Where(i => i.State == LedgerState.Rectified || (i.State == LedgerState.Accepted && i.RecheckDueOn <= today))
                .GroupBy(i => i.State).Select(g => new { State = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            items.Add(new HomeItem(ToReview, HomeItemKind.Todo, counts.Where(c => c.State == LedgerState.Rectified).Sum(c => c.Count),
                $"{Link}?states=Rectified", HomeItemSeverity.Warning));
            items.Add(new HomeItem(RechecksDue, HomeItemKind.Todo, counts.Where(c => c.State == LedgerState.Accepted).Sum(c => c.Count),
                $"{Link}?states=Accepted", HomeItemSeverity.Info));
        }
        return items;
    }
}

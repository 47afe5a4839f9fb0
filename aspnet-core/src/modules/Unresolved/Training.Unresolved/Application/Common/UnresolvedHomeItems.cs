using Microsoft.EntityFrameworkCore;
using Training.SharedKernel.Home;
using Training.SharedKernel.Time;
using Training.Unresolved.EntityFrameworkCore;

namespace Training.Unresolved.Application.Common;

/// <summary>
/// The module's home-page to-dos, keys and counts only (the web app words them): for the guide on duty today, the hall's
/// cases of the day and its overdue steps; for 效能督查科, the escalated cases to answer; for a liaison, the transfers to
/// answer. Each a single count query.
/// </summary>
internal sealed class UnresolvedHomeItems(UnresolvedDbContext db, CaseCaller callers, TimeProvider clock) : IHomeItemProvider
{
    public const string TodayCases = "unresolved.todayCases";
    public const string OverdueSteps = "unresolved.overdueSteps";
    public const string EscalationsToAnswer = "unresolved.escalationsToAnswer";
    public const string TransfersToAnswer = "unresolved.transfersToAnswer";
    public const string WorkbenchLink = "/unresolved/workbench";

    public async Task<IReadOnlyList<HomeItem>> GetItemsAsync(CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        var account = caller.Account;
        var today = clock.Today();
        var items = new List<HomeItem>();
        if (account.StaffId is { } me && account.IsGranted(UnresolvedPermissions.Cases.Handle))
        {
            var onDuty = await db.GuideDuties.AsNoTracking().Where(d => d.StaffId == me && d.Date == today).Select(d => d.HallId)
                .ToListAsync(cancellationToken);
            if (onDuty.Count > 0)
            {
                var cases = await db.Cases.CountAsync(c => onDuty.Contains(c.HallId) && c.ReceivedOn == today, cancellationToken);
                var overdue = await db.CaseDeadlines.CountAsync(d => onDuty.Contains(d.HallId) && d.MetAt == null && d.LapsedAt == null
                                                                     && d.DueOn < today, cancellationToken);
                var link = $"{WorkbenchLink}?hallId={onDuty[0]}";
                items.Add(new HomeItem(TodayCases, HomeItemKind.Todo, cases, link, HomeItemSeverity.Warning));
                items.Add(new HomeItem(OverdueSteps, HomeItemKind.Todo, overdue, link, HomeItemSeverity.Urgent));
            }
        }
        if (account.IsGranted(UnresolvedPermissions.Cases.Supervise) && caller.Scope.ForWriting().Kind >= SharedKernel.Scoping.ScopeKind.Halls)
        {
            var halls = caller.Scope.HallIds.ToList();
            var everything = caller.Scope.Kind == SharedKernel.Scoping.ScopeKind.All;
            var escalated = await db.Cases.CountAsync(c => (everything || halls.Contains(c.HallId)) && c.State == UnresolvedCaseState.Escalated, cancellationToken);
            items.Add(new HomeItem(EscalationsToAnswer, HomeItemKind.Todo, escalated, $"{CaseNotifier.CasesLink}?states=Escalated", HomeItemSeverity.Urgent));
        }
        if (account.IsGranted(UnresolvedPermissions.Transfers.Answer) && caller.LiaisonOf.Count > 0)
        {
            var receivers = caller.LiaisonOf.ToList();
            var open = await db.CaseTransfers.CountAsync(t => receivers.Contains(t.ReceiverId) && t.AnsweredAt == null, cancellationToken);
            items.Add(new HomeItem(TransfersToAnswer, HomeItemKind.Todo, open, CaseNotifier.InboxLink, HomeItemSeverity.Urgent));
        }
        return items;
    }
}

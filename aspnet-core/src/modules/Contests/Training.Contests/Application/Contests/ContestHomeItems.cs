using Microsoft.EntityFrameworkCore;
using Training.Contests.Application.Common;
using Training.Contests.Application.Judging;
using Training.Contests.Domain;
using Training.Contests.EntityFrameworkCore;
using Training.SharedKernel.Home;

namespace Training.Contests.Application.Contests;

/// <summary>
/// The contests' home items, keys and counts only: for staff, the contests open for entry in their hall that they have not
/// entered; for organisers, the nominations and team entries waiting for their confirmation; for judges, the sheets they
/// have still to submit in their open rounds.
/// </summary>
internal sealed class ContestHomeItems(ContestsDbContext db, ContestCaller callers, JudgeAssignments assignments, TimeProvider clock) : IHomeItemProvider
{
    public const string OpenForEntry = "contests.openForEntry";
    public const string EntriesToConfirm = "contests.entriesToConfirm";
    public const string SheetsToScore = "contests.sheetsToScore";

    public async Task<IReadOnlyList<HomeItem>> GetItemsAsync(CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        var items = new List<HomeItem>();
        var now = clock.GetUtcNow().UtcDateTime;
        if (caller.Account.IsGranted(ContestsPermissions.Contests.Enter) && caller.Me is { } me)
        {
            var open = await db.Contests.AsNoTracking()
                .Where(c => c.State == ContestState.Announced && c.EntryOpensAt <= now && c.EntryClosesAt > now
                            && !db.EntryMembers.Any(m => m.ContestId == c.Id && m.StaffId == me.Id
                                                         && db.Entries.Any(e => e.Id == m.EntryId && e.State == EntryState.Entered)))
                .ToListAsync(cancellationToken);
            items.Add(new HomeItem(OpenForEntry, HomeItemKind.Todo, open.Count(c => c.CoversHall(me.HallId)), ContestLinks.List, HomeItemSeverity.Info));
        }
        if (caller.Account.IsGranted(ContestsPermissions.Contests.Manage))
        {
            var waiting = await db.Contests.AsNoTracking().Where(c => c.State == ContestState.Announced)
                .Select(c => new { Contest = c, Count = db.Entries.Count(e => e.ContestId == c.Id && e.State == EntryState.Entered && e.ConfirmedAt == null) })
                .Where(x => x.Count > 0).ToListAsync(cancellationToken);
            var mine = waiting.Where(x => caller.CanManage(x.Contest)).ToList();
            items.Add(new HomeItem(EntriesToConfirm, HomeItemKind.Todo, mine.Sum(x => x.Count),
                mine.Count == 1 ? ContestLinks.Entries(mine[0].Contest.Id) : ContestLinks.List, HomeItemSeverity.Warning));
        }
        if (caller.Account.IsGranted(ContestsPermissions.Judging.Default) && caller.StaffId is { } judge)
        {
            var open = (await assignments.OfAsync(judge, openRoundsOnly: true, cancellationToken)).Where(a => a.ToScore > 0).ToList();
            items.Add(new HomeItem(SheetsToScore, HomeItemKind.Todo, open.Sum(a => a.ToScore),
                open.Count == 1 ? ContestLinks.JudgeRound(open[0].Contest.Id, open[0].Round.Id) : ContestLinks.Judging, HomeItemSeverity.Warning));
        }
        return items;
    }
}

using Microsoft.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Time;
using Training.Unresolved.Application.Common;
using Training.Unresolved.EntityFrameworkCore;

namespace Training.Unresolved.Application.Deadlines;

/// <summary>
/// The daily overdue run: every open deadline past its day whose owners were not told yet is claimed with a conditional
/// UPDATE (<c>OverdueNotifiedOn</c> still null), and its owners are told — the guide on duty the day of intake (the hall's
/// managers when there was none), the recording staff member, the receiver's liaisons, 效能督查科 (the hall's managers) —
/// one message per person listing their cases. Claims and messages commit together, so a second run (or another node)
/// tells nobody twice.
/// </summary>
internal sealed class OverdueDeadlineRun(
    UnresolvedDbContext db, IStaffIntegrationService staff, CaseNotifier notifier, UnitOfWork unitOfWork, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var overdue = await (from d in db.CaseDeadlines.AsNoTracking()
                             join c in db.Cases on d.CaseId equals c.Id
                             where d.MetAt == null && d.LapsedAt == null && d.DueOn < today && d.OverdueNotifiedOn == null
                             select new { d.Id, d.Kind, d.Owner, d.ReceiverId, d.DueOn, c.Number, c.HallId, c.GuideStaffId, c.RecordedByUserId })
            .ToListAsync(cancellationToken);
        if (overdue.Count == 0) return 0;

        var guides = await UsersOfAsync(overdue.Select(o => o.GuideStaffId).OfType<Guid>().Distinct().ToList(), cancellationToken);
        var receiverIds = overdue.Select(o => o.ReceiverId).OfType<Guid>().Distinct().ToList();
        var liaisons = (await db.ReceiverLiaisons.AsNoTracking().Where(l => receiverIds.Contains(l.ReceiverId))
            .Select(l => new { l.ReceiverId, l.UserId }).ToListAsync(cancellationToken)).ToLookup(l => l.ReceiverId, l => l.UserId);
        var managers = new Dictionary<Guid, IReadOnlyList<Guid>>();
        foreach (var hallId in overdue.Select(o => o.HallId).Distinct())
            managers[hallId] = await staff.GetHallManagerUserIdsAsync([hallId], cancellationToken);

        var byRecipient = new Dictionary<Guid, List<(string Number, DeadlineKind Kind, DateOnly DueOn)>>();
        var claimed = 0;
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        foreach (var deadline in overdue)
        {
            var won = await db.CaseDeadlines.Where(d => d.Id == deadline.Id && d.OverdueNotifiedOn == null)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.OverdueNotifiedOn, today), cancellationToken);
            if (won == 0) continue;
            claimed++;
            IEnumerable<Guid> owners = deadline.Owner switch
            {
                DeadlineOwner.Guide when deadline.GuideStaffId is { } g && guides.TryGetValue(g, out var user) => [user],
                DeadlineOwner.Desk => [deadline.RecordedByUserId],
                DeadlineOwner.Receiver when deadline.ReceiverId is { } r => liaisons[r],
                _ => managers[deadline.HallId],
            };
            foreach (var owner in owners.Distinct())
            {
                if (!byRecipient.TryGetValue(owner, out var items)) byRecipient[owner] = items = [];
                items.Add((deadline.Number, deadline.Kind, deadline.DueOn));
            }
        }
        foreach (var (recipient, items) in byRecipient)
            await notifier.OverdueAsync([recipient], items.OrderBy(i => i.DueOn).ThenBy(i => i.Number, StringComparer.Ordinal).ToList(), cancellationToken);
        await transaction.CommitAsync();
        return claimed;
    }

    private async Task<Dictionary<Guid, Guid>> UsersOfAsync(IReadOnlyCollection<Guid> staffIds, CancellationToken cancellationToken) =>
        staffIds.Count == 0 ? []
            : (await staff.GetByIdsAsync(staffIds, cancellationToken)).Where(s => s.UserId is not null).ToDictionary(s => s.Id, s => s.UserId!.Value);
}

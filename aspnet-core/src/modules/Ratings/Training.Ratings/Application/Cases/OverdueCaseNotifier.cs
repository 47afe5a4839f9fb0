using Microsoft.EntityFrameworkCore;
using Training.Organization;
using Training.Ratings.EntityFrameworkCore;
using Training.SharedKernel.Data;
using Training.SharedKernel.Notifications;
using Training.SharedKernel.Time;

namespace Training.Ratings.Application.Cases;

/// <summary>
/// Flags the cases whose callback or rectification is overdue (today in Asia/Shanghai) and tells, once per case, its
/// handler, the leads of its unit and the managers of its hall: one inbox message per unit, naming the case numbers
/// (never the citizen). The flag (<c>OverdueNotifiedAt</c>) is claimed with a conditional UPDATE in the same transaction
/// as the messages, so a second run — or a run on another node — sends nothing again.
/// </summary>
internal sealed class OverdueCaseNotifier(
    RatingsDbContext db, IStaffIntegrationService staff, IStructureIntegrationService structure, INotificationSender inbox, UnitOfWork unitOfWork,
    TimeProvider clock)
{
    public const string Kind = "Ratings.CasesOverdue";
    public const string Link = "/ratings/cases?overdue=true";

    /// <summary>Answers how many cases were flagged by this run.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var now = clock.GetUtcNow().UtcDateTime;
        var overdue = await db.Cases.AsNoTracking().Overdue(today).Where(c => c.OverdueNotifiedAt == null)
            .Select(c => new { c.Id, c.HallId, c.UnitId, c.HandlerUserId, c.RatingId }).ToListAsync(cancellationToken);
        if (overdue.Count == 0) return 0;
        var ratingIds = overdue.Select(c => c.RatingId).ToList();
        var numbers = await db.Ratings.AsNoTracking().Where(r => ratingIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.CaseNumber, cancellationToken);
        var units = (await structure.GetUnitsAsync(overdue.Select(c => c.UnitId).Distinct().ToList(), null, cancellationToken)).ToDictionary(u => u.Id);

        var flagged = 0;
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        foreach (var unit in overdue.GroupBy(c => (c.HallId, c.UnitId)))
        {
            var ids = unit.Select(c => c.Id).ToList();
            var claimed = await db.Cases.Where(c => ids.Contains(c.Id) && c.OverdueNotifiedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.OverdueNotifiedAt, now), cancellationToken);
            if (claimed == 0) continue;
            flagged += claimed;
            var recipients = (await staff.GetLeadUserIdsAsync([unit.Key.UnitId], cancellationToken))
                .Concat(await staff.GetHallManagerUserIdsAsync([unit.Key.HallId], cancellationToken))
                .Concat(unit.Select(c => c.HandlerUserId).OfType<Guid>())
                .Distinct().ToList();
            if (recipients.Count == 0) continue;
            var name = units.TryGetValue(unit.Key.UnitId, out var info) ? info.Name : "";
            var list = string.Join("、", unit.Select(c => numbers.GetValueOrDefault(c.RatingId, "")).Order(StringComparer.Ordinal));
            await inbox.SendAsync(recipients, new NotificationMessage(Kind,
                $"{name}有 {ids.Count} 件差评超期未办", $"{ids.Count} bad-rating case(s) of {name} overdue",
                $"办件编号：{list}。请尽快回访、整改。", $"Case numbers: {list}. Call back and rectify without delay.", Link), cancellationToken);
        }
        await transaction.CommitAsync();
        return flagged;
    }
}

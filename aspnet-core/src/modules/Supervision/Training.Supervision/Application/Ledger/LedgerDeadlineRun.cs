using Microsoft.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Settings;
using Training.SharedKernel.Time;
using Training.Supervision.Domain;
using Training.Supervision.EntityFrameworkCore;

namespace Training.Supervision.Application.Ledger;

/// <summary>
/// The daily deadline run: stamps the first overdue day of items past their deadline (拖而不改), and reminds the
/// responsible unit's lead(s) once per deadline when it is within the hall's reminder working days (or passed). One query
/// for the items, one calendar read, the hall settings once per hall; the stamps and the messages commit together, so a
/// second run finds nothing to do.
/// </summary>
internal sealed class LedgerDeadlineRun(
    SupervisionDbContext db, IWorkCalendar calendar, ISettingProvider settings, IStructureIntegrationService structure,
    LedgerNotifier notifier, UnitOfWork unitOfWork, TimeProvider clock)
{
    /// <summary>
    /// How far ahead (calendar days) a deadline can be and still be within a reminder window: the setting allows 30
    /// working days, which with the longest holidays (Spring Festival, National Day) stays well inside 70 days.
    /// </summary>
    public const int HorizonDays = 70;

    public sealed record Outcome(int StampedOverdue, int Reminded);

    public async Task<Outcome> RunAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var horizon = today.AddDays(HorizonDays);
        var items = await db.LedgerItems
            .Where(i => (i.State == LedgerState.Open || i.State == LedgerState.InProgress || i.State == LedgerState.SentBack)
                && ((i.DueOn < today && i.WentOverdueOn == null)
                    || (i.DueOn <= horizon && (i.RemindedForDueOn == null || i.RemindedForDueOn != i.DueOn))))
            .ToListAsync(cancellationToken);
        if (items.Count == 0) return new Outcome(0, 0);

        var workingDays = await calendar.GetWorkingDaysAsync(today, horizon, cancellationToken);
        var before = new Dictionary<Guid, int>();
        foreach (var hallId in items.Select(i => i.HallId).Distinct())
            before[hallId] = await settings.GetIntAsync(SupervisionSettings.ReminderWorkingDays, hallId, cancellationToken);

        var stamped = items.Count(i => i.MarkOverdue(today));
        // Within the window: the deadline passed, or at most N working days after today (as SupervisionDeadlines counts them).
        var remind = items.Where(i => (i.DueOn <= today || workingDays.Count(d => d > today && d <= i.DueOn) <= before[i.HallId]) && i.MarkReminded())
            .ToList();
        var units = remind.Count == 0 ? new Dictionary<Guid, string>()
            : (await structure.GetUnitsAsync(remind.Select(i => i.UnitId).Distinct().ToList(), null, cancellationToken)).ToDictionary(u => u.Id, u => u.Name);

        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var unit in remind.GroupBy(i => i.UnitId))
            await notifier.DueAsync(unit.Key, units.GetValueOrDefault(unit.Key, ""), unit.Select(i => (i.Title, i.DueOn)).ToList(), cancellationToken);
        await transaction.CommitAsync();
        return new Outcome(stamped, remind.Count);
    }
}

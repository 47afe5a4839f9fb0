using Microsoft.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Time;
using Training.Unresolved.Application.Cases;
using Training.Unresolved.Application.Common;
using Training.Unresolved.Application.Roster;
using Training.Unresolved.EntityFrameworkCore;

namespace Training.Unresolved.Application.Workbench;

/// <summary>
/// The guide's workbench for a hall they hold: today's guide on duty, today's cases, the open deadlines earliest first
/// (at most <see cref="MaxDeadlines"/>) and how many are overdue — three queries of this module whatever the hall's size.
/// </summary>
internal sealed class WorkbenchService(
    UnresolvedDbContext db, CaseCaller callers, CaseNames names, RosterService roster, IStructureIntegrationService structure,
    TimeProvider clock)
{
    public const int MaxDeadlines = 200;

    public async Task<WorkbenchDto> GetAsync(Guid hallId, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        var hall = (await structure.GetHallsAsync([hallId], cancellationToken)).FirstOrDefault();
        if (hall is null || !caller.ActsIn(hallId)) throw new EntityNotFoundException("Hall", hallId);
        var today = clock.Today(hall.TimeZone);

        var cases = await db.Cases.AsNoTracking().Where(c => c.HallId == hallId && c.ReceivedOn == today)
            .OrderByDescending(c => c.ReceivedAt).Select(CaseRow.Projection(caller)).ToListAsync(cancellationToken);
        var deadlines = await (from d in db.CaseDeadlines.AsNoTracking()
                               join c in db.Cases on d.CaseId equals c.Id
                               where d.HallId == hallId && d.MetAt == null && d.LapsedAt == null
                               orderby d.DueOn, c.Number
                               select new WorkbenchDeadlineDto(c.Id, c.Number, c.Matter, c.State, c.Category, d.Kind, d.Owner,
                                   db.Receivers.Where(r => r.Id == d.ReceiverId).Select(r => r.Name).FirstOrDefault(), d.DueOn, d.DueOn < today))
            .Take(MaxDeadlines).ToListAsync(cancellationToken);
        var overdue = deadlines.Count < MaxDeadlines ? deadlines.Count(d => d.Overdue)
            : await db.CaseDeadlines.CountAsync(d => d.HallId == hallId && d.MetAt == null && d.LapsedAt == null && d.DueOn < today, cancellationToken);
        var lookup = await names.ForAsync(cases, cancellationToken);
        return new WorkbenchDto(hallId, today, await roster.OnDutyAsync(hallId, today, cancellationToken),
            cases.Select(r => r.ToDto(caller, lookup, today)).ToList(), deadlines, overdue);
    }
}

using Microsoft.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Time;
using Training.Unresolved.Application.Common;
using Training.Unresolved.Application.Forms;
using Training.Unresolved.EntityFrameworkCore;

namespace Training.Unresolved.Application.ProblemList;

/// <summary>
/// The 问题清单表 of a hall and month, as the caller may see it: the cases received in the month, and those received
/// earlier still open when it began (carried over, 备注 是 — 本周期内未办结的诉求请在下个周期补充填写) — a case open for
/// months is carried into every month until the one it closes in. Handling is told up to the month's end, so a past
/// month lists the same whenever it is asked. Four queries (cases, their steps, their transfers for the complainant
/// decision, names) whatever the month's size; the complainant goes through <see cref="ComplainantMask"/>.
/// </summary>
internal sealed class ProblemListService(UnresolvedDbContext db, CaseCaller callers, IStructureIntegrationService structure)
{
    public async Task<ProblemListDto> GetAsync(ProblemListInput input, CancellationToken cancellationToken)
    {
        if (input.Month is < 1 or > 12) throw new BusinessException(CommonErrorCodes.InvalidValue, "month");
        if (input.Year is < 2000 or > 2100) throw new BusinessException(CommonErrorCodes.InvalidValue, "year");
        var caller = await callers.GetAsync(cancellationToken);
        var hall = (await structure.GetHallsAsync([input.HallId], cancellationToken)).SingleOrDefault();
        if (hall is null || (caller.Scope.Kind == ScopeKind.Halls && !caller.Scope.CoversHall(hall.Id)))
            throw new EntityNotFoundException("Hall", input.HallId);
        var start = new DateOnly(input.Year, input.Month, 1);
        var end = start.AddMonths(1).AddDays(-1);
        var until = BusinessDates.StartOfDayUtc(end.AddDays(1));

        var cases = db.Cases.AsNoTracking().VisibleTo(caller)
            .Where(c => c.HallId == hall.Id && c.ReceivedOn <= end && (c.ReceivedOn >= start || c.ClosedOn == null || c.ClosedOn >= start));
        var rows = await cases.OrderBy(c => c.ReceivedAt).ThenBy(c => c.Serial).ToListAsync(cancellationToken);
        var steps = (await (from s in db.CaseSteps.AsNoTracking()
                            join c in cases on s.CaseId equals c.Id
                            where s.At < until
                            select s).ToListAsync(cancellationToken)).ToLookup(s => s.CaseId);
        var transfers = (await (from t in db.CaseTransfers.AsNoTracking()
                                join c in cases on t.CaseId equals c.Id
                                select new { t.CaseId, t.ReceiverId, t.ReceiverIsComplainedUnit }).ToListAsync(cancellationToken))
            .ToLookup(t => t.CaseId, t => (t.ReceiverId, t.ReceiverIsComplainedUnit));
        var units = await NamesAsync(rows.Select(r => r.UnitId), ids => structure.GetUnitsAsync(ids, null, cancellationToken), u => (u.Id, u.Name));
        var windows = await NamesAsync(rows.Select(r => r.WindowId), ids => structure.GetWindowsAsync(ids, null, cancellationToken), w => (w.Id, w.Name));

        var lines = rows.Select((c, i) =>
        {
            var viaReceiver = transfers[c.Id].Any(t => !t.ReceiverIsComplainedUnit && caller.IsLiaisonOf(t.ReceiverId));
            var who = ComplainantMask.Apply(caller, new ComplainantMask.CaseFacts(c.HallId, c.RecordedByUserId, viaReceiver),
                c.ComplainantName, c.ComplainantContact, c.EnterpriseName);
            var inProgress = c.ClosedOn is not { } closed || closed > end;
            return new ProblemListLineDto(i + 1, c.Id, c.Number, c.ReceivedAt, c.ReceivedOn, c.UnitId, Name(units, c.UnitId), Name(windows, c.WindowId),
                c.ComplainantKind, who.Name, who.Contact, who.EnterpriseName, who.Hidden, c.Channel, c.Matter, c.Description, c.Category, c.State,
                HandlingText.Of(steps[c.Id]), HandlingText.Basis(c), inProgress, c.ReceivedOn < start);
        }).ToList();
        return new ProblemListDto(hall.Id, hall.Name, input.Year, input.Month, lines);
    }

    private static string? Name(Dictionary<Guid, string> names, Guid? id) => id is { } key ? names.GetValueOrDefault(key) : null;

    private static async Task<Dictionary<Guid, string>> NamesAsync<T>(IEnumerable<Guid?> ids, Func<IReadOnlyCollection<Guid>, Task<IReadOnlyList<T>>> read,
        Func<T, (Guid Id, string Name)> pick)
    {
        var wanted = ids.Where(id => id is not null).Select(id => id!.Value).Distinct().ToList();
        return wanted.Count == 0 ? new Dictionary<Guid, string>() : (await read(wanted)).Select(pick).ToDictionary(x => x.Id, x => x.Name);
    }
}

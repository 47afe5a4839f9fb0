using Microsoft.EntityFrameworkCore;
using Training.SharedKernel.Time;
using Training.SharedKernel.Domain;
using Training.Supervision.Domain;
using Training.Supervision.EntityFrameworkCore;

namespace Training.Supervision.Application.Integration;

/// <summary>
/// <see cref="ISupervisionIntegrationService"/>: three GROUP BY queries (findings by target, state and category; overdue
/// ledger items; send-backs by mark) whatever the number of ids, no data scope (the caller checks its own). A person's
/// facts take the person's points of findings against them; a unit's take the unit points of every finding in the unit,
/// against a person or a window. Ledger items count for a unit by their responsible unit, for a person when they were
/// opened from a finding against them; an overdue item counts in the range its deadline fell in (once, not every month
/// it stays unrectified), a send-back in the range it was reviewed in.
/// </summary>
internal sealed class SupervisionIntegrationService(SupervisionDbContext db, TimeProvider clock) : ISupervisionIntegrationService
{
    public async Task<IReadOnlyList<ConductFacts>> GetByStaffAsync(IReadOnlyCollection<Guid> staffIds, DateOnly from, DateOnly to,
        CancellationToken cancellationToken = default)
    {
        if (staffIds.Count == 0) return [];
        var ids = staffIds.Distinct().ToList();
        var findings = await db.Findings.AsNoTracking()
            .Where(f => f.StaffId != null && ids.Contains(f.StaffId.Value) && f.Date >= from && f.Date <= to)
            .GroupBy(f => new { Key = f.StaffId!.Value, f.State, f.Category })
            .Select(g => new FindingCount(g.Key.Key, g.Key.State, g.Key.Category, g.Count(), g.Sum(f => f.PersonPoints)))
            .ToListAsync(cancellationToken);
        var personal = from l in db.LedgerItems
                       join f in db.Findings on l.FindingId equals f.Id
                       where f.StaffId != null && ids.Contains(f.StaffId.Value)
                       select new { Key = f.StaffId!.Value, Item = l };
        var today = clock.Today();
        var overdue = await personal.Where(x => LedgerOpen.Contains(x.Item.State) && x.Item.DueOn < today && x.Item.DueOn >= from && x.Item.DueOn <= to)
            .GroupBy(x => x.Key).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var (start, end) = Instants(from, to);
        var sentBack = await (from r in db.LedgerReviews
                              join x in personal on r.ItemId equals x.Item.Id
                              where r.Outcome == ReviewOutcome.SentBack && r.At >= start && r.At < end
                              group r by new { x.Key, r.Mark } into g
                              select new MarkCount(g.Key.Key, g.Key.Mark, g.Count())).ToListAsync(cancellationToken);
        return Facts(ids, findings, overdue, sentBack);
    }

    public async Task<IReadOnlyList<ConductFacts>> GetByUnitsAsync(IReadOnlyCollection<Guid> unitIds, DateOnly from, DateOnly to,
        CancellationToken cancellationToken = default)
    {
        if (unitIds.Count == 0) return [];
        var ids = unitIds.Distinct().ToList();
        var findings = await db.Findings.AsNoTracking()
            .Where(f => ids.Contains(f.UnitId) && f.Date >= from && f.Date <= to)
            .GroupBy(f => new { f.UnitId, f.State, f.Category })
            .Select(g => new FindingCount(g.Key.UnitId, g.Key.State, g.Key.Category, g.Count(), g.Sum(f => f.UnitPoints)))
            .ToListAsync(cancellationToken);
        var today = clock.Today();
        var overdue = await db.LedgerItems.AsNoTracking()
            .Where(l => ids.Contains(l.UnitId) && LedgerOpen.Contains(l.State) && l.DueOn < today && l.DueOn >= from && l.DueOn <= to)
            .GroupBy(l => l.UnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var (start, end) = Instants(from, to);
        var sentBack = await (from r in db.LedgerReviews
                              join l in db.LedgerItems on r.ItemId equals l.Id
                              where ids.Contains(l.UnitId) && r.Outcome == ReviewOutcome.SentBack && r.At >= start && r.At < end
                              group r by new { l.UnitId, r.Mark } into g
                              select new MarkCount(g.Key.UnitId, g.Key.Mark, g.Count())).ToListAsync(cancellationToken);
        return Facts(ids, findings, overdue, sentBack);
    }

    public async Task<IReadOnlyList<ConductSource>> GetSourcesAsync(IReadOnlyCollection<Guid> targetIds, DateOnly from, DateOnly to,
        CancellationToken cancellationToken = default)
    {
        if (targetIds.Count == 0) return [];
        var ids = targetIds.Distinct().ToList();
        var (first, last) = (from, to); // "from" is a keyword inside a query expression
        var findings = await (from f in db.Findings.AsNoTracking()
                              join c in db.CatalogueItems on f.CatalogueItemId equals c.Id
                              where (ids.Contains(f.UnitId) || (f.StaffId != null && ids.Contains(f.StaffId.Value))) && f.Date >= first && f.Date <= last
                              select new { f.Id, f.UnitId, f.StaffId, f.Date, f.Category, f.ItemCode, f.ItemVersion, c.NameZh, f.PersonPoints, f.UnitPoints, f.State })
            .ToListAsync(cancellationToken);
        var ledger = await (from l in db.LedgerItems.AsNoTracking()
                            join f in db.Findings on l.FindingId equals f.Id into about
                            from f in about.DefaultIfEmpty()
                            where (ids.Contains(l.UnitId) || (f != null && f.StaffId != null && ids.Contains(f.StaffId.Value)))
                                && l.OpenedOn <= last && (l.OpenedOn >= first || l.DueOn >= first)
                            select new { l.Id, l.UnitId, StaffId = f == null ? null : f.StaffId, l.OpenedOn, l.Title, l.State, l.DueOn, l.LastMark })
            .ToListAsync(cancellationToken);
        var asked = ids.ToHashSet();
        var fromFindings = findings.SelectMany(f => Targets(asked, f.UnitId, f.StaffId).Select(t => new ConductSource(t, ConductSourceKind.Finding, f.Id,
            f.Date, f.Category, f.ItemCode, f.ItemVersion, f.NameZh, t == f.StaffId ? f.PersonPoints : f.UnitPoints, Finding.CountsIn(f.State), f.State,
            null, null, null)));
        var fromLedger = ledger.SelectMany(l => Targets(asked, l.UnitId, l.StaffId).Select(t => new ConductSource(t, ConductSourceKind.LedgerItem, l.Id,
            l.OpenedOn, null, null, null, l.Title, 0, false, null, l.State, l.DueOn, l.LastMark)));
        return fromFindings.Concat(fromLedger).OrderBy(s => s.TargetId).ThenBy(s => s.Date).ThenBy(s => s.Kind).ThenBy(s => s.Id).ToList();
    }

    public async Task<Guid> OpenComplaintCheckAsync(ComplaintCheckRequest request, CancellationToken cancellationToken = default)
    {
        var reference = Check.NotBlank(request.SourceReference, "sourceReference", SupervisionConsts.MaxSourceReferenceLength);
        var existing = await db.Inspections.AsNoTracking()
            .Where(i => i.Kind == InspectionKind.ComplaintCheck && i.SourceReference == reference).Select(i => (Guid?)i.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is { } id) return id;
        var summary = Check.NotBlank(request.Summary, "summary", SupervisionConsts.MaxNoteLength);
        var inspection = new Inspection(Guid.NewGuid(), InspectionKind.ComplaintCheck, null, request.Date, request.HallId, TitleOf(summary), summary, null);
        inspection.StartFrom(null, reference);
        inspection.SetPlaces([(request.HallId, request.UnitId, request.WindowId)]);
        db.Inspections.Add(inspection);
        await db.SaveChangesAsync(cancellationToken);
        return inspection.Id;
    }

    /// <summary>投诉核查：and the summary's first line, cut to a title's length.</summary>
    internal static string TitleOf(string summary)
    {
        const string prefix = "投诉核查：";
        var line = summary.Split('\n', 2)[0].Trim();
        var room = SupervisionConsts.MaxTitleLength - prefix.Length;
        return prefix + (line.Length > room ? line[..(room - 1)] + "…" : line);
    }

    private static readonly LedgerState[] LedgerOpen = [LedgerState.Open, LedgerState.InProgress, LedgerState.SentBack];

    private static (DateTime Start, DateTime End) Instants(DateOnly from, DateOnly to) =>
        (BusinessDates.StartOfDayUtc(from), BusinessDates.StartOfDayUtc(to.AddDays(1)));

    private static IEnumerable<Guid> Targets(HashSet<Guid> asked, Guid unitId, Guid? staffId)
    {
        if (asked.Contains(unitId)) yield return unitId;
        if (staffId is { } s && asked.Contains(s)) yield return s;
    }

    private static List<ConductFacts> Facts(List<Guid> ids, List<FindingCount> findings, Dictionary<Guid, int> overdue, List<MarkCount> sentBack)
    {
        var byKey = findings.ToLookup(f => f.Key);
        var marks = sentBack.ToLookup(m => m.Key);
        return ids.Select(id =>
        {
            var rows = byKey[id].ToList();
            var counted = rows.Where(r => Finding.CountsIn(r.State)).ToList();
            var categories = counted.GroupBy(r => r.Category).OrderBy(g => g.Key)
                .Select(g => new CategoryPoints(g.Key, g.Sum(r => r.Count), Math.Round(g.Sum(r => r.Points), 2))).ToList();
            var violations = categories.Where(c => CatalogueItem.KindOf(c.Category) == CatalogueKind.Violation).ToList();
            var commendations = categories.Where(c => CatalogueItem.KindOf(c.Category) == CatalogueKind.Commendation).ToList();
            return new ConductFacts(id, categories, violations.Sum(c => c.Count), Math.Round(violations.Sum(c => c.Points), 2),
                commendations.Sum(c => c.Count), Math.Round(commendations.Sum(c => c.Points), 2),
                rows.Where(r => r.State == FindingState.Upheld).Sum(r => r.Count), rows.Where(r => r.State == FindingState.Disputed).Sum(r => r.Count),
                rows.Where(r => r.State == FindingState.Withdrawn).Sum(r => r.Count), overdue.GetValueOrDefault(id),
                marks[id].Where(m => m.Mark == SendBackMark.False).Sum(m => m.Count),
                marks[id].Where(m => m.Mark == SendBackMark.Perfunctory).Sum(m => m.Count));
        }).ToList();
    }

    private sealed record FindingCount(Guid Key, FindingState State, CatalogueCategory Category, int Count, double Points);

    private sealed record MarkCount(Guid Key, SendBackMark? Mark, int Count);
}

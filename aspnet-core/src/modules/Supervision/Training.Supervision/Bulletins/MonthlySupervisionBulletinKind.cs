using Microsoft.EntityFrameworkCore;
using Training.Bulletins.Kinds;
using Training.Documents;
using Training.Organization;
using Training.SharedKernel.Time;
using Training.Supervision.EntityFrameworkCore;
using static Training.Supervision.Bulletins.SupervisionBulletinTexts;

namespace Training.Supervision.Bulletins;

/// <summary>
/// 督查情况通报 (monthly, a hall or the city): the month's counted findings by window unit and category (a table and a
/// chart), the commendations named (person or window, item), and how many disputed findings were withdrawn and so not
/// counted. By the finding's date, so a finding upheld later still falls in its month; the same data, the same text.
/// </summary>
internal sealed class MonthlySupervisionBulletinKind(SupervisionDbContext db, IStructureIntegrationService structure, IStaffIntegrationService staff,
    TimeProvider clock) : IBulletinKind
{
    public const string Code = "supervision.monthly";

    public BulletinKindInfo Info { get; } = new(Code, "督查情况通报", "Supervision bulletin", [BulletinPeriodKind.Month],
        [BulletinScope.Hall, BulletinScope.City], NeedsClosedPeriod: false, DefaultCron: "0 9 5 * *");

    public Task<bool> IsPeriodClosedAsync(BulletinSubject subject, CancellationToken cancellationToken) =>
        Task.FromResult(subject.Period.IsOverOn(clock.Today()));

    public async Task<BulletinBody> ComposeAsync(BulletinSubject subject, CancellationToken cancellationToken)
    {
        var month = await ReadAsync(subject, cancellationToken);
        var where = subject.Scope == BulletinScope.City ? "全市" : "";
        return new BulletinBody($"关于{subject.Period.LabelZhHans}{where}督查情况的通报", document => Compose(document, subject, month));
    }

    internal async Task<MonthlyFindings> ReadAsync(BulletinSubject subject, CancellationToken cancellationToken)
    {
        var (from, until) = (subject.Period.Start, subject.Period.EndExclusive);
        var halls = await HallsAsync(structure, subject.HallId, cancellationToken);
        var findings = db.Findings.AsNoTracking().Where(f => halls.Contains(f.HallId) && f.Date >= from && f.Date < until);
        var counts = await findings.Where(f => f.State == FindingState.Recorded || f.State == FindingState.Upheld)
            .GroupBy(f => new { f.UnitId, f.Category }).Select(g => new { g.Key.UnitId, g.Key.Category, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var notCounted = await findings.Where(f => f.State == FindingState.Disputed || f.State == FindingState.Withdrawn)
            .GroupBy(f => f.State).Select(g => new { State = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.State, x => x.Count, cancellationToken);
        var praised = await (from f in findings
                             join c in db.CatalogueItems on f.CatalogueItemId equals c.Id
                             where f.Kind == CatalogueKind.Commendation && (f.State == FindingState.Recorded || f.State == FindingState.Upheld)
                             orderby f.Date, f.RecordedAt, f.Id
                             select new { f.UnitId, f.WindowId, f.StaffId, f.Date, c.NameZh, f.Note }).ToListAsync(cancellationToken);

        var units = (await structure.GetUnitsAsync(null, halls, cancellationToken)).ToDictionary(u => u.Id);
        var windows = (await structure.GetWindowsAsync(praised.Where(p => p.WindowId != null).Select(p => p.WindowId!.Value).Distinct().ToList(),
            null, cancellationToken)).ToDictionary(w => w.Id);
        var people = (await staff.GetByIdsAsync(praised.Where(p => p.StaffId != null).Select(p => p.StaffId!.Value).Distinct().ToList(), cancellationToken))
            .ToDictionary(s => s.Id);
        var byUnit = counts.ToLookup(c => c.UnitId);
        var rows = units.Values.Where(u => u.IsActive || byUnit.Contains(u.Id)).Select(u =>
            {
                var cells = Violations.Select(c => byUnit[u.Id].Where(x => x.Category == c).Sum(x => x.Count)).ToList();
                return new UnitRow(u.Code, u.Name, cells, byUnit[u.Id].Where(x => !Violations.Contains(x.Category)).Sum(x => x.Count));
            })
            .OrderByDescending(r => r.Total).ThenBy(r => r.UnitCode, StringComparer.Ordinal).ToList();
        var commendations = praised.Select(p =>
        {
            var unit = units.GetValueOrDefault(p.UnitId)?.Name ?? "";
            var who = p.StaffId is { } s ? people.GetValueOrDefault(s)?.Name ?? ""
                : p.WindowId is { } w && windows.TryGetValue(w, out var window) ? $"{window.Code} {window.Name}" : "";
            return new Commendation(unit, who, p.NameZh, p.Date);
        }).ToList();
        return new MonthlyFindings(rows, commendations, notCounted.GetValueOrDefault(FindingState.Disputed), notCounted.GetValueOrDefault(FindingState.Withdrawn));
    }

    private static void Compose(DocumentBuilder document, BulletinSubject subject, MonthlyFindings month)
    {
        var rows = month.Rows;
        var total = rows.Sum(r => r.Total);
        document.Paragraph($"{subject.Period.LabelZhHans}，{(subject.Scope == BulletinScope.City ? "全市" : "本中心")}督查发现问题 {I(total)} 个，"
            + $"收到表扬 {I(month.Commendations.Count)} 件；经异议撤销 {I(month.Withdrawn)} 个、尚在异议中 {I(month.Disputed)} 个，均不计入。现通报如下。");
        document.Heading("一、各窗口单位督查发现问题情况");
        document.Table(new TableSpec<UnitRow>
        {
            Rows = rows,
            Columns = [new("窗口单位", r => r.UnitName, Weight: 3),
                .. Violations.Select((c, i) => new TableColumn<UnitRow>(Categories[c], r => I(r.Cells[i]), ColumnAlign.Right)),
                new("合计", r => I(r.Total), ColumnAlign.Right), new("表扬", r => I(r.Commendations), ColumnAlign.Right)],
            Zebra = true,
            TotalRow = ["合计", .. Violations.Select((_, i) => I(rows.Sum(r => r.Cells[i]))), I(total), I(rows.Sum(r => r.Commendations))],
        });
        var charted = rows.Where(r => r.Total > 0).Take(20).ToList();
        if (charted.Count > 0)
            document.BarChart(new ChartSpec("各窗口单位督查发现问题（个）", charted.Select(r => r.UnitName).ToList(),
                Violations.Select((c, i) => new ChartSeries(Categories[c], charted.Select(r => (double)r.Cells[i]).ToList())).ToList(), "0"));
        document.Heading("二、表扬情况");
        if (month.Commendations.Count == 0) document.Paragraph("本月未收到表扬。");
        else document.List(month.Commendations.Select(c => $"{c.UnitName}{(c.Who.Length > 0 ? $"（{c.Who}）" : "")}：{c.ItemName}（{D(c.Date)}）"));
        document.Heading("三、有关要求");
        document.Paragraph("请各窗口单位对照通报问题立行立改，建立问题整改台账，明确责任人和整改时限，防止同类问题反复发生。");
    }
}

internal sealed record UnitRow(string UnitCode, string UnitName, IReadOnlyList<int> Cells, int Commendations)
{
    public int Total => Cells.Sum();
}

internal sealed record Commendation(string UnitName, string Who, string ItemName, DateOnly Date);

internal sealed record MonthlyFindings(IReadOnlyList<UnitRow> Rows, IReadOnlyList<Commendation> Commendations, int Disputed, int Withdrawn);

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Training.Bulletins.Kinds;
using Training.Documents;
using Training.Organization;
using Training.Ratings.Domain;
using Training.Ratings.EntityFrameworkCore;
using Training.SharedKernel.Time;

namespace Training.Ratings.Bulletins;

/// <summary>
/// 差评整改情况通报 (monthly, a hall or the city): per window unit, the month's bad ratings (excluded ones out), how many
/// cases are closed, closed within every deadline, overdue (still open past a deadline) and unresolved (still open),
/// with a bar chart; then every overdue and unresolved case named by unit. Counted in SQL by the unit recorded with the
/// rating; overdue as of the day the bulletin is drafted.
/// </summary>
internal sealed class BadRatingBulletinKind(RatingsDbContext db, IStructureIntegrationService structure, TimeProvider clock) : IBulletinKind
{
    public const string Code = "ratings.bad-rating-monthly";

    public BulletinKindInfo Info { get; } = new(Code, "差评整改情况通报", "Bad-rating rectification", [BulletinPeriodKind.Month],
        [BulletinScope.Hall, BulletinScope.City], NeedsClosedPeriod: false, DefaultCron: "0 9 3 * *");

    public Task<bool> IsPeriodClosedAsync(BulletinSubject subject, CancellationToken cancellationToken) =>
        Task.FromResult(subject.Period.IsOverOn(clock.Today()));

    public async Task<BulletinBody> ComposeAsync(BulletinSubject subject, CancellationToken cancellationToken)
    {
        var (rows, open) = await RowsAsync(subject, cancellationToken);
        var where = subject.Scope == BulletinScope.City ? "全市" : "";
        return new BulletinBody($"关于{subject.Period.LabelZhHans}{where}差评整改情况的通报", document => Compose(document, subject, rows, open));
    }

    internal async Task<(List<BadRatingRow> Rows, List<OpenCase> Open)> RowsAsync(BulletinSubject subject, CancellationToken cancellationToken)
    {
        var from = subject.Period.Start;
        var until = subject.Period.EndExclusive;
        var today = clock.Today();
        Guid[] halls = subject.HallId is { } h ? [h] : [];
        var all = halls.Length == 0;
        var cases = db.Cases.AsNoTracking().Where(c => (all || halls.Contains(c.HallId))
            && db.Ratings.Any(r => r.Id == c.RatingId && r.ExcludedByAppealId == null && r.Date >= from && r.Date < until));
        var counts = await cases.GroupBy(c => c.UnitId).Select(g => new
        {
            Unit = g.Key,
            Bad = g.Count(),
            Closed = g.Count(c => c.State == CaseState.Closed),
            OnTime = g.Count(c => c.State == CaseState.Closed
                && (!(c.IsRealName && (c.Verdict == null || c.Verdict == CaseVerdict.Real)) || c.CalledBackDate <= c.CallbackDue)
                && (!(c.Verdict == null || c.Verdict == CaseVerdict.Real) || c.RectifiedDate <= c.RectifyDue)),
            Overdue = g.Count(c => c.State != CaseState.Closed && (c.Verdict == null || c.Verdict == CaseVerdict.Real)
                && ((c.IsRealName && c.CalledBackDate == null && c.CallbackDue < today) || (c.RectifiedDate == null && c.RectifyDue < today))),
        }).ToDictionaryAsync(x => x.Unit, cancellationToken);
        var openCases = await (from c in cases.Where(c => c.State != CaseState.Closed)
                               join r in db.Ratings on c.RatingId equals r.Id
                               orderby r.RatedAt
                               select new { c.UnitId, c.WindowId, r.Date, r.Level, c.State, c.Verdict, c.IsRealName, c.CalledBackDate, c.CallbackDue, c.RectifiedDate, c.RectifyDue })
            .ToListAsync(cancellationToken);

        var units = (await structure.GetUnitsAsync(null, all ? (await structure.GetHallsAsync(null, cancellationToken)).Select(x => x.Id).ToList() : halls,
            cancellationToken)).ToDictionary(u => u.Id);
        var windows = (await structure.GetWindowsAsync(openCases.Select(c => c.WindowId).Distinct().ToList(), null, cancellationToken)).ToDictionary(w => w.Id);
        var rows = units.Values.Where(u => u.IsActive || counts.ContainsKey(u.Id)).Select(u =>
            {
                var c = counts.GetValueOrDefault(u.Id);
                return new BadRatingRow(u.Code, u.Name, c?.Bad ?? 0, c?.Closed ?? 0, c?.OnTime ?? 0, c?.Overdue ?? 0, (c?.Bad ?? 0) - (c?.Closed ?? 0));
            })
            .OrderByDescending(r => r.Overdue).ThenByDescending(r => r.Unresolved).ThenByDescending(r => r.Bad).ThenBy(r => r.UnitCode, StringComparer.Ordinal)
            .ToList();
        var open = openCases.Select(c =>
        {
            var due = c.Verdict is null or CaseVerdict.Real;
            var overdue = due && ((c.IsRealName && c.CalledBackDate is null && c.CallbackDue < today) || (c.RectifiedDate is null && c.RectifyDue < today));
            var window = windows.GetValueOrDefault(c.WindowId);
            return new OpenCase(units.GetValueOrDefault(c.UnitId)?.Name ?? "", window is null ? "" : $"{window.Code} {window.Name}", c.Date, c.Level,
                c.State, overdue, c.RectifyDue);
        }).OrderBy(c => c.UnitName, StringComparer.Ordinal).ThenBy(c => c.Date).ToList();
        return (rows, open);
    }

    private static void Compose(DocumentBuilder document, BulletinSubject subject, List<BadRatingRow> rows, List<OpenCase> open)
    {
        var bad = rows.Sum(r => r.Bad);
        var closed = rows.Sum(r => r.Closed);
        var city = subject.Scope == BulletinScope.City;
        document.Paragraph($"{subject.Period.LabelZhHans}，{(city ? "全市" : "本中心")}共收到差评 {I(bad)} 件，已办结 {I(closed)} 件，"
            + $"其中按时办结 {I(rows.Sum(r => r.OnTime))} 件；超期 {I(rows.Sum(r => r.Overdue))} 件，尚未办结 {I(rows.Sum(r => r.Unresolved))} 件。"
            + "现将各窗口单位差评整改情况通报如下。");
        document.Heading("一、各窗口单位差评整改情况");
        document.Table(new TableSpec<BadRatingRow>
        {
            Rows = rows,
            Columns =
            [
                new("窗口单位", r => r.UnitName, Weight: 3),
                new("差评", r => I(r.Bad), ColumnAlign.Right),
                new("已办结", r => I(r.Closed), ColumnAlign.Right),
                new("按时办结", r => I(r.OnTime), ColumnAlign.Right),
                new("超期", r => I(r.Overdue), ColumnAlign.Right),
                new("未办结", r => I(r.Unresolved), ColumnAlign.Right),
            ],
            Zebra = true,
            TotalRow = ["合计", I(bad), I(closed), I(rows.Sum(r => r.OnTime)), I(rows.Sum(r => r.Overdue)), I(rows.Sum(r => r.Unresolved))],
        });
        var charted = rows.Where(r => r.Bad > 0).Take(20).ToList();
        if (charted.Count > 0)
            document.BarChart(new ChartSpec("各窗口单位差评整改情况（件）", charted.Select(r => r.UnitName).ToList(),
                [new ChartSeries("差评", charted.Select(r => (double)r.Bad).ToList()), new ChartSeries("已办结", charted.Select(r => (double)r.Closed).ToList()),
                 new ChartSeries("超期", charted.Select(r => (double)r.Overdue).ToList())], "0"));
        document.Heading("二、超期和未办结的差评");
        var overdue = open.Where(c => c.Overdue).ToList();
        var unresolved = open.Where(c => !c.Overdue).ToList();
        if (open.Count == 0) document.Paragraph("本期差评均已办结。");
        if (overdue.Count > 0)
        {
            document.Paragraph($"超期未办结 {I(overdue.Count)} 件：");
            document.List(overdue.Select(Line));
        }
        if (unresolved.Count > 0)
        {
            document.Paragraph($"正在办理 {I(unresolved.Count)} 件：");
            document.List(unresolved.Select(Line));
        }
        document.Heading("三、有关要求");
        document.Paragraph("请有关窗口单位对超期差评立即整改、回访，实名差评须 100% 回访、100% 整改，并于整改后及时答复群众。");
    }

    private static string Line(OpenCase c) =>
        $"{c.UnitName}（{c.Window}）{c.Date:yyyy-MM-dd} {Levels[c.Level]}，当前环节：{Steps[c.State]}，整改时限 {c.RectifyDue:yyyy-MM-dd}";

    private static readonly IReadOnlyDictionary<RatingLevel, string> Levels = new Dictionary<RatingLevel, string>
    {
        [RatingLevel.VerySatisfied] = "非常满意", [RatingLevel.Satisfied] = "满意", [RatingLevel.Basic] = "基本满意",
        [RatingLevel.Dissatisfied] = "不满意", [RatingLevel.VeryDissatisfied] = "非常不满意",
    };

    private static readonly IReadOnlyDictionary<CaseState, string> Steps = new Dictionary<CaseState, string>
    {
        [CaseState.Verifying] = "核实", [CaseState.CallingBack] = "回访", [CaseState.Rectifying] = "整改",
        [CaseState.Replying] = "答复", [CaseState.FollowingUp] = "回访评价", [CaseState.Closed] = "办结",
    };

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}

internal sealed record BadRatingRow(string UnitCode, string UnitName, int Bad, int Closed, int OnTime, int Overdue, int Unresolved);

internal sealed record OpenCase(string UnitName, string Window, DateOnly Date, RatingLevel Level, CaseState State, bool Overdue, DateOnly RectifyDue);

using System.Globalization;
using Training.Attendance.Events;
using Training.Bulletins.Kinds;
using Training.Documents;
using Training.Organization;
using Training.SharedKernel.Events;

namespace Training.Attendance.Application.Board;

/// <summary>
/// 考勤月报通报: a hall's month per window unit — people, sessions, late, early, absent, off-post and leave days — ranked
/// by the sessions missed, the units with absences and off-post named, with a chart. The month must be closed (月结):
/// Bulletins drafts it when the hall's manager closes the month (<see cref="AttendanceMonthClosedBulletin"/>), and a
/// closed month prints the same every time.
/// </summary>
internal sealed class AttendanceBulletinKind(MonthlyReportService reports, IAttendanceMonthLock locks, IStructureIntegrationService structure)
    : IBulletinKind
{
    public const string Code = "attendance.monthly-report";

    public BulletinKindInfo Info { get; } = new(Code, "考勤月报通报", "Attendance monthly report", [BulletinPeriodKind.Month], [BulletinScope.Hall],
        NeedsClosedPeriod: true);

    public async Task<bool> IsPeriodClosedAsync(BulletinSubject subject, CancellationToken cancellationToken)
    {
        var p = subject.Period;
        var closed = await locks.GetClosedAsync([subject.HallId!.Value], p.Start, p.EndExclusive.AddDays(-1), cancellationToken);
        return closed.Contains((subject.HallId.Value, p.Year, p.Month!.Value));
    }

    public async Task<BulletinBody> ComposeAsync(BulletinSubject subject, CancellationToken cancellationToken)
    {
        var p = subject.Period;
        var hall = (await structure.GetHallsAsync([subject.HallId!.Value], cancellationToken)).Single();
        var units = (await reports.UnitsOfHallAsync(hall.Id, p.Year, p.Month!.Value, cancellationToken))
            .OrderByDescending(u => u.Counts.Absent + u.Counts.OffPost + u.Counts.Late)
            .ThenBy(u => u.UnitName ?? "", StringComparer.Ordinal).ToList();
        var title = $"关于{p.LabelZhHans}考勤情况的通报";
        return new BulletinBody(title, document => Compose(document, hall.Name, p, units));
    }

    private static void Compose(DocumentBuilder document, string hallName, BulletinPeriod period, List<UnitReportRowDto> units)
    {
        var t = Totals(units);
        document.Paragraph($"{period.LabelZhHans}，{hallName}共 {units.Count} 个窗口单位、{units.Sum(u => u.People)} 人参加考勤，"
            + $"应到 {t.Sessions} 个时段；迟到 {t.Late} 次（累计 {t.LateMinutes} 分钟），早退 {t.Early} 次，缺勤 {t.Absent} 次，"
            + $"脱岗 {t.OffPost} 次，请假 {N(units.Sum(u => u.Counts.LeaveDays))} 天。现将各窗口单位考勤情况通报如下。");
        document.Heading("一、各窗口单位考勤情况");
        var rank = units.Select((u, i) => (u, i)).ToDictionary(x => x.u, x => x.i + 1);
        document.Table(new TableSpec<UnitReportRowDto>
        {
            Rows = units,
            Zebra = true,
            Columns =
            [
                new("序号", u => I(rank[u]), ColumnAlign.Right),
                new("窗口单位", u => u.UnitName ?? "（未分单位）", Weight: 3),
                new("人数", u => I(u.People), ColumnAlign.Right),
                new("应到时段", u => I(u.Counts.Sessions), ColumnAlign.Right),
                new("迟到", u => I(u.Counts.Late), ColumnAlign.Right),
                new("早退", u => I(u.Counts.Early), ColumnAlign.Right),
                new("缺勤", u => I(u.Counts.Absent), ColumnAlign.Right),
                new("脱岗", u => I(u.Counts.OffPost), ColumnAlign.Right),
                new("请假（天）", u => N(u.Counts.LeaveDays), ColumnAlign.Right),
            ],
            TotalRow = ["", "合计", I(units.Sum(u => u.People)), I(t.Sessions), I(t.Late), I(t.Early), I(t.Absent), I(t.OffPost),
                N(units.Sum(u => u.Counts.LeaveDays))],
        });
        var named = units.Where(u => u.Counts.Absent > 0 || u.Counts.OffPost > 0).ToList();
        document.Heading("二、缺勤和脱岗情况");
        if (named.Count == 0) document.Paragraph("本月各窗口单位均无缺勤、脱岗。");
        else
            document.List(named.Select(u => $"{u.UnitName ?? "（未分单位）"}：缺勤 {u.Counts.Absent} 次，脱岗 {u.Counts.OffPost} 次，迟到 {u.Counts.Late} 次。"),
                ordered: true);
        if (units.Count > 0)
            document.BarChart(new ChartSpec("各窗口单位迟到、缺勤、脱岗次数", units.Select(u => u.UnitName ?? "—").ToList(),
            [
                new ChartSeries("迟到", units.Select(u => (double)u.Counts.Late).ToList()),
                new ChartSeries("缺勤", units.Select(u => (double)u.Counts.Absent).ToList()),
                new ChartSeries("脱岗", units.Select(u => (double)u.Counts.OffPost).ToList()),
            ], "0"));
        document.Heading("三、有关要求");
        document.Paragraph("请各窗口单位对照本通报认真查找原因，严格执行考勤和请销假制度；对缺勤、脱岗人员，由窗口负责人提醒谈话，纳入月度考核。");
    }

    private static ReportCountsDto Totals(List<UnitReportRowDto> units) => new(
        units.Sum(u => u.Counts.Sessions), units.Sum(u => u.Counts.Late), units.Sum(u => u.Counts.LateMinutes), units.Sum(u => u.Counts.Early),
        units.Sum(u => u.Counts.Absent), units.Sum(u => u.Counts.OffPost), units.Sum(u => u.Counts.OutWithoutLeave), 0, 0, []);

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>A closed month asks Bulletins for its attendance bulletin's draft (again after a reopen and a new close).</summary>
internal sealed class AttendanceMonthClosedBulletin(IBulletinRequests bulletins) : IEventHandler<AttendanceMonthClosedEto>
{
    public Task HandleAsync(AttendanceMonthClosedEto eto, CancellationToken cancellationToken) =>
        bulletins.RequestDraftAsync(AttendanceBulletinKind.Code,
            new BulletinSubject(BulletinScope.Hall, eto.HallId, BulletinPeriod.OfMonth(eto.Year, eto.Month)), cancellationToken);
}

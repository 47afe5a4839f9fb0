using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Training.Bulletins.Kinds;
using Training.Documents;
using Training.Learning.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Time;

namespace Training.Learning.Bulletins;

/// <summary>
/// 培训完成情况通报: per window unit of a hall (or of every hall, city-wide), for a month or a year — enrolments made in
/// the period, how many of them were completed by its end, the completion rate, exams sat and passed, and certificates
/// issued (pre-job among them) — ranked by completion rate, with a chart. Counted in SQL by the unit recorded when
/// people enrolled, sat or were certified; every active unit is listed, a unit without training with zeros. Only what
/// happened before the period's end counts, so a past period prints the same every time.
/// </summary>
internal sealed class TrainingBulletinKind(LearningDbContext db, IStructureIntegrationService structure) : IBulletinKind
{
    public const string Code = "learning.training-completion";

    public BulletinKindInfo Info { get; } = new(Code, "培训完成情况通报", "Training completion", [BulletinPeriodKind.Month, BulletinPeriodKind.Year],
        [BulletinScope.Hall, BulletinScope.City], NeedsClosedPeriod: false, DefaultCron: "0 8 1 * *");

    public Task<bool> IsPeriodClosedAsync(BulletinSubject subject, CancellationToken cancellationToken) => Task.FromResult(true);

    public async Task<BulletinBody> ComposeAsync(BulletinSubject subject, CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(subject, cancellationToken);
        var where = subject.Scope == BulletinScope.City ? "全市" : "";
        var title = $"关于{subject.Period.LabelZhHans}{where}培训完成情况的通报";
        return new BulletinBody(title, document => Compose(document, subject, rows));
    }

    /// <summary>One row per unit, ranked: completion rate, then enrolments, then the unit's code.</summary>
    internal async Task<List<TrainingRow>> RowsAsync(BulletinSubject subject, CancellationToken cancellationToken)
    {
        var start = BusinessDates.StartOfDayUtc(subject.Period.Start);
        var end = BusinessDates.StartOfDayUtc(subject.Period.EndExclusive);
        Guid[] halls = subject.HallId is { } h ? [h] : [];
        var all = halls.Length == 0;
        var enrolments = await db.Enrollments.AsNoTracking()
            .Where(e => (all || halls.Contains(e.HallId)) && e.EnrolledAt >= start && e.EnrolledAt < end && e.UnitId != null)
            .GroupBy(e => e.UnitId!.Value)
            .Select(g => new { Unit = g.Key, Enrolled = g.Count(), Completed = g.Count(e => e.CompletedAt != null && e.CompletedAt < end) })
            .ToDictionaryAsync(x => x.Unit, cancellationToken);
        var attempts = await db.Attempts.AsNoTracking()
            .Where(a => (all || halls.Contains(a.HallId)) && a.SubmittedAt >= start && a.SubmittedAt < end && a.UnitId != null)
            .GroupBy(a => a.UnitId!.Value)
            .Select(g => new { Unit = g.Key, Sat = g.Count(), Passed = g.Count(a => a.Passed == true) })
            .ToDictionaryAsync(x => x.Unit, cancellationToken);
        var certificates = await db.Certificates.AsNoTracking()
            .Where(c => (all || halls.Contains(c.HallId)) && c.IssuedOn >= subject.Period.Start && c.IssuedOn < subject.Period.EndExclusive
                        && c.UnitId != null && c.Source == CertificateSource.Earned)
            .GroupBy(c => c.UnitId!.Value)
            .Select(g => new { Unit = g.Key, Issued = g.Count(), PreJob = g.Count(c => c.Kind == CertificateKind.PreJob) })
            .ToDictionaryAsync(x => x.Unit, cancellationToken);
        var hallNames = (await structure.GetHallsAsync(all ? null : halls, cancellationToken)).ToDictionary(x => x.Id, x => x.Name);
        var units = (await structure.GetUnitsAsync(null, all ? null : halls, cancellationToken))
            .Where(u => u.IsActive || enrolments.ContainsKey(u.Id) || attempts.ContainsKey(u.Id) || certificates.ContainsKey(u.Id));
        return units.Select(u =>
            {
                var e = enrolments.GetValueOrDefault(u.Id);
                var a = attempts.GetValueOrDefault(u.Id);
                var c = certificates.GetValueOrDefault(u.Id);
                return new TrainingRow(u.Code, u.Name, hallNames.GetValueOrDefault(u.HallId) ?? "", e?.Enrolled ?? 0, e?.Completed ?? 0,
                    a?.Sat ?? 0, a?.Passed ?? 0, c?.Issued ?? 0, c?.PreJob ?? 0);
            })
            .OrderByDescending(r => r.Rate).ThenByDescending(r => r.Enrolled).ThenBy(r => r.UnitCode, StringComparer.Ordinal).ToList();
    }

    private static void Compose(DocumentBuilder document, BulletinSubject subject, List<TrainingRow> rows)
    {
        var enrolled = rows.Sum(r => r.Enrolled);
        var completed = rows.Sum(r => r.Completed);
        var city = subject.Scope == BulletinScope.City;
        document.Paragraph($"{subject.Period.LabelZhHans}，{(city ? "全市" : "本中心")} {rows.Count} 个窗口单位共参训 {enrolled} 人次，"
            + $"按期完成 {completed} 人次，完成率 {Percent(completed, enrolled)}；参加考试 {rows.Sum(r => r.Sat)} 人次，"
            + $"合格 {rows.Sum(r => r.Passed)} 人次；发放证书 {rows.Sum(r => r.Certificates)} 张，其中岗前培训合格证 {rows.Sum(r => r.PreJob)} 张。"
            + "现将各窗口单位培训完成情况按完成率排序通报如下。");
        document.Heading("一、各窗口单位培训完成情况");
        var rank = rows.Select((r, i) => (r, i)).ToDictionary(x => x.r, x => x.i + 1);
        List<TableColumn<TrainingRow>> columns =
        [
            new("名次", r => I(rank[r]), ColumnAlign.Right),
            new("窗口单位", r => r.UnitName, Weight: 3),
        ];
        if (city) columns.Add(new("所属中心", r => r.HallName, Weight: 2));
        columns.AddRange(
        [
            new("参训人次", r => I(r.Enrolled), ColumnAlign.Right),
            new("完成人次", r => I(r.Completed), ColumnAlign.Right),
            new("完成率", r => Percent(r.Completed, r.Enrolled), ColumnAlign.Right),
            new("考试合格", r => $"{I(r.Passed)}/{I(r.Sat)}", ColumnAlign.Right),
            new("发证", r => I(r.Certificates), ColumnAlign.Right),
            new("岗前合格证", r => I(r.PreJob), ColumnAlign.Right),
        ]);
        List<string> total = ["", "合计"];
        if (city) total.Add("");
        total.AddRange([I(enrolled), I(completed), Percent(completed, enrolled), $"{I(rows.Sum(r => r.Passed))}/{I(rows.Sum(r => r.Sat))}",
            I(rows.Sum(r => r.Certificates)), I(rows.Sum(r => r.PreJob))]);
        document.Table(new TableSpec<TrainingRow> { Rows = rows, Columns = columns, Zebra = true, TotalRow = total });
        var charted = rows.Where(r => r.Enrolled > 0).Take(20).ToList();
        if (charted.Count > 0)
            document.BarChart(new ChartSpec("各窗口单位培训完成率（%）", charted.Select(r => r.UnitName).ToList(),
                [new ChartSeries("完成率", charted.Select(r => Math.Round(r.Rate * 100, 1)).ToList())], "0.#"));
        var idle = rows.Where(r => r.Enrolled == 0).Select(r => r.UnitName).ToList();
        document.Heading("二、有关要求");
        if (idle.Count > 0) document.Paragraph($"{string.Join("、", idle)}本期无人参训，请抓紧组织。");
        document.Paragraph("请各窗口单位对照通报，督促未完成人员按期完成必修课程；新进窗口人员须经岗前培训合格后方可上岗。");
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Percent(int part, int whole) => whole == 0 ? "—" : (part / (double)whole).ToString("0.0%", CultureInfo.InvariantCulture);
}

internal sealed record TrainingRow(string UnitCode, string UnitName, string HallName, int Enrolled, int Completed, int Sat, int Passed,
    int Certificates, int PreJob)
{
    public double Rate => Enrolled == 0 ? 0 : Completed / (double)Enrolled;
}

using Microsoft.EntityFrameworkCore;
using Training.Bulletins.Kinds;
using Training.Documents;
using Training.Organization;
using Training.SharedKernel.Time;
using Training.Supervision.EntityFrameworkCore;
using static Training.Supervision.Bulletins.SupervisionBulletinTexts;

namespace Training.Supervision.Bulletins;

/// <summary>
/// 问题整改情况通报 (monthly, a hall or the city) naming the items 拖而不改 — overdue at the period's end
/// (<see cref="Domain.LedgerItem.WentOverdueOn"/> on or before it, or still open past its deadline) and not rectified by
/// then — and the items sent back in the period as 虚假整改 or 敷衍整改 (from the reviews, each with its reason), each
/// with its unit, title, deadline and mark. Everything is read as of the period's end from dates that do not move
/// (the first overdue day, the review's own deadline), so a closed period comes out the same each time.
/// </summary>
internal sealed class LedgerBulletinKind(SupervisionDbContext db, IStructureIntegrationService structure, TimeProvider clock) : IBulletinKind
{
    public const string Code = "supervision.ledger";

    public BulletinKindInfo Info { get; } = new(Code, "问题整改情况通报", "Rectification ledger bulletin", [BulletinPeriodKind.Month],
        [BulletinScope.Hall, BulletinScope.City], NeedsClosedPeriod: false, DefaultCron: "0 9 5 * *");

    public Task<bool> IsPeriodClosedAsync(BulletinSubject subject, CancellationToken cancellationToken) =>
        Task.FromResult(subject.Period.IsOverOn(clock.Today()));

    public async Task<BulletinBody> ComposeAsync(BulletinSubject subject, CancellationToken cancellationToken)
    {
        var lines = await ReadAsync(subject, cancellationToken);
        var where = subject.Scope == BulletinScope.City ? "全市" : "";
        return new BulletinBody($"关于{subject.Period.LabelZhHans}{where}问题整改情况的通报", document => Compose(document, subject, lines));
    }

    internal async Task<IReadOnlyList<NamedItem>> ReadAsync(BulletinSubject subject, CancellationToken cancellationToken)
    {
        var end = subject.Period.EndExclusive.AddDays(-1);
        var (start, until) = (BusinessDates.StartOfDayUtc(subject.Period.Start), BusinessDates.StartOfDayUtc(subject.Period.EndExclusive));
        var halls = await HallsAsync(structure, subject.HallId, cancellationToken);
        var items = db.LedgerItems.AsNoTracking().Where(l => halls.Contains(l.HallId));
        var overdue = await items
            .Where(l => l.OpenedOn <= end && (l.RectifiedOn == null || l.RectifiedOn > end)
                && (l.WentOverdueOn != null ? l.WentOverdueOn <= end
                    : (l.State == LedgerState.Open || l.State == LedgerState.InProgress || l.State == LedgerState.SentBack) && l.DueOn < end))
            .Select(l => new { l.UnitId, l.Title, Due = l.WentOverdueOn != null ? l.WentOverdueOn.Value.AddDays(-1) : l.DueOn, l.OpenedOn, l.Id })
            .ToListAsync(cancellationToken);
        var sentBack = await (from r in db.LedgerReviews
                              join l in items on r.ItemId equals l.Id
                              where r.Outcome == ReviewOutcome.SentBack && r.At >= start && r.At < until
                              select new { l.UnitId, l.Title, r.NewDueOn, r.Mark, r.Reason, r.At, r.Id }).ToListAsync(cancellationToken);

        var units = (await structure.GetUnitsAsync(overdue.Select(o => o.UnitId).Concat(sentBack.Select(s => s.UnitId)).Distinct().ToList(), null,
            cancellationToken)).ToDictionary(u => u.Id);
        string Unit(Guid id) => units.GetValueOrDefault(id)?.Name ?? "";
        return overdue.Select(o => new NamedItem(Unit(o.UnitId), o.Title, o.Due, Overdue, $"逾期 {I(end.DayNumber - o.Due.DayNumber)} 天未完成整改", o.OpenedOn, o.Id))
            .Concat(sentBack.Select(s => new NamedItem(Unit(s.UnitId), s.Title, s.NewDueOn, s.Mark is { } m ? Marks[m] : "", s.Reason ?? "",
                BusinessDates.LocalDate(s.At), s.Id)))
            .OrderBy(n => n.UnitName, StringComparer.Ordinal).ThenBy(n => n.Since).ThenBy(n => n.Id).ToList();
    }

    private static void Compose(DocumentBuilder document, BulletinSubject subject, IReadOnlyList<NamedItem> lines)
    {
        var groups = new[] { Overdue, Marks[SendBackMark.False], Marks[SendBackMark.Perfunctory] };
        document.Paragraph($"{subject.Period.LabelZhHans}，{(subject.Scope == BulletinScope.City ? "全市" : "本中心")}问题整改台账中"
            + string.Join("，", groups.Select(g => $"{g} {I(lines.Count(l => l.Mark == g))} 项")) + "。现将有关问题通报如下。");
        var headings = new[] { "一、拖而不改的问题", "二、虚假整改的问题", "三、敷衍整改的问题" };
        for (var i = 0; i < groups.Length; i++)
        {
            document.Heading(headings[i]);
            var named = lines.Where(l => l.Mark == groups[i]).ToList();
            if (named.Count == 0)
            {
                document.Paragraph("本期无。");
                continue;
            }
            document.Table(new TableSpec<NamedItem>
            {
                Rows = named,
                Columns =
                [
                    new("责任单位", l => l.UnitName, Weight: 2), new("问题", l => l.Title, Weight: 3),
                    new("整改时限", l => l.DueOn is { } d ? D(d) : "", Weight: 1.4f), new("定性", l => l.Mark, Weight: 1.2f),
                    new("理由", l => l.Reason, Weight: 3),
                ],
                Zebra = true,
            });
        }
        document.Heading("四、有关要求");
        document.Paragraph("请被通报单位逐项说明原因，限期整改到位并报送整改佐证；对虚假整改、敷衍整改的，将纳入“回头看”重点复查，并在考核中予以扣分。");
    }
}

/// <summary>A named item of the ledger bulletin: its unit, title, deadline, mark (拖而不改, 虚假整改 or 敷衍整改) and reason.</summary>
internal sealed record NamedItem(string UnitName, string Title, DateOnly? DueOn, string Mark, string Reason, DateOnly Since, Guid Id);

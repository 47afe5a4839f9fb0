using Microsoft.EntityFrameworkCore;
using Training.Bulletins.Kinds;
using Training.Contests.Application.Awards;
using Training.Contests.Domain;
using Training.Contests.EntityFrameworkCore;
using Training.Documents;
using Training.Organization;
using Training.SharedKernel.Time;

namespace Training.Contests.Bulletins;

/// <summary>
/// 技能大赛结果通报 (a hall's contests, or the city's): for each contest whose results were published in the month, its
/// award winners by tier — names, window unit, final score. Drafted when a contest is published (the publisher asks);
/// published results do not change, so the same month prints the same text.
/// </summary>
internal sealed class ContestResultsBulletinKind(ContestsDbContext db, IStaffIntegrationService staff, IStructureIntegrationService structure)
    : IBulletinKind
{
    public const string Code = "contests.results";

    public BulletinKindInfo Info { get; } = new(Code, "技能大赛结果通报", "Skill contest results bulletin", [BulletinPeriodKind.Month],
        [BulletinScope.Hall, BulletinScope.City], NeedsClosedPeriod: true);

    /// <summary>The contest's owner decides the bulletin's subject: its hall, or the city; the month of publication.</summary>
    public static BulletinSubject SubjectOf(Contest contest, DateOnly publishedOn) =>
        new(contest.OwnerHallId is null ? BulletinScope.City : BulletinScope.Hall, contest.OwnerHallId,
            BulletinPeriod.OfMonth(publishedOn.Year, publishedOn.Month));

    /// <summary>Published results are final: a month's bulletin may be drafted as soon as one contest in it is published.</summary>
    public Task<bool> IsPeriodClosedAsync(BulletinSubject subject, CancellationToken cancellationToken) => Task.FromResult(true);

    public async Task<BulletinBody> ComposeAsync(BulletinSubject subject, CancellationToken cancellationToken)
    {
        var (from, until) = (BusinessDates.StartOfDayUtc(subject.Period.Start), BusinessDates.StartOfDayUtc(subject.Period.EndExclusive));
        var contests = await db.Contests.AsNoTracking()
            .Where(c => c.State == ContestState.Published && c.OwnerHallId == subject.HallId && c.PublishedAt >= from && c.PublishedAt < until)
            .OrderBy(c => c.PublishedAt).ToListAsync(cancellationToken);
        var ids = contests.Select(c => c.Id).ToList();
        // Tiers are stored by name, so they are put in rank order here, not by the database.
        var awards = (await db.Awards.AsNoTracking().Where(a => ids.Contains(a.ContestId) && a.Tier != null).ToListAsync(cancellationToken))
            .OrderBy(a => a.Tier).ThenBy(a => a.Rank).ToList();
        var entryIds = awards.Select(a => a.EntryId).ToList();
        var members = await db.EntryMembers.AsNoTracking().Where(m => entryIds.Contains(m.EntryId)).ToListAsync(cancellationToken);
        var people = (await staff.GetByIdsAsync(members.Select(m => m.StaffId).Distinct().ToList(), cancellationToken)).ToDictionary(p => p.Id);
        var unitIds = people.Values.Where(p => p.UnitId is not null).Select(p => p.UnitId!.Value).Distinct().ToList();
        var units = unitIds.Count == 0 ? [] : (await structure.GetUnitsAsync(unitIds, cancellationToken: cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        var lines = awards.Select(a =>
        {
            var of = members.Where(m => m.EntryId == a.EntryId).Select(m => people.GetValueOrDefault(m.StaffId)).OfType<StaffSummary>().ToList();
            return new ResultLine(a.ContestId, AwardTierNames.Zh(a.Tier!.Value), string.Join("、", of.Select(p => p.Name)),
                string.Join("、", of.Select(p => p.UnitId is { } u ? units.GetValueOrDefault(u) ?? "" : "").Distinct()), a.FinalScore);
        }).ToList();
        var where = subject.Scope == BulletinScope.City ? "全市" : "";
        return new BulletinBody($"关于{subject.Period.LabelZhHans}{where}技能大赛结果的通报", document => Compose(document, subject, contests, lines));
    }

    private static void Compose(DocumentBuilder document, BulletinSubject subject, IReadOnlyList<Contest> contests, IReadOnlyList<ResultLine> lines)
    {
        document.Paragraph($"{subject.Period.LabelZhHans}，{(subject.Scope == BulletinScope.City ? "全市" : "本中心")}共发布 {contests.Count} 项技能大赛结果。"
            + "为弘扬工匠精神、以赛代训，现将获奖情况通报如下。");
        var numbers = new[] { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };
        for (var i = 0; i < contests.Count; i++)
        {
            document.Heading($"{(i < numbers.Length ? numbers[i] : (i + 1).ToString())}、{contests[i].Title}");
            var won = lines.Where(l => l.ContestId == contests[i].Id).ToList();
            if (won.Count == 0)
            {
                document.Paragraph("本项大赛未评出奖项。");
                continue;
            }
            document.Table(new TableSpec<ResultLine>
            {
                Rows = won,
                Columns =
                [
                    new("奖项", l => l.Tier, Weight: 1.2f), new("获奖人员", l => l.Names, Weight: 3), new("所在单位", l => l.Units, Weight: 3),
                    new("总分", l => l.Score.ToString("0.00"), ColumnAlign.Right, 1.2f),
                ],
                Zebra = true,
            });
        }
        document.Paragraph("希望获奖人员再接再厉，各单位以赛促学、以赛促练，不断提升窗口服务能力。");
    }

    private sealed record ResultLine(Guid ContestId, string Tier, string Names, string Units, double Score);
}

using Microsoft.EntityFrameworkCore;
using Training.Organization;
using Training.Ratings.Application.Common;
using Training.Ratings.Domain;
using Training.Ratings.EntityFrameworkCore;
using Training.SharedKernel.Data;
using Training.SharedKernel.Time;

namespace Training.Ratings.Seeding;

/// <summary>
/// Demo ratings so the dashboard, the workbench and the public page are alive: the demo hall's (市政务服务中心) matter
/// catalogue, its units' surveys of the last three periods, its window holders' service records of the last three
/// months, and about three months of ratings at its windows (mostly good; some bad, their cases taken through the
/// loop's own methods to different steps, two of them overdue). Deterministic (a fixed seed), only with demo data,
/// only once.
/// </summary>
internal sealed class RatingsDemoDataSeeder(
    RatingsDbContext db, IStructureIntegrationService structure, IStaffIntegrationService staff, IWorkCalendar calendar,
    CaseDeadlines deadlines, UnitOfWork unitOfWork, TimeProvider clock) : IDataSeeder
{
    public const string HallCode = "SZX";
    public const string EventPrefix = "DEMO-";
    public const string SourceKey = "demo";

    /// <summary>Working days of ratings, up to yesterday.</summary>
    public const int Days = 60;

    private static readonly string[] Comments = ["办事很快，态度很好", "工作人员耐心解答", "材料一次说清楚了", "等候时间有点长", "窗口人员讲解清楚"];
    private static readonly string[] BadComments = ["等了一个多小时才办上", "材料要求前后说法不一致", "工作人员态度冷淡", "跑了两趟还没办成"];

    private static readonly Dictionary<string, string[]> MatterNames = new()
    {
        ["ZH"] = ["综合受理咨询", "证明材料开具", "证照寄递服务"],
        ["SJ"] = ["企业设立登记", "企业变更登记", "个体工商户登记"],
        ["GA"] = ["居民身份证办理", "户口迁移", "出入境证件办理"],
        ["RS"] = ["社会保险参保登记", "失业保险金申领", "职业资格证书补办"],
        ["BDC"] = ["不动产转移登记", "不动产抵押登记", "不动产权证书补换"],
        ["SW"] = ["发票领用", "税务登记信息变更", "个人所得税汇算咨询"],
        ["YB"] = ["医保关系转移接续", "异地就医备案", "医疗费用报销"],
    };

    public int Order => 450;

    public async Task SeedAsync(SeedOptions options, CancellationToken cancellationToken)
    {
        if (!options.Demo || await db.Ratings.AnyAsync(r => r.SourceKey == SourceKey, cancellationToken)) return;
        var hall = (await structure.GetHallsAsync(null, cancellationToken)).FirstOrDefault(h => h.Code == HallCode);
        if (hall is null) return;
        var units = (await structure.GetUnitsAsync(null, [hall.Id], cancellationToken)).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var windows = (await structure.GetWindowsAsync(null, units.Select(u => u.Id).ToList(), cancellationToken))
            .Where(w => w.IsActive).OrderBy(w => w.Code, StringComparer.Ordinal).ToList();
        var people = (await staff.SearchAsync(new StaffSearch(), cancellationToken)).Where(p => p.HallId == hall.Id).ToList();
        var holders = people.Where(p => p.WindowId is not null).GroupBy(p => p.WindowId!.Value)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.StaffNumber, StringComparer.Ordinal).ToList());
        var handler = people.FirstOrDefault(p => p.StaffNumber == "S0001" && p.UserId is not null);
        var tags = await db.Tags.OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);
        var today = clock.Today();
        var random = new Random(2026_13);

        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var matters = AddMatters(hall.Id, units);
        AddSurveys(hall.Id, units, today, random);
        AddServiceRecords(holders.Values.SelectMany(h => h).ToList(), today, random);
        await db.SaveChangesAsync(cancellationToken);

        var days = (await calendar.GetWorkingDaysAsync(today.AddDays(-Days * 2), today.AddDays(-1), cancellationToken)).Order().TakeLast(Days).ToList();
        var ratings = new List<Rating>();
        var index = 0;
        foreach (var day in days)
            foreach (var window in windows)
            {
                if (!holders.TryGetValue(window.Id, out var atWindow)) continue;
                for (var n = random.Next(0, 4); n > 0; n--)
                    ratings.Add(AddRating(hall, window, atWindow[random.Next(atWindow.Count)], day, ++index, matters, tags, random));
            }
        await db.SaveChangesAsync(cancellationToken);
        await AddCasesAsync(ratings.Where(r => r.IsBad).OrderBy(r => r.RatedAt).ToList(), handler, today, cancellationToken);
        await transaction.CommitAsync();
    }

    private Dictionary<Guid, List<Matter>> AddMatters(Guid hallId, IReadOnlyList<UnitInfo> units)
    {
        var byUnit = new Dictionary<Guid, List<Matter>>();
        foreach (var unit in units)
        {
            var names = MatterNames.GetValueOrDefault(unit.Code) ?? [$"{unit.Name}业务办理", $"{unit.Name}咨询"];
            byUnit[unit.Id] = names.Select((name, i) => new Matter(Guid.NewGuid(), hallId, unit.Id, $"{unit.Code}-{i + 1:000}", name, unit.Name)).ToList();
            db.Matters.AddRange(byUnit[unit.Id]);
        }
        return byUnit;
    }

    private void AddSurveys(Guid hallId, IReadOnlyList<UnitInfo> units, DateOnly today, Random random)
    {
        // The last three periods that are over.
        var period = SurveyResult.PeriodOf(today.Month);
        var year = today.Year;
        for (var k = 0; k < 3; k++)
        {
            (year, period) = period == 1 ? (year - 1, 6) : (year, period - 1);
            foreach (var unit in units)
            {
                var survey = new SurveyResult(Guid.NewGuid(), hallId, unit.Id, year, period);
                var score = Math.Round(88 + random.NextDouble() * 10, 1);
                survey.Update(score, 80 + random.Next(80), "某某调查咨询有限公司", "希望延长午间服务时间；部分事项材料清单可进一步精简。",
                    new Dictionary<string, double>
                    {
                        ["服务态度"] = Math.Min(100, Math.Round(score + random.NextDouble() * 3, 1)),
                        ["办事效率"] = Math.Round(score - random.NextDouble() * 3, 1),
                        ["服务环境"] = Math.Round(score + random.NextDouble() * 2 - 1, 1),
                    });
                db.Surveys.Add(survey);
            }
        }
    }

    private void AddServiceRecords(IReadOnlyList<StaffSummary> holders, DateOnly today, Random random)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        for (var k = 1; k <= 3; k++)
        {
            var month = today.AddMonths(-k);
            foreach (var person in holders.Where(p => p.UnitId is not null))
            {
                var record = new ServiceRecord(Guid.NewGuid(), person.HallId, person.UnitId!.Value, person.Id, month.Year, month.Month);
                var volume = 120 + random.Next(180);
                record.Update(person.UnitId.Value, volume, volume - random.Next(0, 6), now);
                db.ServiceRecords.Add(record);
            }
        }
    }

    private Rating AddRating(HallInfo hall, WindowInfo window, StaffSummary person, DateOnly day, int index,
        Dictionary<Guid, List<Matter>> matters, List<IndicatorTag> tags, Random random)
    {
        var roll = random.Next(100);
        var level = roll < 62 ? RatingLevel.VerySatisfied : roll < 88 ? RatingLevel.Satisfied : roll < 96 ? RatingLevel.Basic
            : roll < 99 ? RatingLevel.Dissatisfied : RatingLevel.VeryDissatisfied;
        var bad = RatingsConsts.IsBad(level);
        var realName = bad ? random.Next(3) > 0 : random.Next(10) == 0;
        var ratedAt = BusinessDates.StartOfDayUtc(day, hall.TimeZone).AddHours(9 + random.Next(8)).AddMinutes(random.Next(60));
        var unitMatters = matters.GetValueOrDefault(window.UnitId) ?? [];
        var matter = unitMatters.Count == 0 ? null : unitMatters[random.Next(unitMatters.Count)];
        var comment = bad ? BadComments[random.Next(BadComments.Length)] : random.Next(4) == 0 ? Comments[random.Next(Comments.Length)] : null;
        var rating = new Rating(Guid.NewGuid(), hall.Id, window.UnitId, window.Id, matter?.Id, RatingChannel.Pad, SourceKey,
            $"{EventPrefix}{index:000000}", $"DEMO{day:yyyyMMdd}{index:000000}", level, comment, ratedAt, day, ratedAt.AddSeconds(2),
            realName ? RaterKind.Person : RaterKind.Anonymous, realName, person.Id, Attribution.Assignment, null);
        db.Ratings.Add(rating);
        foreach (var tag in tags.Where(t => t.IsActive).OrderBy(_ => random.Next()).Take(random.Next(0, 3)))
            db.RatingTags.Add(new RatingTag(rating.Id, tag.Id));
        if (realName)
            db.Raters.Add(new RatingRater(rating.Id, DemoSurnames[index % DemoSurnames.Length] + "先生", $"139{index % 100_000_000:00000000}", null, null));
        return rating;
    }

    private static readonly string[] DemoSurnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄"];

    /// <summary>
    /// A case per bad rating, through the loop's own steps by age: the older ones closed (one as mistaken), two left
    /// overdue at rectification, the last few still waiting at verification, callback, reply or follow-up.
    /// </summary>
    private async Task AddCasesAsync(List<Rating> bad, StaffSummary? handler, DateOnly today, CancellationToken cancellationToken)
    {
        if (bad.Count == 0) return;
        var due = await deadlines.ComputeAsync(bad.Select(r => (r.HallId, r.Date)).Distinct().ToList(), cancellationToken);
        var hours = TimeSpan.FromHours(2);
        for (var i = 0; i < bad.Count; i++)
        {
            var r = bad[i];
            var d = due[(r.HallId, r.Date)];
            var c = new BadRatingCase(Guid.NewGuid(), r.Id, r.HallId, r.UnitId, r.WindowId, r.StaffId, r.IsRealName, r.ReceivedAt, r.Date, d.Callback, d.Rectify);
            db.Cases.Add(c);
            var fromEnd = bad.Count - 1 - i;
            if (fromEnd < 2) continue; // just arrived: waiting for verification
            if (handler is not null) c.TakeOver(handler.UserId!.Value, handler.Name);
            var at = r.RatedAt + hours;
            if (fromEnd == 6)
            {
                c.Verify(CaseVerdict.Mistaken, "经核实，群众误按评价键，已电话确认。", at);
                continue;
            }
            c.Verify(CaseVerdict.Real, "经调取录像核实，情况属实。", at);
            if (fromEnd == 2 && c.State == CaseState.CallingBack) continue; // waiting for the callback
            var calledBack = d.Callback.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
            if (c.State == CaseState.CallingBack) c.CallBack("已电话回访群众，说明情况并致歉。", calledBack, d.Callback);
            if (fromEnd is 3 or 4 && d.Rectify < today) continue; // overdue at rectification
            var rectified = d.Rectify.AddDays(-1) > r.Date ? d.Rectify.AddDays(-1) : d.Rectify;
            c.Rectify("已对窗口人员进行批评教育，优化了材料一次性告知清单。", rectified.ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc), rectified);
            if (fromEnd == 5) continue; // waiting for the reply
            var replied = rectified.ToDateTime(new TimeOnly(6, 0), DateTimeKind.Utc);
            c.Answer("感谢您的监督。我们已对相关问题进行整改，欢迎再次评价我们的服务。", replied, Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()),
                replied.AddDays(15));
            if (fromEnd == 7) continue; // waiting for the follow-up
            if (r.IsRealName)
                db.FollowUps.Add(new FollowUpEvaluation(Guid.NewGuid(), c.Id, RatingLevel.Satisfied, "整改后满意", FollowUpSource.Handler,
                    handler?.UserId, replied.AddHours(2)));
            c.Close(replied.AddHours(3), r.IsRealName, Guid.NewGuid());
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}

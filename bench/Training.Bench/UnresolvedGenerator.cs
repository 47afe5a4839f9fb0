using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Identity;
using Training.Organization;
using Training.Organization.Domain;
using Training.Organization.EntityFrameworkCore;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Data;
using Training.Supervision;
using Training.Unresolved;
using Training.Unresolved.Domain;
using Training.Unresolved.EntityFrameworkCore;

namespace Training.Bench;

/// <summary>
/// A city's year of 办不成事 cases on top of a generated city (<see cref="ProvinceGenerator"/>), through the domain model:
/// a guide on the roster of every hall and day, the receivers (the city's departments, three departments not stationed
/// in any hall, the township halls, 市便民服务中心), and <c>cases</c> cases spread over the halls and the year's working
/// days, each taken as far as its age allows — classified by the seed's shares of categories, answered at the window,
/// conferred on, sent to a complaint check (a real one, in Supervision), or transferred and answered (some late), then
/// followed up (one in ten unsatisfied, escalated and answered), closed. Recent cases are still open with their deadlines.
/// Accounts for the bench: the first hall's guide and the liaison of 市自然资源和规划局 (written to
/// <c>&lt;file&gt;.unresolved.json</c>). Deterministic but for the day it is run.
/// </summary>
internal sealed class UnresolvedGenerator(IServiceProvider services)
{
    private const int Batch = 500;
    private static readonly string[] Matters = ["企业开办变更登记", "不动产转移登记", "社保关系转移", "公积金提取", "医保异地备案", "建设工程规划许可",
        "食品经营许可", "户籍迁入", "税务注销", "道路运输证换发", "排水许可", "二手房交易资金监管"];
    private static readonly string[] Problems = ["窗口要求重复提交材料", "线上线下办事指南不一致", "多次往返仍未办成", "找不到受理部门",
        "事项未进驻中心无处办理", "审批时限超出承诺", "窗口告知口径前后不一"];
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];
    private static readonly CaseCategory[] Categories =
    [
        CaseCategory.General, CaseCategory.General, CaseCategory.General, CaseCategory.General, CaseCategory.Complex, CaseCategory.Complex,
        CaseCategory.NonStandardService, CaseCategory.NotStationed, CaseCategory.NotStationed, CaseCategory.UnclearAuthority,
    ];

    private readonly DateTime _now = DateTime.UtcNow;
    private readonly TimeZoneInfo _shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public async Task<(int Cases, int Transfers)> GenerateAsync(string file, int caseCount)
    {
        var random = new Random(2026_1503);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(_now, _shanghai));
        var days = Enumerable.Range(0, 366).Select(d => today.AddDays(-d)).Where(Working).Order().ToList();
        var city = await ReadCityAsync();
        var guides = city.Halls.ToDictionary(h => h.Id, h => city.People.Where(p => p.HallId == h.Id).OrderBy(p => p.Number).Skip(2).First());
        var accounts = await AccountsAsync(file, city, guides[city.Halls[0].Id]);
        var receivers = await ReceiversAsync(city, accounts);

        await SaveAsync(db => db.GuideDuties.AddRange(city.Halls.SelectMany(h => Enumerable.Range(0, 396).Select(d => today.AddDays(30 - d))
            .Select(d => new GuideDuty(Guid.CreateVersion7(), h.Id, d, guides[h.Id].Id, guides[h.Id].Name)))));

        var serials = new Dictionary<(Guid, int), int>();
        var cases = new List<UnresolvedCase>(caseCount);
        var transfers = 0;
        // Half the cases at the city centre (the first hall), the rest spread over the others, as a city's load is.
        foreach (var (day, i) in Enumerable.Range(0, caseCount).Select(i => (days[random.Next(days.Count)], i)).OrderBy(x => x.Item1).ThenBy(x => x.i))
        {
            var hall = i % 2 == 0 ? city.Halls[0] : city.Halls[1 + random.Next(city.Halls.Count - 1)];
            var serial = serials[(hall.Id, day.Year)] = serials.GetValueOrDefault((hall.Id, day.Year)) + 1;
            var window = random.Next(10) < 8 ? city.Windows.Where(w => w.HallId == hall.Id).ElementAt(random.Next(30)) : null;
            var desk = city.People.First(p => p.HallId == hall.Id);
            var at = At(day, 9 * 60 + random.Next(7 * 60));
            var guide = guides[hall.Id];
            var c = new UnresolvedCase(Guid.CreateVersion7(), hall.Id, hall.Code, serial,
                new CaseComplainant(ComplainantKind.Person, $"{Surnames[random.Next(Surnames.Length)]}先生", $"139{random.Next(10_000_000, 99_999_999)}", null),
                (IntakeChannel)random.Next(3), Matters[random.Next(Matters.Length)], window?.UnitId, window?.Id,
                Problems[random.Next(Problems.Length)] + "，请求协调解决。", new CaseActor(accounts.DeskUserId, desk.Name, at, day), guide.Id, guide.Name);
            transfers += await AdvanceAsync(c, window, receivers, accounts, today, random);
            c.ClearEvents(); // generated history is not news: nothing for the outbox to deliver
            cases.Add(c);
            if (cases.Count == Batch)
            {
                await SaveAsync(db => db.Cases.AddRange(cases));
                cases.Clear();
            }
        }
        await SaveAsync(db => db.Cases.AddRange(cases));
        return (caseCount, transfers);
    }

    /// <summary>Takes a case through its steps, each a few working hours or days after the one before, while that is not in the future.</summary>
    private async Task<int> AdvanceAsync(UnresolvedCase c, CityWindow? window, List<BenchReceiver> receivers, BenchAccounts accounts, DateOnly today,
        Random random)
    {
        var guide = new Actor(accounts.GuideUserId, c.GuideName ?? "巡导员");
        var desk = new Actor(accounts.DeskUserId, c.RecordedByName);
        var section = new Actor(accounts.GuideUserId, "效能督查科");
        var clock = c.ReceivedAt;
        CaseActor Step(Actor who, int minutes, int days = 0)
        {
            var day = AddWorkingDays(Local(clock), days);
            clock = days == 0 ? clock.AddMinutes(minutes) : At(day, 9 * 60 + minutes);
            return new CaseActor(who.UserId, who.Name, clock, Local(clock));
        }
        bool Past(CaseActor by) => by.At <= _now;

        if (random.Next(100) < 5)
        {
            c.NotAccept((NotAcceptedReason)random.Next(4), "已向诉求人说明该事项不属于受理范围及其反映途径。", Step(guide, 20), Guid.NewGuid());
            return 0;
        }
        var classify = Step(guide, 30);
        if (!Past(classify)) return 0;
        var category = Categories[random.Next(Categories.Length)];
        if (window is null && category is CaseCategory.General or CaseCategory.Complex or CaseCategory.NonStandardService) category = CaseCategory.NotStationed;
        c.Classify(category, null, AddWorkingDays(c.ReceivedOn, 5), classify);
        var transferred = 0;
        switch (category)
        {
            case CaseCategory.General:
                var answer = Step(guide, 60 + random.Next(180), random.Next(12) == 0 ? 1 : 0);
                if (!Past(answer)) return 0;
                c.RecordWindowAnswer("窗口已一次性告知所需材料，当场受理。", answer);
                break;
            case CaseCategory.Complex:
                var reply = Step(desk, 90);
                if (!Past(reply)) return 0;
                c.RecordFirstReply("已告知诉求人正在组织一事一议。", reply);
                var conference = Step(guide, 60, random.Next(3));
                if (!Past(conference)) return 0;
                c.RecordConference(["业务协调科", "效能督查科", "政策法规科"], "通过告知承诺方式容缺受理。", conference);
                break;
            case CaseCategory.NonStandardService:
                var opened = Step(section, 60);
                if (!Past(opened)) return 0;
                var inspection = await ComplaintCheckAsync(c, opened.On);
                c.ComplaintCheckOpened(inspection, "窗口未履行一次性告知，启动投诉核查。", opened);
                break;
            default:
                var receiver = category == CaseCategory.UnclearAuthority ? receivers.First(r => r.Kind == ReceiverKind.ConvenienceCentre)
                    : random.Next(10) < 4 ? receivers.First(r => r.Liaison) : receivers.Where(r => r.Kind != ReceiverKind.ConvenienceCentre).ElementAt(random.Next(receivers.Count - 1));
                var transfer = Step(guide, 45);
                if (!Past(transfer)) return 0;
                var slip = c.Transfer(receiver.Id, receiver.Name, receiver.Kind, receiver.DepartmentId is { } d && d == window?.DepartmentId,
                    "请于时限内联系诉求人并反馈处办结果。", AddWorkingDays(transfer.On, 3), transfer);
                transferred = 1;
                var firstReply = Step(desk, 30);
                if (!Past(firstReply)) return transferred;
                c.RecordFirstReply("已告知诉求人事项已转相关部门处办。", firstReply);
                var answered = Step(new Actor(accounts.LiaisonUserId, "联络员"), 120, 1 + random.Next(random.Next(8) == 0 ? 6 : 3));
                if (!Past(answered)) return transferred;
                c.AnswerTransfer(slip.Id, "已联系诉求人并协调办理完毕。", AddWorkingDays(answered.On, 5), answered);
                break;
        }
        var followUp = Step(desk, 60, 1 + random.Next(random.Next(10) == 0 ? 8 : 4));
        if (!Past(followUp)) return transferred;
        var satisfied = random.Next(10) != 0;
        c.RecordFollowUp(satisfied, satisfied ? "回访满意。" : "诉求人对处理结果不满意。", AddWorkingDays(followUp.On, 2), followUp, Guid.NewGuid());
        if (satisfied) return transferred;
        var escalation = Step(section, 120, 1 + random.Next(3));
        if (!Past(escalation)) return transferred;
        c.AnswerEscalation(CaseOutcome.Resolved, "效能督查科会同部门分析问题，已回应诉求。", escalation, Guid.NewGuid());
        return transferred;
    }

    private async Task<Guid> ComplaintCheckAsync(UnresolvedCase c, DateOnly on)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISupervisionIntegrationService>().OpenComplaintCheckAsync(
            new ComplaintCheckRequest(c.HallId, c.UnitId, c.WindowId, null, c.Number, $"{c.Matter}：{c.Description}", on));
    }

    private sealed record Actor(Guid UserId, string Name);

    private sealed record CityHall(Guid Id, string Code, HallKind Kind, string Name);

    private sealed record CityWindow(Guid Id, Guid HallId, Guid UnitId, Guid? DepartmentId);

    private sealed record CityPerson(Guid Id, string Number, string Name, Guid HallId, Guid? UnitId);

    private sealed record City(List<CityHall> Halls, List<CityWindow> Windows, List<CityPerson> People, List<(Guid Id, string Name)> Departments);

    private sealed record BenchReceiver(Guid Id, string Name, ReceiverKind Kind, Guid? DepartmentId, bool Liaison);

    private sealed record BenchAccounts(Guid GuideUserId, Guid DeskUserId, Guid LiaisonUserId, string LiaisonUserName, string LiaisonName);

    private async Task<City> ReadCityAsync()
    {
        await using var scope = services.CreateAsyncScope();
        var org = scope.ServiceProvider.GetRequiredService<OrganizationDbContext>();
        var halls = (await org.Halls.AsNoTracking().OrderBy(h => h.Code).Select(h => new { h.Id, h.Code, h.Kind, h.Name }).ToListAsync())
            .Select(h => new CityHall(h.Id, h.Code, h.Kind, h.Name)).ToList();
        var windows = await (from w in org.Windows.AsNoTracking()
                             join u in org.Units on w.UnitId equals u.Id
                             orderby w.Code
                             select new CityWindow(w.Id, w.HallId, w.UnitId, u.DepartmentId)).ToListAsync();
        var people = await org.Staff.AsNoTracking().OrderBy(s => s.StaffNumber)
            .Select(s => new CityPerson(s.Id, s.StaffNumber, s.Name, s.HallId, s.UnitId)).ToListAsync();
        var departments = (await org.Departments.AsNoTracking().OrderBy(d => d.Name).Select(d => new { d.Id, d.Name }).ToListAsync())
            .Select(d => (d.Id, d.Name)).ToList();
        return new City(halls, windows, people, departments);
    }

    /// <summary>
    /// The first hall's guide (on its roster every day, with the hall in their Halls scope as an inspector has), the
    /// desk staff member who records its cases, and a liaison — a person of the last hall — for 市自然资源和规划局.
    /// </summary>
    private async Task<BenchAccounts> AccountsAsync(string file, City city, CityPerson guide)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var org = sp.GetRequiredService<OrganizationDbContext>();
        var desk = city.People.First(p => p.HallId == city.Halls[0].Id);
        var liaison = city.People.Last();
        await using var transaction = await sp.GetRequiredService<UnitOfWork>().BeginAsync();
        var made = (await sp.GetRequiredService<IUserAccountIntegrationService>().EnsureAccountsAsync(
            [new AccountRequest(guide.Number, guide.Name, guide.Id, [RoleNames.Staff, RoleNames.HallGuide]),
             new AccountRequest(desk.Number, desk.Name, desk.Id, [RoleNames.Staff]),
             new AccountRequest(liaison.Number, liaison.Name, liaison.Id, [RoleNames.Liaison])],
            new AccountPasswordPolicy(MustChangePassword: false, SharedPassword: ProvinceGenerator.AdminPassword))).ToDictionary(a => a.StaffId);
        foreach (var person in await org.Staff.Where(s => s.Id == guide.Id || s.Id == desk.Id || s.Id == liaison.Id).ToListAsync())
        {
            person.LinkUser(made[person.Id].UserId);
            person.ClearEvents();
        }
        org.HallManagers.Add(new HallManager { HallId = city.Halls[0].Id, StaffId = guide.Id });
        await org.SaveChangesAsync();
        await transaction.CommitAsync();
        await File.WriteAllTextAsync(file + ".unresolved.json", JsonSerializer.Serialize(new
        {
            guide = guide.Number, liaison = liaison.Number, password = ProvinceGenerator.AdminPassword, hallId = city.Halls[0].Id,
        }));
        return new BenchAccounts(made[guide.Id].UserId, made[desk.Id].UserId, made[liaison.Id].UserId, liaison.Number, liaison.Name);
    }

    /// <summary>The city's departments, three not stationed anywhere (the first with the bench liaison), the townships, 市便民服务中心.</summary>
    private async Task<List<BenchReceiver>> ReceiversAsync(City city, BenchAccounts accounts)
    {
        var outside = new[] { "市自然资源和规划局", "市住房和城乡建设局", "市水务局" }.Select(n => new Department(Guid.NewGuid(), n)).ToList();
        await using (var scope = services.CreateAsyncScope())
        {
            var org = scope.ServiceProvider.GetRequiredService<OrganizationDbContext>();
            org.Departments.AddRange(outside);
            await org.SaveChangesAsync();
        }
        var receivers = outside.Select((d, i) => new Receiver(Guid.NewGuid(), ReceiverKind.Department, d.Name, d.Id, null)).ToList();
        receivers[0].SetLiaisons([(accounts.LiaisonUserId, accounts.LiaisonUserName, accounts.LiaisonName, "0512-52000000")]);
        receivers.AddRange(city.Departments.Select(d => new Receiver(Guid.NewGuid(), ReceiverKind.Department, d.Name, d.Id, null)));
        receivers.AddRange(city.Halls.Where(h => h.Kind == HallKind.Township).Select(h => new Receiver(Guid.NewGuid(), ReceiverKind.Township, h.Name, null, h.Id)));
        receivers.Add(new Receiver(Guid.NewGuid(), ReceiverKind.ConvenienceCentre, "市便民服务中心", null, null));
        await SaveAsync(db => db.Receivers.AddRange(receivers));
        return receivers.Select((r, i) => new BenchReceiver(r.Id, r.Name, r.Kind, r.DepartmentId, i == 0)).ToList();
    }

    private DateTime At(DateOnly day, int minuteOfDay) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(minuteOfDay / 60 % 24, minuteOfDay % 60)), _shanghai);

    private DateOnly Local(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, _shanghai));

    private static bool Working(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    private static DateOnly AddWorkingDays(DateOnly start, int count)
    {
        var day = start;
        while (count > 0)
        {
            day = day.AddDays(1);
            if (Working(day)) count--;
        }
        return day;
    }

    private async Task SaveAsync(Action<UnresolvedDbContext> add)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UnresolvedDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        add(db);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
    }
}

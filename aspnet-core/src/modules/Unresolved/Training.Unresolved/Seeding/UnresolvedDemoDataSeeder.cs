using Microsoft.EntityFrameworkCore;
using Training.Identity;
using Training.Organization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Time;
using Training.Supervision;
using Training.Unresolved.Application.Common;
using Training.Unresolved.Domain;
using Training.Unresolved.EntityFrameworkCore;

namespace Training.Unresolved.Seeding;

/// <summary>
/// Demo 办不成事 data for 市政务服务中心 (SZX): the receivers (departments not stationed there and 市自然资源和规划局, two
/// townships, 市便民服务中心) with the demo liaison on 市住房和城乡建设局; the guide S0013 on duty every working day from
/// ten weeks back to six weeks ahead; and twenty cases in every state, recorded by S0004 at the window, handled by the guide
/// and 效能督查科 (S0001) through the domain's methods, with their deadlines on the work calendar. Only with demo data,
/// only on an empty module, after Supervision's demo data (a 服务不规范 case opens a complaint check there).
/// </summary>
internal sealed class UnresolvedDemoDataSeeder(
    UnresolvedDbContext db, IStructureIntegrationService structure, IStaffIntegrationService staff, IUserAccountIntegrationService accounts,
    ISupervisionIntegrationService supervision, IWorkCalendar calendar, UnresolvedDeadlines deadlines, UnitOfWork unitOfWork, TimeProvider clock)
    : IDataSeeder
{
    public const string HallCode = "SZX";
    public const string GuideNumber = "S0013";
    public const string DeskNumber = "S0004";
    public const string ManagerNumber = "S0001";
    public const string LiaisonUserName = "liaison";
    public const string LiaisonDepartment = "市住房和城乡建设局";

    public int Order => 540;

    public async Task SeedAsync(SeedOptions options, CancellationToken cancellationToken)
    {
        if (!options.Demo || await db.Receivers.AnyAsync(cancellationToken)) return;
        var hall = (await structure.GetHallsAsync(null, cancellationToken)).FirstOrDefault(h => h.Code == HallCode);
        var people = await staff.GetByStaffNumbersAsync([GuideNumber, DeskNumber, ManagerNumber], DataScope.Everything, cancellationToken);
        var liaison = (await accounts.FindByUserNamesAsync([LiaisonUserName], cancellationToken)).FirstOrDefault();
        if (hall is null || liaison is null || people.Count(p => p.UserId is not null) < 3) return;
        DemoActor Person(string number)
        {
            var p = people.Single(x => x.StaffNumber == number);
            return new DemoActor(p.UserId!.Value, p.Id, p.Name);
        }
        var (guide, desk, manager) = (Person(GuideNumber), Person(DeskNumber), Person(ManagerNumber));
        var units = await structure.GetUnitsAsync(null, [hall.Id], cancellationToken);
        var windows = await structure.GetWindowsAsync(null, units.Select(u => u.Id).ToList(), cancellationToken);
        var departments = await structure.GetDepartmentsAsync(null, cancellationToken);
        var township = (await structure.GetHallsAsync(null, cancellationToken)).FirstOrDefault(h => h.Code == "CGJD");

        var today = clock.Today(hall.TimeZone);
        var working = (await calendar.GetWorkingDaysAsync(today.AddDays(-70), today.AddDays(42), cancellationToken)).Order().ToList();

        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var receivers = AddReceivers(units, departments, township, liaison);
        db.GuideDuties.AddRange(working.Select(d => new GuideDuty(Guid.NewGuid(), hall.Id, d, guide.StaffId, guide.Name)));
        await db.SaveChangesAsync(cancellationToken);

        var world = new DemoCases(hall, units, windows, receivers, guide, desk, manager, new DemoActor(liaison.UserId, Guid.Empty, "住建局联络员 周建华"),
            working.Where(d => d <= today).ToList(), deadlines, supervision);
        foreach (var @case in await world.BuildAsync(cancellationToken)) db.Cases.Add(@case);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync();
    }

    private Dictionary<string, Receiver> AddReceivers(IReadOnlyList<UnitInfo> units, IReadOnlyList<DepartmentInfo> departments, HallInfo? township,
        AccountRef liaison)
    {
        var stationed = units.Select(u => u.DepartmentId).OfType<Guid>().ToHashSet();
        var receivers = new Dictionary<string, Receiver>();
        foreach (var department in departments.Where(d => !stationed.Contains(d.Id) || d.Name == "市自然资源和规划局"))
            receivers[department.Name] = new Receiver(Guid.NewGuid(), ReceiverKind.Department, department.Name, department.Id, null);
        receivers["城关街道"] = new Receiver(Guid.NewGuid(), ReceiverKind.Township, "城关街道", null, township?.Id);
        receivers["虞山街道"] = new Receiver(Guid.NewGuid(), ReceiverKind.Township, "虞山街道", null, null);
        receivers["市便民服务中心"] = new Receiver(Guid.NewGuid(), ReceiverKind.ConvenienceCentre, "市便民服务中心", null, null);
        if (receivers.TryGetValue(LiaisonDepartment, out var housing))
            housing.SetLiaisons([(liaison.UserId, liaison.UserName, liaison.DisplayName, "0512-52000000")]);
        db.Receivers.AddRange(receivers.Values);
        return receivers;
    }
}

internal sealed record DemoActor(Guid UserId, Guid StaffId, string Name)
{
    /// <summary>The actor on a local day at an hour (Asia/Shanghai), as the domain takes it.</summary>
    public CaseActor On(DateOnly day, double hour) =>
        new(UserId, Name, BusinessDates.StartOfDayUtc(day).AddHours(hour), day);
}

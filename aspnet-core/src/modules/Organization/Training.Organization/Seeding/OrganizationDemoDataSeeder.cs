using Microsoft.EntityFrameworkCore;
using Training.Identity;
using Training.Organization.Domain;
using Training.Organization.EntityFrameworkCore;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Data;

namespace Training.Organization.Seeding;

/// <summary>
/// Demo data so a newcomer sees a living system: 3 halls, 12 units, 40 windows, 120 people with accounts (user name =
/// staff number, the shared demo password), leads, hall managers, an attendance clerk (考勤员), an inspector (督查员), a hall guide (巡导员) and a sample 2026 calendar marked as sample.
/// Only on an empty database, and only when demo data is asked for.
/// </summary>
internal sealed class OrganizationDemoDataSeeder(OrganizationDbContext db, IUserAccountIntegrationService accounts, UnitOfWork unitOfWork) : IDataSeeder
{
    public const string ManagerStaffNumber = "S0001";
    public const string LeadStaffNumber = "S0002";
    public const string StaffStaffNumber = "S0004";

    /// <summary>The attendance clerk (考勤员) keeps the centre's attendance: a person of 综合受理窗口 without a window.</summary>
    public const string ClerkStaffNumber = "S0018";
    /// <summary>The inspector (督查员) of the centre: a person of 综合受理窗口 without a window, inspecting 市政务服务中心.</summary>
    public const string InspectorStaffNumber = "S0012";
    /// <summary>The hall guide (巡导员) of the centre: a person of 综合受理窗口, guiding 市政务服务中心 (the 办不成事 duty roster names them).</summary>
    public const string GuideStaffNumber = "S0013";
    public static readonly DateOnly AssignedSince = new(2025, 3, 1);

    private static readonly string[] Departments =
    [
        "市市场监督管理局", "市公安局", "市人力资源和社会保障局", "市自然资源和规划局", "市住房和城乡建设局",
        "市税务局", "市医疗保障局", "市卫生健康委员会", "市交通运输局", "市住房公积金管理中心",
    ];

    // hall code → units (code, name, department index or -1 for the hall's own windows, window count)
    private static readonly (string Hall, string Code, string Name, int Department, int Windows)[] Units =
    [
        ("SZX", "ZH", "综合受理窗口", -1, 6), ("SZX", "SJ", "市场监管窗口", 0, 4), ("SZX", "GA", "公安窗口", 1, 4),
        ("SZX", "RS", "人社窗口", 2, 4), ("SZX", "BDC", "不动产登记窗口", 3, 4), ("SZX", "SW", "税务窗口", 5, 3),
        ("SZX", "YB", "医保窗口", 6, 3), ("GXQ", "ZH", "综合受理窗口", -1, 4), ("GXQ", "SJ", "市场监管窗口", 0, 2),
        ("GXQ", "GJJ", "公积金窗口", 9, 2), ("CGJD", "ZH", "便民服务窗口", -1, 2), ("CGJD", "SB", "社保医保窗口", 2, 2),
    ];

    public int Order => 100;

    public async Task SeedAsync(SeedOptions options, CancellationToken cancellationToken)
    {
        if (!options.Demo || await db.Halls.AnyAsync(cancellationToken)) return;
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);

        var departments = Departments.Select(n => new Department(Guid.NewGuid(), n)).ToList();
        var centre = new Hall(Guid.NewGuid(), "SZX", "市政务服务中心", HallKind.Centre, null);
        var halls = new[]
        {
            centre,
            new Hall(Guid.NewGuid(), "GXQ", "高新区政务服务分中心", HallKind.SubCentre, centre.Id),
            new Hall(Guid.NewGuid(), "CGJD", "城关街道便民服务中心", HallKind.Township, centre.Id),
        }.ToDictionary(h => h.Code);
        db.Departments.AddRange(departments);
        db.Halls.AddRange(halls.Values);

        var people = new List<StaffMember>();
        var leads = new List<UnitLead>();
        var managers = new List<HallManager>();
        var windowNumber = 0;
        foreach (var (hallCode, code, name, dept, windowCount) in Units)
        {
            var hall = halls[hallCode];
            var unit = new WindowUnit(Guid.NewGuid(), hall.Id, code, name,
                dept < 0 ? UnitKind.HallOwn : UnitKind.StationedDepartment, dept < 0 ? null : departments[dept].Id);
            db.Units.Add(unit);
            for (var w = 0; w < windowCount; w++)
            {
                windowNumber++;
                var type = WindowTypeFor(dept, w, windowCount);
                var window = new Window(Guid.NewGuid(), unit, $"{(char)('A' + (windowNumber - 1) / 10)}{(windowNumber - 1) % 10 + 1:00}", $"{name}{w + 1}号", type);
                db.Windows.Add(window);
                // three people per window: two at the window, one placed in the unit without a post yet
                for (var p = 0; p < 3; p++)
                {
                    var index = people.Count;
                    var kind = dept < 0 ? (index % 4 == 0 ? StaffKind.Contract : StaffKind.Own) : StaffKind.Dispatched;
                    var person = new StaffMember(Guid.NewGuid(), $"S{index + 1:0000}", DemoNames.For(index), kind,
                        kind == StaffKind.Dispatched ? departments[dept].Id : null, hall.Id, unit.Id);
                    person.UpdateProfile(person.Name, $"1390000{index + 1:0000}", kind, person.DispatchingDepartmentId);
                    if (p < 2) person.AssignTo(window, AssignedSince);
                    people.Add(person);
                }
            }
            var unitPeople = people.Where(p => p.UnitId == unit.Id).ToList();
            leads.Add(new UnitLead { UnitId = unit.Id, StaffId = unitPeople[1].Id });
            if (!managers.Any(m => m.HallId == hall.Id)) managers.Add(new HallManager { HallId = hall.Id, StaffId = unitPeople[0].Id });
        }
        // A clerk keeps the halls named for them in the same list as the halls a manager runs (the Halls scope reads it).
        var clerk = people.Single(p => p.StaffNumber == ClerkStaffNumber);
        managers.Add(new HallManager { HallId = clerk.HallId, StaffId = clerk.Id });
        var inspector = people.Single(p => p.StaffNumber == InspectorStaffNumber);
        managers.Add(new HallManager { HallId = inspector.HallId, StaffId = inspector.Id });
        var guide = people.Single(p => p.StaffNumber == GuideStaffNumber);
        managers.Add(new HallManager { HallId = guide.HallId, StaffId = guide.Id });
        db.Staff.AddRange(people);
        db.UnitLeads.AddRange(leads);
        db.HallManagers.AddRange(managers);
        db.CalendarDays.AddRange(SampleCalendar.Days2026());

        var leadIds = leads.Select(l => l.StaffId).ToHashSet();
        var managerIds = managers.Where(m => m.StaffId != clerk.Id && m.StaffId != inspector.Id && m.StaffId != guide.Id).Select(m => m.StaffId).ToHashSet();
        var requests = people.Select(p => new AccountRequest(p.StaffNumber, p.Name, p.Id,
            p.Id == clerk.Id ? [RoleNames.Staff, RoleNames.AttendanceClerk]
            : p.Id == inspector.Id ? [RoleNames.Staff, RoleNames.Inspector]
            : p.Id == guide.Id ? [RoleNames.Staff, RoleNames.HallGuide]
            : RolesFor(p.Id, leadIds, managerIds))).ToList();
        var provisioned = await accounts.EnsureAccountsAsync(requests,
            new AccountPasswordPolicy(MustChangePassword: false, SharedPassword: options.DemoPassword), cancellationToken);
        var byStaff = provisioned.ToDictionary(a => a.StaffId);
        foreach (var person in people) person.LinkUser(byStaff[person.Id].UserId);

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync();
    }

    private static string[] RolesFor(Guid id, HashSet<Guid> leads, HashSet<Guid> managers) =>
        managers.Contains(id) ? [RoleNames.Staff, RoleNames.HallManager]
        : leads.Contains(id) ? [RoleNames.Staff, RoleNames.WindowLead]
        : [RoleNames.Staff];

    private static WindowType WindowTypeFor(int department, int index, int count) => department switch
    {
        < 0 when index == count - 1 => WindowType.Unresolved,
        < 0 when index == count - 2 => WindowType.GreenChannel,
        < 0 => WindowType.Comprehensive,
        _ when index == count - 1 && count >= 4 => WindowType.Tidal,
        _ => WindowType.Department,
    };
}

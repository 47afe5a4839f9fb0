using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Organization;
using Training.Organization.Domain;
using Training.Organization.EntityFrameworkCore;

namespace Training.Bench;

/// <summary>
/// A province through the domain model itself (so the data obeys the same rules as real data), saved per hall in
/// batches. Ten units and thirty windows per hall; three quarters of the people hold a window post.
/// </summary>
internal sealed class ProvinceGenerator(IServiceProvider services)
{
    public const string AdminPassword = "Bench@2026-admin"; // 12+: an administrator's password (ASVS 6.2.1)
    private const int UnitsPerHall = 10;
    private const int WindowsPerUnit = 3;
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧"];
    private static readonly string[] Given = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "晨", "宇轩", "子涵", "欣怡", "浩然", "思远", "雨桐", "建华", "国强", "文博", "佳怡", "志强"];
    private static readonly string[] UnitNames = ["综合受理", "市场监管", "公安", "人社", "不动产登记", "税务", "医保", "公积金", "交通运输", "卫生健康"];

    public async Task GenerateAsync(int hallCount, int staffCount)
    {
        var departments = UnitNames.Skip(1).Select(n => new Department(Guid.NewGuid(), $"{n}部门")).ToList();
        await SaveAsync(db => db.Departments.AddRange(departments));
        Hall? centre = null;
        var perHall = staffCount / hallCount;
        var since = new DateOnly(2025, 1, 1);
        for (var h = 0; h < hallCount; h++)
        {
            var hall = new Hall(Guid.NewGuid(), $"H{h + 1:000}", $"第{h + 1}政务服务中心", h == 0 ? HallKind.Centre : h % 3 == 0 ? HallKind.Township : HallKind.SubCentre, centre?.Id);
            centre ??= hall;
            var units = Enumerable.Range(0, UnitsPerHall).Select(u => new WindowUnit(Guid.NewGuid(), hall.Id, $"U{u:00}", $"{UnitNames[u]}窗口",
                u == 0 ? UnitKind.HallOwn : UnitKind.StationedDepartment, u == 0 ? null : departments[u - 1].Id)).ToList();
            var windows = units.SelectMany((unit, u) => Enumerable.Range(0, WindowsPerUnit).Select(w =>
                new Window(Guid.NewGuid(), unit, $"{(char)('A' + u)}{w + 1:00}", $"{unit.Name}{w + 1}号", u == 0 ? WindowType.Comprehensive : WindowType.Department))).ToList();
            var people = new List<StaffMember>(perHall);
            for (var p = 0; p < perHall; p++)
            {
                var index = h * perHall + p;
                var unit = units[p % UnitsPerHall];
                var kind = unit.Kind == UnitKind.HallOwn ? StaffKind.Own : StaffKind.Dispatched;
                var person = new StaffMember(Guid.NewGuid(), $"P{index + 1:000000}", Name(index), kind, unit.DepartmentId, hall.Id, unit.Id);
                if (p % 4 != 3) person.AssignTo(windows[(p % UnitsPerHall) * WindowsPerUnit + p / UnitsPerHall % WindowsPerUnit], since);
                person.ClearEvents(); // generated history is not news: nothing for the outbox to deliver
                people.Add(person);
            }
            await SaveAsync(db =>
            {
                db.Halls.Add(hall);
                db.Units.AddRange(units);
                db.Windows.AddRange(windows);
                db.Staff.AddRange(people);
            });
        }
    }

    /// <summary>Spreads surnames evenly over units and halls (a multiplicative hash of the index).</summary>
    private static string Name(int index)
    {
        var mix = (uint)index * 2654435761u;
        return Surnames[mix % Surnames.Length] + Given[mix / 31 % Given.Length] + (mix / 7 % 3 == 0 ? Given[mix / 101 % Given.Length] : "");
    }

    private async Task SaveAsync(Action<OrganizationDbContext> add)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrganizationDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        add(db);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
    }
}

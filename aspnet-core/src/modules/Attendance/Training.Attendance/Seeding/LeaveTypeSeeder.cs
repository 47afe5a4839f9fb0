using Microsoft.EntityFrameworkCore;
using Training.Attendance.Application.Absences;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.SharedKernel.Data;

namespace Training.Attendance.Seeding;

/// <summary>
/// The leave types every hall uses, on every start (not only demo data): a missing code is added, an existing one is
/// left as the administrator set it. Counting modes follow practice: maternity 产假 runs in calendar days (法定节假日
/// included), the others in working days; annual leave and 调休 draw on a balance.
/// </summary>
internal sealed class LeaveTypeSeeder(AttendanceDbContext db) : IDataSeeder
{
    private static readonly (string Code, string Zh, string En, LeaveCountMode Mode, bool Balance, bool Business)[] Types =
    [
        (LeaveTypeCodes.Annual, "年休假", "Annual leave", LeaveCountMode.WorkingDays, true, false),
        (LeaveTypeCodes.Sick, "病假", "Sick leave", LeaveCountMode.WorkingDays, false, false),
        (LeaveTypeCodes.Personal, "事假", "Personal leave", LeaveCountMode.WorkingDays, false, false),
        (LeaveTypeCodes.Marriage, "婚假", "Marriage leave", LeaveCountMode.WorkingDays, false, false),
        (LeaveTypeCodes.Maternity, "产假", "Maternity leave", LeaveCountMode.CalendarDays, false, false),
        (LeaveTypeCodes.Paternity, "陪产假", "Paternity leave", LeaveCountMode.WorkingDays, false, false),
        (LeaveTypeCodes.Bereavement, "丧假", "Bereavement leave", LeaveCountMode.WorkingDays, false, false),
        (LeaveTypeCodes.OfficialBusiness, "公出", "Official business", LeaveCountMode.WorkingDays, false, true),
        (LeaveTypeCodes.Compensatory, "调休", "Compensatory leave", LeaveCountMode.WorkingDays, true, false),
    ];

    public int Order => 300;

    public async Task SeedAsync(SeedOptions options, CancellationToken cancellationToken)
    {
        var existing = (await db.Set<LeaveType>().Select(t => t.Code).ToListAsync(cancellationToken)).ToHashSet();
        var order = 0;
        foreach (var (code, zh, en, mode, balance, business) in Types)
        {
            order += 10;
            if (!existing.Contains(code)) db.Set<LeaveType>().Add(new LeaveType(Guid.NewGuid(), code, zh, en, mode, balance, business, order));
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}

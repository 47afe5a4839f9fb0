using Microsoft.EntityFrameworkCore;
using Training.Attendance.Application.Absences;
using Training.Attendance.Application.Intake;
using Training.Attendance.Application.Results;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.Identity;
using Training.Organization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Time;

namespace Training.Attendance.Seeding;

/// <summary>
/// Demo attendance so the board, my month, the report and the anomalies page show something: a fingerprint clock per
/// hall (its key issued and not shown), everyone's enrolment number mapped hall-wide (the numeric part of the staff
/// number), punches of the window holders for the last <see cref="Days"/> working days up to yesterday (mostly on time,
/// a few late, two absent days), their results computed, and one pending leave request. Only with demo data, only once.
/// </summary>
internal sealed class AttendanceDemoDataSeeder(
    AttendanceDbContext db, IStructureIntegrationService structure, IStaffIntegrationService staff, IWorkCalendar calendar,
    IDeviceKeyIntegrationService keys, IPunchWriter punches, IDailyResultRecalculator results, UnitOfWork unitOfWork,
    TimeProvider clock) : IDataSeeder
{
    public const string SerialPrefix = "DEMO-";

    /// <summary>Working days of punches: about three weeks, few enough to keep a demo start quick.</summary>
    public const int Days = 15;

    /// <summary>The person with a pending leave request (a window staff member of 综合受理窗口, led by S0002).</summary>
    public const string LeaveStaffNumber = "S0005";

    public int Order => 400;

    public async Task SeedAsync(SeedOptions options, CancellationToken cancellationToken)
    {
        if (!options.Demo || await db.Devices.AnyAsync(d => d.SerialNumber.StartsWith(SerialPrefix), cancellationToken)) return;
        var halls = await structure.GetHallsAsync(null, cancellationToken);
        if (halls.Count == 0) return;
        var people = await staff.SearchAsync(new StaffSearch(), cancellationToken);

        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var devices = new Dictionary<Guid, AttendanceDevice>();
        foreach (var hall in halls)
        {
            var serial = $"{SerialPrefix}{hall.Code}-01";
            var name = $"{hall.Name}考勤机";
            var key = await keys.IssueAsync($"{name} ({serial})", hall.Id, cancellationToken);
            var device = new AttendanceDevice(Guid.NewGuid(), serial, name, hall.Id, "ZKTeco iClock 680", DeviceKind.Clock, hall.TimeZone, key.Id);
            devices[hall.Id] = device;
            db.Devices.Add(device);
        }
        foreach (var person in people.Where(p => devices.ContainsKey(p.HallId)))
            db.DeviceUsers.Add(new DeviceUser(Guid.NewGuid(), person.HallId, null, DeviceUserIdOf(person.StaffNumber), person.Id));
        await db.SaveChangesAsync(cancellationToken);

        var today = clock.Today();
        var days = (await calendar.GetWorkingDaysAsync(today.AddDays(-Days * 2), today.AddDays(-1), cancellationToken))
            .Order().TakeLast(Days).ToList();
        var holders = people.Where(p => p.WindowId is not null && devices.ContainsKey(p.HallId)).OrderBy(p => p.StaffNumber).ToList();
        if (days.Count > 0 && holders.Count > 0)
        {
            await punches.WriteAsync(PunchesOf(holders, days, devices), recompute: false, cancellationToken);
            await results.RecomputeAsync(holders.Select(h => new PersonDays(h.Id, days[0], days[^1])).ToList(), cancellationToken);
        }
        await AddPendingLeaveAsync(people, today, cancellationToken);
        await transaction.CommitAsync();
    }

    /// <summary>The device user id a demo clock enrols a person under: the staff number's digits without leading zeros.</summary>
    public static string DeviceUserIdOf(string staffNumber)
    {
        var digits = new string(staffNumber.Where(char.IsAsciiDigit).ToArray()).TrimStart('0');
        return digits.Length == 0 ? staffNumber : digits;
    }

    private static List<ResolvedPunch> PunchesOf(IReadOnlyList<StaffSummary> holders, IReadOnlyList<DateOnly> days,
        IReadOnlyDictionary<Guid, AttendanceDevice> devices)
    {
        var random = new Random(20261);
        var list = new List<ResolvedPunch>(holders.Count * days.Count * 4);
        for (var d = 0; d < days.Count; d++)
        {
            var sessions = SessionsOn(days[d]);
            for (var h = 0; h < holders.Count; h++)
            {
                // Two absent days, each for a different person, somewhere in the middle of the range.
                if ((h == 3 && d == days.Count - 3) || (h == holders.Count / 2 && d == days.Count / 2)) continue;
                var person = holders[h];
                var device = devices[person.HallId];
                foreach (var session in sessions)
                {
                    // Most arrive 2–25 minutes early; about one in thirty arrives 8–30 minutes late.
                    var late = random.Next(30) == 0;
                    var inAt = session.Start.ToTimeSpan() + TimeSpan.FromMinutes(late ? random.Next(8, 31) : -random.Next(2, 26));
                    var outAt = session.End.ToTimeSpan() + TimeSpan.FromMinutes(random.Next(0, 16));
                    list.Add(Punch(person, device, days[d], inAt.Add(TimeSpan.FromSeconds(random.Next(60)))));
                    list.Add(Punch(person, device, days[d], outAt.Add(TimeSpan.FromSeconds(random.Next(60)))));
                }
            }
        }
        return list;
    }

    private static IReadOnlyList<SessionTime> SessionsOn(DateOnly date)
    {
        // The demo halls keep the city's default timetable (夏令 from 05-01, 冬令 from 10-01).
        var summer = date.Month is >= 5 and < 10;
        return summer ? Timetable.Default.Summer : Timetable.Default.Winter;
    }

    private static ResolvedPunch Punch(StaffSummary person, AttendanceDevice device, DateOnly date, TimeSpan time) =>
        new(device.Id, device.SerialNumber, DeviceUserIdOf(person.StaffNumber), date.ToDateTime(TimeOnly.FromTimeSpan(time)),
            person.Id, person.HallId, person.UnitId, VerifyMode: 1, State: 0, WorkCode: null, PunchSource.Device, ImportId: null);

    private async Task AddPendingLeaveAsync(IReadOnlyList<StaffSummary> people, DateOnly today, CancellationToken cancellationToken)
    {
        var person = people.FirstOrDefault(p => p.StaffNumber == LeaveStaffNumber);
        var type = await db.Set<LeaveType>().FirstOrDefaultAsync(t => t.Code == LeaveTypeCodes.Personal, cancellationToken);
        if (person is null || type is null) return;
        var day = await calendar.AddWorkingDaysAsync(today, 2, cancellationToken);
        db.Set<LeaveRequest>().Add(new LeaveRequest(Guid.NewGuid(), person.Id, person.HallId, person.UnitId, type, day, DayHalf.Morning,
            day, DayHalf.Afternoon, halfDays: 2, "家中有事，需请假一天。"));
        await db.SaveChangesAsync(cancellationToken);
    }
}

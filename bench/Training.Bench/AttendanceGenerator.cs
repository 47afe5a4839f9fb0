using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Attendance;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.Organization;
using Training.Organization.EntityFrameworkCore;

namespace Training.Bench;

/// <summary>
/// A city's or a province's attendance on top of a generated province (<see cref="ProvinceGenerator"/>): fingerprint
/// clocks per hall (registered as the devices page does, time zone Asia/Shanghai), every person enrolled hall-wide
/// under their place in the hall (1, 2, …), and ZKTeco attlog files of two sessions a working day (上午 9:00–12:00,
/// 下午 13:30–17:00), in and out, with a realistic spread: most arrive 5–15 minutes early and leave a few minutes after,
/// about 2 % of arrivals are late, 1 % of departures early, and 0.5 % of person-days absent. Reused by later benches:
///   a city     = 1 hall × 1,000 people × 250 working days × 4 punches = 1,000,000 punches (4 clocks: 250,000 lines a file);
///   a province = 100 halls × 40,000 people (etc/bench.sh's staff-list data) = 40,000,000 punches a year, 4 files a hall.
/// An absent person-day's four lines are made up by double presses (a second press seconds after the first, a punch
/// of its own) of the next people present, so the files hold exactly people × days × 4 lines. Deterministic (seeded).
/// </summary>
internal sealed class AttendanceGenerator(IServiceProvider services)
{
    public const string Model = "ZKTeco K40";
    private static readonly TimeSpan MorningStart = new(9, 0, 0), MorningEnd = new(12, 0, 0), AfternoonStart = new(13, 30, 0), AfternoonEnd = new(17, 0, 0);

    /// <summary>One device's file: where it was written and how many lines it holds.</summary>
    public sealed record DeviceFile(Guid DeviceId, string Serial, Guid HallId, string Path, int Lines);

    /// <summary>Registers the clocks and the enrolments, then writes one attlog file per clock into <paramref name="directory"/>.</summary>
    public async Task<IReadOnlyList<DeviceFile>> GenerateAsync(string directory, int workingDays, int devicesPerHall, DateOnly firstDay)
    {
        var days = await WorkingDaysAsync(firstDay, workingDays);
        var halls = await PeopleByHallAsync();
        var files = new List<DeviceFile>();
        var random = new Random(20261203);
        Directory.CreateDirectory(directory);
        foreach (var (hallId, people) in halls)
        {
            var devices = Enumerable.Range(0, devicesPerHall).Select(d =>
                new AttendanceDevice(Guid.NewGuid(), $"K40-{files.Count + d + 1:00000}", $"大厅考勤机{d + 1}", hallId, Model, DeviceKind.Clock, null, Guid.NewGuid()))
                .ToList();
            await using (var scope = services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AttendanceDbContext>();
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                db.Devices.AddRange(devices);
                db.DeviceUsers.AddRange(people.Select((staffId, i) => new DeviceUser(Guid.NewGuid(), hallId, null, (i + 1).ToString(CultureInfo.InvariantCulture), staffId)));
                await db.SaveChangesAsync();
            }
            for (var d = 0; d < devices.Count; d++)
            {
                var path = Path.Combine(directory, $"{devices[d].SerialNumber}_attlog.dat");
                var members = Enumerable.Range(0, people.Count).Where(i => i % devices.Count == d).ToList();
                var lines = Write(path, members, days, random);
                files.Add(new DeviceFile(devices[d].Id, devices[d].SerialNumber, hallId, path, lines));
            }
        }
        return files;
    }

    /// <summary>Per day, per person of this clock: their four punches (or none when absent, made up by double presses).</summary>
    private static int Write(string path, List<int> members, IReadOnlyList<DateOnly> days, Random random)
    {
        var lines = 0;
        var owed = 0; // lines of absent person-days still to make up
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        var punches = new List<DateTime>(8);
        foreach (var day in days)
        {
            var midnight = day.ToDateTime(TimeOnly.MinValue);
            for (var m = 0; m < members.Count; m++)
            {
                var user = (members[m] + 1).ToString(CultureInfo.InvariantCulture);
                var lastOfAll = day == days[^1] && m == members.Count - 1;
                if (random.NextDouble() < 0.005 && !lastOfAll)
                {
                    owed += 4;
                    continue;
                }
                punches.Clear();
                punches.Add(midnight + Arrival(MorningStart, random));
                punches.Add(midnight + Departure(MorningEnd, random));
                punches.Add(midnight + Arrival(AfternoonStart, random));
                punches.Add(midnight + Departure(AfternoonEnd, random));
                var doubles = lastOfAll ? owed : Math.Min(owed, 4);
                owed -= doubles;
                for (var k = 0; k < doubles; k++) punches.Add(punches[k % 4].AddSeconds(3 + k / 4 * 5 + random.Next(5)));
                foreach (var at in punches)
                {
                    writer.Write(user);
                    writer.Write('\t');
                    writer.Write(at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                    writer.Write("\t1\t0\t0\r\n"); // fingerprint, check in/out state 0, no work code
                    lines++;
                }
            }
        }
        return lines;
    }

    /// <summary>Most arrive 5–15 minutes early; about 2 % are 1–40 minutes late.</summary>
    private static TimeSpan Arrival(TimeSpan start, Random random) => random.NextDouble() < 0.02
        ? start + TimeSpan.FromSeconds(random.Next(60, 40 * 60))
        : start - TimeSpan.FromSeconds(random.Next(5 * 60, 15 * 60) + random.Next(0, 120));

    /// <summary>Most leave 0–15 minutes after the end; about 1 % 5–30 minutes early.</summary>
    private static TimeSpan Departure(TimeSpan end, Random random) => random.NextDouble() < 0.01
        ? end - TimeSpan.FromSeconds(random.Next(5 * 60, 30 * 60))
        : end + TimeSpan.FromSeconds(random.Next(0, 15 * 60));

    private async Task<IReadOnlyList<DateOnly>> WorkingDaysAsync(DateOnly from, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var calendar = scope.ServiceProvider.GetRequiredService<IWorkCalendar>();
        var set = await calendar.GetWorkingDaysAsync(from, from.AddDays(count * 2 + 60));
        return set.Order().Take(count).ToList();
    }

    /// <summary>Each hall's people in staff-number order (their place in the hall is their enrolment number).</summary>
    private async Task<List<(Guid HallId, List<Guid> People)>> PeopleByHallAsync()
    {
        await using var scope = services.CreateAsyncScope();
        var staff = await scope.ServiceProvider.GetRequiredService<OrganizationDbContext>().Staff.AsNoTracking()
            .OrderBy(s => s.StaffNumber).Select(s => new { s.HallId, s.Id }).ToListAsync();
        return staff.GroupBy(s => s.HallId).Select(g => (g.Key, g.Select(s => s.Id).ToList())).ToList();
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Attendance;
using Hangfire;
using Training.Attendance.Application.PunchFiles;
using Training.Attendance.Application.Results;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Paging;
using Training.Tests.Attendance.Results;
using Training.Tests.Infrastructure;

namespace Training.Tests.Attendance.PunchFiles;

/// <summary>
/// Punch file import over HTTP: the upload answers at once, the job (run here as the Hangfire worker would) keeps the
/// good lines and lists the others by line number; the same file again changes nothing.
/// </summary>
public abstract class PunchImportTests(AppFixture fixture)
{
    private const string Url = "/api/attendance/punch-imports";
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_import_an_attlog_file_named_by_its_serial_and_change_nothing_the_second_time()
    {
        var (serial, _) = await DeviceAsync("SZX");
        var admin = await _app.SignInAsync(Demo.Admin);
        var file = Attlog("1\t2026-11-23 08:57:03\t1\t0\t0", "2\t2026-11-23 08:59:41\t1\t0\t0", "1\t2026-11-23 17:31:10\t1\t1\t0",
            "2\t2026-11-23 17:30:02\t1\t1\t0");

        var first = await ImportAsync(admin, file, $"{serial}_attlog.dat");
        var stored = await PunchCountAsync(serial);
        var second = await ImportAsync(admin, file, $"{serial}_attlog.dat");

        (first.Status, first.NewCount, first.DuplicateCount, first.BadCount, first.LinesRead, first.TotalLines)
            .ShouldBe((PunchImportStatus.Completed, 4, 0, 0, 4, (int?)4));
        (second.Status, second.NewCount, second.DuplicateCount, second.BadCount).ShouldBe((PunchImportStatus.Completed, 0, 4, 0));
        stored.ShouldBe(4);
        (await PunchCountAsync(serial)).ShouldBe(4);
        second.DeviceSerial.ShouldBe(serial);
    }

    [Fact]
    public async Task Should_add_nothing_when_the_same_file_comes_again_after_a_clock_correction()
    {
        var (serial, deviceId) = await DeviceAsync("SZX");
        var admin = await _app.SignInAsync(Demo.Admin);
        var file = Attlog("1\t2026-11-25 08:57:03\t1\t0\t0", "2\t2026-11-25 17:30:02\t1\t1\t0");
        await ImportAsync(admin, file, $"{serial}_attlog.dat");

        var correction = await admin.PostAsync<ClockCorrectionDto>($"/api/attendance/devices/{deviceId}/corrections",
            new RecordClockCorrectionInput(new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 25), -300, "考勤机快了五分钟"));
        var again = await ImportAsync(admin, file, $"{serial}_attlog.dat");

        correction.PunchesUpdated.ShouldBe(2);
        (again.NewCount, again.DuplicateCount, again.BadCount).ShouldBe((0, 2, 0));
        (await PunchCountAsync(serial)).ShouldBe(2);
    }

    [Fact]
    public async Task Should_keep_the_good_lines_and_list_the_bad_and_unknown_users_by_line_number()
    {
        var (serial, deviceId) = await DeviceAsync("SZX");
        var admin = await _app.SignInAsync(Demo.Admin);
        var file = Attlog("1\t2026-11-24 08:57:03\t1\t0\t0", "2\t2026-11-31 08:59:41\t1\t0\t0", "", "1", "99\t2026-11-24 09:00:00\t1\t0\t0",
            "2\t2026-11-24 17:30:02\t1\t1\t0");

        var result = await ImportAsync(admin, file, "export.dat", deviceId);
        var lines = await admin.GetAsync<PagedResult<PunchImportLineDto>>($"{Url}/{result.Id}/lines?maxResultCount=2");
        var rest = await admin.GetAsync<PagedResult<PunchImportLineDto>>($"{Url}/{result.Id}/lines?skipCount=2&maxResultCount=2");
        var csv = await admin.Http.GetAsync($"{Url}/{result.Id}/lines/download?format=csv");
        var xlsx = await admin.Http.GetAsync($"{Url}/{result.Id}/lines/download?format=xlsx");

        (result.NewCount, result.DuplicateCount, result.BadCount, result.UnknownUserCount, result.LinesRead).ShouldBe((2, 0, 3, 1, 6));
        (await PunchCountAsync(serial)).ShouldBe(2);
        lines.TotalCount.ShouldBe(3);
        lines.Items.Concat(rest.Items).Select(l => (l.LineNumber, l.Code)).ShouldBe([
            (2, AttendanceErrorCodes.PunchFiles.LineBadTime), (4, AttendanceErrorCodes.PunchFiles.LineTooShort),
            (5, AttendanceErrorCodes.PunchFiles.LineUnknownUser)]);
        rest.Items[0].Text.ShouldBe("99\t2026-11-24 09:00:00\t1\t0\t0");
        rest.Items[0].Message.ShouldContain("99");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        var csvText = await csv.Content.ReadAsStringAsync();
        csvText.ShouldContain("2026-11-31 08:59:41");
        csvText.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(4);
        var sheet = MiniExcelLibs.MiniExcel.Query(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), useHeaderRow: true).ToList();
        sheet.Count.ShouldBe(3);
    }

    [Fact]
    public async Task Should_read_a_csv_through_its_models_mapping_and_find_the_device_by_its_serial_column()
    {
        var model = "CSV-" + Guid.NewGuid().ToString("N")[..8];
        var (serial, _) = await DeviceAsync("SZX", model);
        var admin = await _app.SignInAsync(Demo.Admin);
        await admin.PostAsync<PunchColumnMappingDto>("/api/attendance/punch-column-mappings", new SavePunchColumnMappingInput
        {
            Model = model, HeaderRows = 1, Delimiter = ";", TimeColumn = 1, SerialColumn = 2, UserIdColumn = 3, TimeFormat = "yyyy/M/d H:mm:ss",
        });
        var file = Encoding.UTF8.GetBytes($"时间;设备;工号\r\n2026/11/25 8:57:03;{serial};1\r\n2026/11/25 17:31:00;{serial};2\r\n2026/11/25 17:32:00;OTHER;2\r\n");

        var result = await ImportAsync(admin, file, "考勤导出.csv");

        (result.Format, result.NewCount, result.BadCount).ShouldBe((PunchFileFormat.Csv, 2, 1));
        (await PunchCountAsync(serial)).ShouldBe(2);
    }

    [Fact]
    public async Task Should_read_an_xlsx_export_by_its_mapping()
    {
        var model = "XLSX-" + Guid.NewGuid().ToString("N")[..8];
        var (serial, deviceId) = await DeviceAsync("SZX", model);
        var admin = await _app.SignInAsync(Demo.Admin);
        await admin.PostAsync<PunchColumnMappingDto>("/api/attendance/punch-column-mappings", new SavePunchColumnMappingInput
        {
            Model = model, HeaderRows = 1, UserIdColumn = 1, TimeColumn = 3, StateColumn = 2, TimeFormat = "yyyy-MM-dd HH:mm:ss",
        });
        var file = Xlsx.Build(("Sheet1", ["工号", "状态", "时间"],
            [["1", "0", "2026-11-26 08:50:00"], ["2", "1", "2026-11-26 17:40:00"], ["1", "0", "not a time"]]));

        var result = await ImportAsync(admin, file, "export.xlsx", deviceId);
        var lines = await admin.GetAsync<PagedResult<PunchImportLineDto>>($"{Url}/{result.Id}/lines");

        (result.Format, result.Status, result.NewCount, result.BadCount).ShouldBe((PunchFileFormat.Xlsx, PunchImportStatus.Completed, 2, 1));
        lines.Items.Single().LineNumber.ShouldBe(4);
        (await PunchCountAsync(serial)).ShouldBe(2);
    }

    [Fact]
    public async Task Should_answer_404_to_a_hall_manager_for_another_halls_device_and_its_imports()
    {
        var (serial, deviceId) = await DeviceAsync("GXQ");
        var admin = await _app.SignInAsync(Demo.Admin);
        var theirs = await ImportAsync(admin, Attlog("1\t2026-11-27 08:57:03\t1\t0\t0"), "export.dat", deviceId);
        var manager = await _app.SignInAsync(Demo.Manager); // manages SZX only, as an attendance clerk of SZX would

        var upload = await manager.Http.PostAsync(Url, Form(Attlog("1\t2026-11-27 09:57:03"), "export.dat", deviceId));
        var byName = await manager.Http.PostAsync(Url, Form(Attlog("1\t2026-11-27 09:57:03"), $"{serial}_attlog.dat", null));
        var get = await manager.Http.GetAsync($"{Url}/{theirs.Id}");
        var lines = await manager.Http.GetAsync($"{Url}/{theirs.Id}/lines");
        var list = await manager.GetAsync<PagedResult<PunchImportDto>>($"{Url}?maxResultCount=1000");

        upload.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ApiClient.ProblemAsync(upload)).GetProperty("code").GetString().ShouldBe(AttendanceErrorCodes.PunchFiles.DeviceNotFound);
        byName.StatusCode.ShouldBe(HttpStatusCode.BadRequest); // the name's serial is not one of theirs: pick a device
        get.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        lines.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        list.Items.ShouldNotContain(i => i.Id == theirs.Id);
        (await PunchCountAsync(serial)).ShouldBe(1);
    }

    [Fact]
    public async Task Should_refuse_a_csv_of_a_model_without_a_mapping()
    {
        var (_, deviceId) = await DeviceAsync("SZX", "NOMAP-" + Guid.NewGuid().ToString("N")[..8]);
        var admin = await _app.SignInAsync(Demo.Admin);

        var response = await admin.Http.PostAsync(Url, Form("1,2026-11-23 08:00:00\n"u8.ToArray(), "export.csv", deviceId));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiClient.ProblemAsync(response)).GetProperty("code").GetString().ShouldBe(AttendanceErrorCodes.PunchFiles.MappingMissing);
    }

    [Fact]
    public async Task Should_list_a_persons_punches_of_a_day_within_scope()
    {
        var (_, szxDevice) = await DeviceAsync("SZX");
        var admin = await _app.SignInAsync(Demo.Admin);
        await ImportAsync(admin, Attlog("1\t2026-10-12 08:57:03", "1\t2026-10-12 17:31:00", "1\t2026-10-13 08:50:00", "2\t2026-10-12 08:40:00"),
            "export.dat", szxDevice);
        var staffId = await _app.StaffIdAsync(Demo.Staff);
        var manager = await _app.SignInAsync(Demo.Manager);
        var lead = await _app.SignInAsync(Demo.OtherHallStaff);

        var day = await manager.GetAsync<PagedResult<PunchDto>>($"/api/attendance/punches?staffId={staffId}&from=2026-10-12&to=2026-10-12");
        var notAllowed = await lead.Http.GetAsync($"/api/attendance/punches?staffId={staffId}&from=2026-10-12&to=2026-10-12");

        day.TotalCount.ShouldBe(2);
        day.Items.Select(p => p.RawLocalTime.ToString("HH:mm:ss")).ShouldBe(["08:57:03", "17:31:00"]);
        day.Items.ShouldAllBe(p => p.Date == new DateOnly(2026, 10, 12) && p.Source == PunchSource.File);
        notAllowed.StatusCode.ShouldBe(HttpStatusCode.Forbidden); // staff hold no punch permission
    }

    private async Task<PunchImportDto> ImportAsync(ApiClient client, byte[] file, string name, Guid? deviceId = null)
    {
        var queued = await client.PostMultipartAsync<PunchImportDto>(Url, Form(file, name, deviceId));
        queued.Status.ShouldBe(PunchImportStatus.Queued);
        // The worker's part: tests run without a Hangfire server.
        await _app.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<PunchImportJob>().RunAsync(new PunchImportArgs(queued.Id), CancellationToken.None);
            return 0;
        });
        return await client.GetAsync<PunchImportDto>($"{Url}/{queued.Id}");
    }

    private static MultipartFormDataContent Form(byte[] file, string name, Guid? deviceId)
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", name);
        if (deviceId is { } id) form.Add(new StringContent(id.ToString()), "deviceId");
        return form;
    }

    /// <summary>A UTF-8 attlog file with a byte order mark and CRLF line ends, as the devices' PC tools save it.</summary>
    private static byte[] Attlog(params string[] lines) => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")];

    [Fact]
    public async Task Should_mark_a_window_holder_without_a_punch_in_the_file_absent_at_once_in_a_hall_with_one_clock()
    {
        var hall = await HallWithClocksAsync(1);

        (await ImportAsync(hall.World.Admin, hall.File, $"{hall.Serials[0]}_attlog.dat")).Status.ShouldBe(PunchImportStatus.Completed);

        (await StatusesAsync(hall.World.Person.Id, AbsenceDay)).ShouldBe([SessionStatus.Absent, SessionStatus.Absent]);
        (await ScheduledAbsenceJobsAsync(hall.World.Hall.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_judge_the_absent_window_holders_of_a_hall_with_several_clocks_in_a_job_minutes_later()
    {
        var hall = await HallWithClocksAsync(2);

        (await ImportAsync(hall.World.Admin, hall.File, $"{hall.Serials[0]}_attlog.dat")).Status.ShouldBe(PunchImportStatus.Completed);

        // The other clock's file may still bring the holder's punches: nothing is judged yet, the date waits for a job.
        (await StatusesAsync(hall.World.Person.Id, AbsenceDay)).ShouldBeEmpty();
        var job = (await ScheduledAbsenceJobsAsync(hall.World.Hall.Id)).ShouldHaveSingleItem();
        (await PendingDatesAsync(hall.World.Hall.Id)).ShouldBe([AbsenceDay]);

        await _app.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<HallAbsenceJob>().RunAsync(job, CancellationToken.None);
            return 0;
        });

        (await StatusesAsync(hall.World.Person.Id, AbsenceDay)).ShouldBe([SessionStatus.Absent, SessionStatus.Absent]);
        (await PendingDatesAsync(hall.World.Hall.Id)).ShouldBeEmpty();
        // Hangfire runs a job at least once, and every clock's file schedules one: the next run finds nothing pending.
        (await _app.WithScopeAsync(sp => sp.GetRequiredService<HallMonthRecompute>().JudgePendingAbsencesAsync(job.HallId))).ShouldBe(0);
        (await StatusesAsync(hall.World.Person.Id, AbsenceDay)).ShouldBe([SessionStatus.Absent, SessionStatus.Absent]);
    }

    private Task<List<DateOnly>> PendingDatesAsync(Guid hallId) =>
        _app.WithScopeAsync(sp => sp.GetRequiredService<AttendanceDbContext>().PendingAbsenceDays.Where(d => d.HallId == hallId).Select(d => d.Date).ToListAsync());

    /// <summary>A summer Tuesday (14:00–17:30 afternoons) of a hall of the test's own.</summary>
    private static readonly DateOnly AbsenceDay = new(2026, 9, 22);

    private sealed record ClockHall(ResultsWorld World, string[] Serials, byte[] File);

    /// <summary>
    /// A hall of its own (<see cref="ResultsWorld"/>: its window holder has no line in the file) with <paramref name="clocks"/>
    /// clocks enrolling a back-office colleague hall-wide as user 1, and a file of the first clock with that colleague's day.
    /// </summary>
    private async Task<ClockHall> HallWithClocksAsync(int clocks)
    {
        var world = await ResultsWorld.CreateAsync(_app);
        var colleague = (await world.Admin.PostAsync<CreatedStaffDto>("/api/organization/staff",
            new SaveStaffInput("B" + world.Person.StaffNumber[1..], "后台乙", null, StaffKind.Own, null, world.Hall.Id, world.Unit.Id))).Staff;
        var serials = Enumerable.Range(0, clocks).Select(_ => "T" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant()).ToArray();
        await _app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AttendanceDbContext>();
            foreach (var serial in serials)
                db.Devices.Add(new AttendanceDevice(Guid.NewGuid(), serial, "考勤机 " + serial, world.Hall.Id, "ZKTeco K40", DeviceKind.Clock, null, Guid.NewGuid()));
            db.DeviceUsers.Add(new DeviceUser(Guid.NewGuid(), world.Hall.Id, null, "1", colleague.Id));
            return await db.SaveChangesAsync();
        });
        var file = Attlog("1\t2026-09-22 08:55:00\t1\t0\t0", "1\t2026-09-22 12:01:00\t1\t0\t0",
            "1\t2026-09-22 13:50:00\t1\t0\t0", "1\t2026-09-22 17:35:00\t1\t0\t0");
        return new ClockHall(world, serials, file);
    }

    private Task<List<SessionStatus>> StatusesAsync(Guid staffId, DateOnly day) =>
        _app.WithScopeAsync(sp => sp.GetRequiredService<AttendanceDbContext>().DailyResults
            .Where(r => r.StaffId == staffId && r.Date == day).OrderBy(r => r.SessionIndex).Select(r => r.Status).ToListAsync());

    /// <summary>The absence jobs scheduled for the hall, read back from the job storage as the worker would read them.</summary>
    private Task<List<HallAbsenceArgs>> ScheduledAbsenceJobsAsync(Guid hallId) => _app.WithScopeAsync(sp => Task.FromResult(
        sp.GetRequiredService<JobStorage>().GetMonitoringApi().ScheduledJobs(0, 10_000)
            .Select(j => j.Value.Job).Where(j => j?.Type == typeof(HallAbsenceJob))
            .Select(j => (HallAbsenceArgs)j!.Args[0]).Where(a => a.HallId == hallId).ToList()));

    /// <summary>A new clock in the hall, its user 1 mapped to <see cref="Demo.Staff"/> and 2 to <see cref="Demo.OtherStaff"/> of SZX.</summary>
    private async Task<(string Serial, Guid Id)> DeviceAsync(string hallCode, string? model = null)
    {
        var serial = "T" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var hallId = await _app.HallIdAsync(hallCode);
        var one = await _app.StaffIdAsync(Demo.Staff);
        var two = await _app.StaffIdAsync(Demo.OtherStaff);
        var id = Guid.NewGuid();
        await _app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AttendanceDbContext>();
            db.Devices.Add(new AttendanceDevice(id, serial, "大厅考勤机 " + serial, hallId, model ?? "ZKTeco K40", DeviceKind.Clock, null, Guid.NewGuid()));
            db.DeviceUsers.Add(new DeviceUser(Guid.NewGuid(), hallId, id, "1", one));
            db.DeviceUsers.Add(new DeviceUser(Guid.NewGuid(), hallId, id, "2", two));
            return await db.SaveChangesAsync();
        });
        return (serial, id);
    }

    private Task<int> PunchCountAsync(string serial) =>
        _app.WithScopeAsync(sp => sp.GetRequiredService<AttendanceDbContext>().Punches.CountAsync(p => p.DeviceSerial == serial));
}

[Collection(SqliteCollection.Name)]
public sealed class PunchImportTests_Sqlite(SqliteAppFixture fixture) : PunchImportTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class PunchImportTests_PostgreSql(PostgreSqlAppFixture fixture) : PunchImportTests(fixture);

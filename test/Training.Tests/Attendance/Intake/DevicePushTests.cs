using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Attendance;
using Training.Attendance.EntityFrameworkCore;
using Training.Tests.Infrastructure;

namespace Training.Tests.Attendance.Intake;

/// <summary>
/// The device API: each punch or post-status event answered new, duplicate or refused with the reason; the same batch
/// twice changes nothing; a clock correction re-derives instants and dates, and the same raw events pushed again add
/// nothing. Each test registers its own device, so the tests of the shared app stay independent.
/// </summary>
public abstract class DevicePushTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    private static async Task<PushResultDto> PushAsync(HttpClient device, params PushedPunch[] punches)
    {
        var response = await device.PostAsJsonAsync("/api/attendance/device/punches", new PushPunchesInput(punches), ApiClient.Json);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<PushResultDto>(ApiClient.Json))!;
    }

    private static async Task<PushResultDto> PushStatusAsync(HttpClient device, params PushedPostStatus[] events)
    {
        var response = await device.PostAsJsonAsync("/api/attendance/device/post-status", new PushPostStatusInput(events), ApiClient.Json);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<PushResultDto>(ApiClient.Json))!;
    }

    private static DateTime Utc(int y, int mo, int d, int h, int mi, int s = 0) => new(y, mo, d, h, mi, s, DateTimeKind.Utc);

    [Fact]
    public async Task Should_store_a_batch_once_and_answer_duplicate_to_the_same_batch_again()
    {
        var admin = await _app.AdminAsync();
        var registered = await admin.RegisterAsync(_app);
        await admin.MapAsync(registered.Device, ("101", Demo.Staff), ("102", Demo.OtherStaff));
        var device = _app.DeviceClient(registered.Secret);
        PushedPunch[] batch =
        [
            new("101", "2030-01-07 08:58:12", 1, 0, null), new("102", "2030-01-07 09:01:00", 1, 0, "7"),
            new("101", "2030-01-07 17:31:40", 1, 1, null), new("101", "2030-01-07 08:58:12", 1, 0, null),
        ];

        var first = await PushAsync(device, batch);
        var stored = await _app.PunchesAsync(registered.Device.Id);
        var second = await PushAsync(device, batch);

        first.Events.Select(e => e.Outcome).ShouldBe([PushOutcome.New, PushOutcome.New, PushOutcome.New, PushOutcome.Duplicate]);
        second.Events.ShouldAllBe(e => e.Outcome == PushOutcome.Duplicate);
        (second.New, second.Duplicate, second.Refused).ShouldBe((0, 4, 0));
        var after = await _app.PunchesAsync(registered.Device.Id);
        after.Select(p => (p.Id, p.At, p.Date)).ShouldBe(stored.Select(p => (p.Id, p.At, p.Date)));
        stored.Count.ShouldBe(3);
        var staffId = await _app.StaffIdAsync(Demo.Staff);
        var morning = stored.Single(p => p.DeviceUserId == "101" && p.State == 0);
        (morning.StaffId, morning.At, morning.Date, morning.Source).ShouldBe((staffId, Utc(2030, 1, 7, 0, 58, 12), new DateOnly(2030, 1, 7), PunchSource.Device));
        morning.HallId.ShouldBe(registered.Device.HallId);
        morning.UnitId.ShouldNotBeNull();
        stored.Single(p => p.DeviceUserId == "102").WorkCode.ShouldBe("7");
    }

    [Fact]
    public async Task Should_refuse_unknown_users_and_malformed_times_with_the_reason_and_keep_the_rest()
    {
        var admin = await _app.AdminAsync();
        var registered = await admin.RegisterAsync(_app);
        await admin.MapAsync(registered.Device, ("201", Demo.Staff));
        var device = _app.DeviceClient(registered.Secret);

        var result = await PushAsync(device,
            new PushedPunch("999", "2030-01-08 09:00:00", 1, 0, null),
            new PushedPunch("201", "2030-13-45 09:00:00", 1, 0, null),
            new PushedPunch("201", "2030-01-08 09:00:00", 1, 0, null));

        result.Events.ShouldBe(
        [
            new PushEventResult(0, PushOutcome.Refused, PushRefusal.UnknownUser),
            new PushEventResult(1, PushOutcome.Refused, PushRefusal.MalformedTime),
            new PushEventResult(2, PushOutcome.New, null),
        ]);
        (await _app.PunchesAsync(registered.Device.Id)).ShouldHaveSingleItem().DeviceUserId.ShouldBe("201");
    }

    [Fact]
    public async Task Should_let_a_devices_own_mapping_win_over_the_hall_wide_one()
    {
        var admin = await _app.AdminAsync();
        var registered = await admin.RegisterAsync(_app);
        var hallWideId = "HW" + registered.Device.SerialNumber[^6..];
        await admin.PostAsync<DeviceUserDto>("/api/attendance/device-users",
            new SaveDeviceUserInput(registered.Device.HallId, null, hallWideId, Demo.OtherStaff));
        await admin.PostAsync<DeviceUserDto>("/api/attendance/device-users",
            new SaveDeviceUserInput(registered.Device.HallId, null, hallWideId + "X", Demo.OtherStaff));
        await admin.MapAsync(registered.Device, (hallWideId, Demo.Staff));

        await PushAsync(_app.DeviceClient(registered.Secret),
            new PushedPunch(hallWideId, "2030-01-09 09:00:00", 1, 0, null), new PushedPunch(hallWideId + "X", "2030-01-09 09:00:00", 1, 0, null));

        var punches = await _app.PunchesAsync(registered.Device.Id);
        punches.Single(p => p.DeviceUserId == hallWideId).StaffId.ShouldBe(await _app.StaffIdAsync(Demo.Staff));
        punches.Single(p => p.DeviceUserId == hallWideId + "X").StaffId.ShouldBe(await _app.StaffIdAsync(Demo.OtherStaff));
    }

    [Fact]
    public async Task Should_reject_a_batch_over_the_limit()
    {
        var admin = await _app.AdminAsync();
        var registered = await admin.RegisterAsync(_app);
        var tooMany = Enumerable.Range(0, AttendanceConsts.MaxPushEvents + 1)
            .Select(i => new PushedPunch("1", $"2030-01-10 09:{i / 60 % 60:00}:{i % 60:00}", 1, 0, null)).ToArray();

        var response = await _app.DeviceClient(registered.Secret).PostAsJsonAsync("/api/attendance/device/punches",
            new PushPunchesInput(tooMany), ApiClient.Json);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_re_derive_instants_and_dates_after_a_correction_and_add_nothing_when_the_same_events_come_again()
    {
        var admin = await _app.AdminAsync();
        var registered = await admin.RegisterAsync(_app);
        await admin.MapAsync(registered.Device, ("301", Demo.Staff));
        var device = _app.DeviceClient(registered.Secret);
        PushedPunch[] batch =
        [
            new("301", "2030-03-05 08:59:30", 1, 0, null), new("301", "2030-03-05 23:59:30", 1, 1, null),
            new("301", "2030-03-07 09:00:00", 1, 0, null),
        ];
        await PushAsync(device, batch);

        var correction = await admin.PostAsync<ClockCorrectionDto>($"/api/attendance/devices/{registered.Device.Id}/corrections",
            new RecordClockCorrectionInput(new DateOnly(2030, 3, 5), new DateOnly(2030, 3, 6), 60, "考勤机慢了一分钟"));
        var again = await PushAsync(device, batch);
        var later = await PushAsync(device, new PushedPunch("301", "2030-03-06 12:00:00", 1, 0, null));

        correction.PunchesUpdated.ShouldBe(2);
        again.Events.ShouldAllBe(e => e.Outcome == PushOutcome.Duplicate);
        later.New.ShouldBe(1);
        var punches = await _app.PunchesAsync(registered.Device.Id);
        punches.Count.ShouldBe(4);
        punches.Select(p => (p.At, p.Date)).ShouldBe(
        [
            (Utc(2030, 3, 5, 1, 0, 30), new DateOnly(2030, 3, 5)),
            (Utc(2030, 3, 5, 16, 0, 30), new DateOnly(2030, 3, 6)), // past midnight once corrected
            (Utc(2030, 3, 6, 4, 1, 0), new DateOnly(2030, 3, 6)),   // arrived after the correction: derived with it
            (Utc(2030, 3, 7, 1, 0, 0), new DateOnly(2030, 3, 7)),   // outside the range: untouched
        ]);
        punches[0].RawLocalTime.ShouldBe(Utc(2030, 3, 5, 8, 59, 30));
        var listed = await admin.GetAsync<List<ClockCorrectionDto>>($"/api/attendance/devices/{registered.Device.Id}/corrections");
        listed.ShouldHaveSingleItem().Reason.ShouldBe("考勤机慢了一分钟");
        listed[0].RecordedBy.ShouldNotBeNull();
    }

    [Fact]
    public async Task Should_follow_summer_time_of_the_devices_zone_when_storing_and_correcting()
    {
        var admin = await _app.AdminAsync();
        var registered = await admin.RegisterAsync(_app, timeZone: "Europe/Berlin");
        await admin.MapAsync(registered.Device, ("401", Demo.Staff));
        var device = _app.DeviceClient(registered.Secret);
        PushedPunch[] batch =
        [
            new("401", "2030-03-30 09:00:00", 1, 0, null), new("401", "2030-03-31 01:30:00", 1, 0, null),
            new("401", "2030-03-31 09:00:00", 1, 0, null),
        ];
        await PushAsync(device, batch);
        var before = (await _app.PunchesAsync(registered.Device.Id)).Select(p => p.At).ToList();

        await admin.PostAsync<ClockCorrectionDto>($"/api/attendance/devices/{registered.Device.Id}/corrections",
            new RecordClockCorrectionInput(new DateOnly(2030, 3, 30), new DateOnly(2030, 3, 31), 3600, "时钟慢一小时"));

        before.ShouldBe([Utc(2030, 3, 30, 8, 0), Utc(2030, 3, 31, 0, 30), Utc(2030, 3, 31, 7, 0)]);
        (await _app.PunchesAsync(registered.Device.Id)).Select(p => p.At).ShouldBe(
            [Utc(2030, 3, 30, 9, 0), Utc(2030, 3, 31, 1, 30), Utc(2030, 3, 31, 8, 0)]);
    }

    [Fact]
    public async Task Should_refuse_a_correction_with_its_end_before_its_start()
    {
        var admin = await _app.AdminAsync();
        var registered = await admin.RegisterAsync(_app);

        var response = await admin.PostRawAsync($"/api/attendance/devices/{registered.Device.Id}/corrections",
            new RecordClockCorrectionInput(new DateOnly(2030, 3, 6), new DateOnly(2030, 3, 5), 60, "x"));

        (await ApiClient.ProblemAsync(response)).GetProperty("code").GetString().ShouldBe(AttendanceErrorCodes.CorrectionDateOrder);
    }

    [Fact]
    public async Task Should_store_post_status_once_per_event_key_and_refuse_unknown_windows_and_people()
    {
        var admin = await _app.AdminAsync();
        var registered = await admin.RegisterAsync(_app, kind: DeviceKind.PostStatusReporter);
        await admin.MapAsync(registered.Device, ("501", Demo.Staff));
        var device = _app.DeviceClient(registered.Secret);
        var key = registered.Device.SerialNumber;
        PushedPostStatus[] events =
        [
            new($"{key}-1", "A01", PostStatusKind.Pause, "2030-04-01 10:00:00", Demo.Staff, null),
            new($"{key}-2", "a01", PostStatusKind.Resume, "2030-04-01T02:20:00Z", null, "501"),
            new($"{key}-3", "Z99", PostStatusKind.Pause, "2030-04-01 11:00:00", null, null),
            new($"{key}-4", "A01", PostStatusKind.Pause, "2030-04-01 11:00:00", "S9999", null),
            new($"{key}-5", "A01", PostStatusKind.Pause, "yesterday", null, null),
            new($"{key}-6", "A01", PostStatusKind.Pause, "2030-04-01 12:00:00", null, null),
        ];

        var first = await PushStatusAsync(device, events);
        var second = await PushStatusAsync(device, events);

        first.Events.Select(e => (e.Outcome, e.Reason)).ShouldBe(
        [
            (PushOutcome.New, null), (PushOutcome.New, null), (PushOutcome.Refused, PushRefusal.UnknownWindow),
            (PushOutcome.Refused, PushRefusal.UnknownUser), (PushOutcome.Refused, PushRefusal.MalformedTime), (PushOutcome.New, (PushRefusal?)null),
        ]);
        second.Events.Select(e => e.Outcome).ShouldBe(
            [PushOutcome.Duplicate, PushOutcome.Duplicate, PushOutcome.Refused, PushOutcome.Refused, PushOutcome.Refused, PushOutcome.Duplicate]);
        var stored = await _app.WithScopeAsync(async sp => await sp.GetRequiredService<AttendanceDbContext>().PostStatusEvents.AsNoTracking()
            .Where(e => e.DeviceId == registered.Device.Id).OrderBy(e => e.EventKey).ToListAsync());
        stored.Count.ShouldBe(3);
        var staffId = await _app.StaffIdAsync(Demo.Staff);
        (stored[0].Kind, stored[0].At, stored[0].Date, stored[0].StaffId).ShouldBe((PostStatusKind.Pause, Utc(2030, 4, 1, 2, 0), new DateOnly(2030, 4, 1), (Guid?)staffId));
        (stored[1].Kind, stored[1].At, stored[1].StaffId).ShouldBe((PostStatusKind.Resume, Utc(2030, 4, 1, 2, 20), (Guid?)staffId));
        stored[2].StaffId.ShouldBeNull();
        stored[0].WindowId.ShouldBe(stored[1].WindowId);
    }

    [Fact]
    public async Task Should_refuse_punches_from_a_post_status_reporter_and_post_status_from_a_clock()
    {
        var admin = await _app.AdminAsync();
        var clock = await admin.RegisterAsync(_app);
        var pad = await admin.RegisterAsync(_app, kind: DeviceKind.PostStatusReporter);

        var punches = await PushAsync(_app.DeviceClient(pad.Secret), new PushedPunch("1", "2030-04-02 09:00:00", 1, 0, null));
        var status = await PushStatusAsync(_app.DeviceClient(clock.Secret),
            new PushedPostStatus("k1", "A01", PostStatusKind.Pause, "2030-04-02 10:00:00", null, null));

        punches.Events.ShouldHaveSingleItem().Reason.ShouldBe(PushRefusal.WrongDeviceKind);
        status.Events.ShouldHaveSingleItem().Reason.ShouldBe(PushRefusal.WrongDeviceKind);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DevicePushTests_Sqlite(SqliteAppFixture fixture) : DevicePushTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class DevicePushTests_PostgreSql(PostgreSqlAppFixture fixture) : DevicePushTests(fixture);

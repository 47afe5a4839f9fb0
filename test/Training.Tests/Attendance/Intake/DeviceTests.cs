using System.Net;
using System.Net.Http.Json;
using Training.Attendance;
using Training.Tests.Infrastructure;

namespace Training.Tests.Attendance.Intake;

/// <summary>Devices through the API: registered with a key shown once, rotated, deactivated, scoped to the caller's halls.</summary>
public abstract class DeviceTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_register_a_device_and_show_its_key_once()
    {
        var admin = await _app.AdminAsync();
        var registered = await admin.RegisterAsync(_app);

        registered.Secret.ShouldStartWith($"tdk_{registered.KeyPrefix}_");
        registered.Device.TimeZone.ShouldBe("Asia/Shanghai");
        registered.Device.HallName.ShouldBe("市政务服务中心");
        var read = await admin.Http.GetStringAsync($"/api/attendance/devices/{registered.Device.Id}");
        read.ShouldNotContain(registered.Secret);
        read.ShouldNotContain("secret", Case.Insensitive);
        var listed = await admin.GetAsync<Training.SharedKernel.Paging.PagedResult<DeviceDto>>(
            $"/api/attendance/devices?filter={registered.Device.SerialNumber}");
        listed.Items.ShouldHaveSingleItem().Id.ShouldBe(registered.Device.Id);

        var again = await admin.PostRawAsync("/api/attendance/devices", new RegisterDeviceInput(registered.Device.SerialNumber, "重复",
            registered.Device.HallId, null, DeviceKind.Clock, null));
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ApiClient.ProblemAsync(again)).GetProperty("code").GetString().ShouldBe(AttendanceErrorCodes.SerialNumberTaken);
    }

    [Fact]
    public async Task Should_refuse_an_unknown_time_zone()
    {
        var admin = await _app.AdminAsync();
        var response = await admin.PostRawAsync("/api/attendance/devices", new RegisterDeviceInput(IntakeHttp.NewSerial(), "考勤机",
            await _app.HallIdAsync("SZX"), null, DeviceKind.Clock, "Mars/Olympus"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiClient.ProblemAsync(response)).GetProperty("code").GetString().ShouldBe(AttendanceErrorCodes.UnknownTimeZone);
    }

    [Fact]
    public async Task Should_let_the_new_key_in_and_keep_the_old_one_out_after_a_rotation()
    {
        var admin = await _app.AdminAsync();
        var registered = await admin.RegisterAsync(_app);
        var oldDevice = _app.DeviceClient(registered.Secret);
        var batch = new PushPunchesInput([new PushedPunch("9", "2030-01-07 09:00:00", 1, 0, null)]);
        (await oldDevice.PostAsJsonAsync("/api/attendance/device/punches", batch, ApiClient.Json)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var rotated = await admin.PostAsync<DeviceWithKeyDto>($"/api/attendance/devices/{registered.Device.Id}/rotate-key", null);

        rotated.Secret.ShouldNotBe(registered.Secret);
        (await oldDevice.PostAsJsonAsync("/api/attendance/device/punches", batch, ApiClient.Json)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await _app.DeviceClient(rotated.Secret).PostAsJsonAsync("/api/attendance/device/punches", batch, ApiClient.Json))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_refuse_every_event_of_a_deactivated_device_with_the_reason()
    {
        var admin = await _app.AdminAsync();
        var registered = await admin.RegisterAsync(_app);
        await admin.MapAsync(registered.Device, ("1", Demo.Staff));
        await admin.PostAsync<DeviceDto>($"/api/attendance/devices/{registered.Device.Id}/deactivate", null);

        var response = await _app.DeviceClient(registered.Secret).PostAsJsonAsync("/api/attendance/device/punches",
            new PushPunchesInput([new PushedPunch("1", "2030-01-07 09:00:00", 1, 0, null)]), ApiClient.Json);
        var result = (await response.Content.ReadFromJsonAsync<PushResultDto>(ApiClient.Json))!;

        result.Events.ShouldHaveSingleItem().ShouldBe(new PushEventResult(0, PushOutcome.Refused, PushRefusal.InactiveDevice));
        (await _app.PunchesAsync(registered.Device.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_show_a_hall_manager_their_halls_devices_and_answer_404_to_another_halls_manager()
    {
        var admin = await _app.AdminAsync();
        var registered = await admin.RegisterAsync(_app);
        var manager = _app.CreateApiClient();
        await manager.LoginAsync(Demo.Manager);
        var other = _app.CreateApiClient();
        await other.LoginAsync(IntakeHttp.OtherHallManager);

        (await manager.GetAsync<DeviceDto>($"/api/attendance/devices/{registered.Device.Id}")).SerialNumber.ShouldBe(registered.Device.SerialNumber);
        (await other.Http.GetAsync($"/api/attendance/devices/{registered.Device.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Http.GetAsync($"/api/attendance/devices/{registered.Device.Id}/corrections")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = await other.GetAsync<Training.SharedKernel.Paging.PagedResult<DeviceDto>>(
            $"/api/attendance/devices?filter={registered.Device.SerialNumber}");
        list.Items.ShouldBeEmpty();
        (await other.Http.GetAsync($"/api/attendance/device-users?hallId={registered.Device.HallId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_not_let_a_key_of_no_attendance_device_push()
    {
        var admin = await _app.AdminAsync();
        var key = await admin.PostAsync<Training.Identity.CreatedDeviceKeyDto>("/api/identity/device-keys",
            new Training.Identity.CreateDeviceKeyInput("评价器", null));

        var response = await _app.DeviceClient(key.Secret).PostAsJsonAsync("/api/attendance/device/punches",
            new PushPunchesInput([new PushedPunch("1", "2030-01-07 09:00:00", 1, 0, null)]), ApiClient.Json);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DeviceTests_Sqlite(SqliteAppFixture fixture) : DeviceTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class DeviceTests_PostgreSql(PostgreSqlAppFixture fixture) : DeviceTests(fixture);

using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Training.Attendance;
using Training.Attendance.EntityFrameworkCore;
using Training.Tests.Infrastructure;

namespace Training.Tests.Attendance.Intake;

/// <summary>
/// The device user mapping from .xlsx: the same file twice leaves the same state, the untouched template writes nothing,
/// a file with a bad row writes nothing and names the row; the export reads back in.
/// </summary>
public abstract class DeviceUserImportTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    private static readonly string[] Header = ["考勤号 Device user id", "工号 Staff number", "姓名 Name"];

    private static string Url(string path, DeviceDto device) => $"/api/attendance/device-users/{path}?hallId={device.HallId}&deviceId={device.Id}";

    private async Task<List<(string, Guid)>> StateAsync(Guid deviceId) =>
        (await _app.WithScopeAsync(async sp => await sp.GetRequiredService<AttendanceDbContext>().DeviceUsers.AsNoTracking()
            .Where(u => u.DeviceId == deviceId).OrderBy(u => u.DeviceUserId).Select(u => new { u.DeviceUserId, u.StaffId, u.ModifiedAt }).ToListAsync()))
        .Select(u => (u.DeviceUserId + "|" + u.ModifiedAt, u.StaffId)).ToList();

    [Fact]
    public async Task Should_import_the_mapping_once_and_change_nothing_when_the_same_file_comes_again()
    {
        var admin = await _app.AdminAsync();
        var device = (await admin.RegisterAsync(_app)).Device;
        var file = Xlsx.Build(("考勤号对照", Header, [["1", Demo.Staff, null], ["2", Demo.OtherStaff, "随便写"], ["3", Demo.Lead, null]]));

        var first = await admin.PostMultipartAsync<DeviceUserImportResultDto>(Url("import", device), Xlsx.Upload(file));
        var afterFirst = await StateAsync(device.Id);
        var second = await admin.PostMultipartAsync<DeviceUserImportResultDto>(Url("import", device), Xlsx.Upload(file));

        first.ShouldBe(new DeviceUserImportResultDto(3, 0, 0));
        second.ShouldBe(new DeviceUserImportResultDto(0, 0, 3));
        (await StateAsync(device.Id)).ShouldBe(afterFirst);
        afterFirst.Count.ShouldBe(3);

        // The export reads back in as it is: nothing changes.
        var exported = await admin.Http.GetByteArrayAsync(Url("export", device));
        var third = await admin.PostMultipartAsync<DeviceUserImportResultDto>(Url("import", device), Xlsx.Upload(exported));
        third.ShouldBe(new DeviceUserImportResultDto(0, 0, 3));
        using var stream = new MemoryStream(exported);
        stream.Query(useHeaderRow: true).Count().ShouldBe(3);
    }

    [Fact]
    public async Task Should_write_nothing_from_the_untouched_template()
    {
        var admin = await _app.AdminAsync();
        var device = (await admin.RegisterAsync(_app)).Device;
        var template = await admin.Http.GetByteArrayAsync("/api/attendance/device-users/import/template");

        var response = await admin.Http.PostAsync(Url("import", device), Xlsx.Upload(template));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await StateAsync(device.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_write_nothing_from_a_file_with_a_bad_row_and_name_every_bad_row()
    {
        var admin = await _app.AdminAsync();
        var device = (await admin.RegisterAsync(_app)).Device;
        var file = Xlsx.Build(("考勤号对照", Header,
            [["1", Demo.Staff, null], ["2", "S9999", null], ["1", Demo.OtherStaff, null], ["4", Demo.OtherHallStaff, null]]));

        var response = await admin.Http.PostAsync(Url("import", device), Xlsx.Upload(file));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var rows = (await ApiClient.ProblemAsync(response)).GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("row").GetInt32(), r.GetProperty("code").GetString())).ToList();
        rows.ShouldBe([(3, AttendanceErrorCodes.UnknownStaffNumber), (4, AttendanceErrorCodes.RepeatedInFile), (5, AttendanceErrorCodes.StaffNotInHall)],
            ignoreOrder: true);
        (await StateAsync(device.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_not_let_a_manager_of_another_hall_import_into_this_halls_mapping()
    {
        var admin = await _app.AdminAsync();
        var device = (await admin.RegisterAsync(_app)).Device;
        var other = _app.CreateApiClient();
        await other.LoginAsync(IntakeHttp.OtherHallManager);
        var file = Xlsx.Build(("考勤号对照", Header, [["1", Demo.Staff, null]]));

        var response = await other.Http.PostAsync(Url("import", device), Xlsx.Upload(file));

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
        (await StateAsync(device.Id)).ShouldBeEmpty();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DeviceUserImportTests_Sqlite(SqliteAppFixture fixture) : DeviceUserImportTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class DeviceUserImportTests_PostgreSql(PostgreSqlAppFixture fixture) : DeviceUserImportTests(fixture);

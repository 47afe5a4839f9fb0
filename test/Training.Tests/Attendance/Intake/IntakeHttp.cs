using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Attendance;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.Tests.Infrastructure;

namespace Training.Tests.Attendance.Intake;

/// <summary>Steps the intake tests share: a registered device, a device client signed in with its key, mapped users, stored punches.</summary>
internal static class IntakeHttp
{
    /// <summary>The manager of 高新区政务服务分中心 (GXQ): the first person of its first unit.</summary>
    public const string OtherHallManager = "S0085";

    public static string NewSerial() => "SN" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();

    public static async Task<ApiClient> AdminAsync(this TrainingApp app)
    {
        var admin = app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        return admin;
    }

    public static async Task<DeviceWithKeyDto> RegisterAsync(this ApiClient admin, TrainingApp app, string hall = "SZX",
        DeviceKind kind = DeviceKind.Clock, string? timeZone = null) =>
        await admin.PostAsync<DeviceWithKeyDto>("/api/attendance/devices",
            new RegisterDeviceInput(NewSerial(), "一楼指纹考勤机", await app.HallIdAsync(hall), "ZKTeco K40", kind, timeZone));

    public static HttpClient DeviceClient(this TrainingApp app, string secret)
    {
        var device = app.CreateApiClient().Http;
        device.DefaultRequestHeaders.Add("X-Device-Key", secret);
        return device;
    }

    /// <summary>Maps device user ids to staff numbers for one device.</summary>
    public static async Task MapAsync(this ApiClient admin, DeviceDto device, params (string UserId, string StaffNumber)[] users)
    {
        foreach (var (userId, number) in users)
            await admin.PostAsync<DeviceUserDto>("/api/attendance/device-users", new SaveDeviceUserInput(device.HallId, device.Id, userId, number));
    }

    public static async Task<List<Punch>> PunchesAsync(this TrainingApp app, Guid deviceId) =>
        await app.WithScopeAsync(async sp => await sp.GetRequiredService<AttendanceDbContext>().Punches.AsNoTracking()
            .Where(p => p.DeviceId == deviceId).OrderBy(p => p.DeviceUserId).ThenBy(p => p.RawLocalTime).ToListAsync());
}

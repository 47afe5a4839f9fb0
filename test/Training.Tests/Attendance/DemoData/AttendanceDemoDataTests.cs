using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Attendance;
using Training.Attendance.EntityFrameworkCore;
using Training.Tests.Infrastructure;

namespace Training.Tests.Attendance.DemoData;

/// <summary>
/// The demo attendance (AttendanceDemoDataSeeder): a clock per hall, punches and computed results for the last working
/// days, one pending leave request, and the clerk who keeps the centre's attendance.
/// </summary>
public abstract class AttendanceDemoDataTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_seed_a_clock_per_hall_with_punches_results_and_a_pending_request()
    {
        var (serials, punches, late, absent, pending) = await _app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AttendanceDbContext>();
            return (await db.Devices.Select(d => d.SerialNumber).OrderBy(s => s).ToListAsync(),
                await db.Punches.CountAsync(),
                await db.DailyResults.CountAsync(r => r.Status == SessionStatus.Late),
                await db.DailyResults.CountAsync(r => r.Status == SessionStatus.Absent),
                await db.LeaveRequests.CountAsync(r => r.Status == LeaveStatus.Pending));
        });

        serials.ShouldContain("DEMO-GXQ-01");
        serials.Where(s => s.StartsWith("DEMO-")).Count().ShouldBe(3);
        punches.ShouldBeGreaterThan(1000);
        late.ShouldBeGreaterThan(0);
        absent.ShouldBeGreaterThan(0);
        pending.ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task Should_let_the_demo_clerk_keep_the_centres_devices()
    {
        var clerk = _app.CreateApiClient();
        await clerk.LoginAsync(Infrastructure.Demo.Clerk);

        var devices = await clerk.GetAsync<Training.SharedKernel.Paging.PagedResult<DeviceDto>>("/api/attendance/devices?maxResultCount=50");

        devices.Items.Select(d => d.SerialNumber).ShouldBe(["DEMO-SZX-01"]);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AttendanceDemoDataTests_Sqlite(SqliteAppFixture fixture) : AttendanceDemoDataTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class AttendanceDemoDataTests_PostgreSql(PostgreSqlAppFixture fixture) : AttendanceDemoDataTests(fixture);

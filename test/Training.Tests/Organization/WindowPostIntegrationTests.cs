using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Training.Organization;
using Training.SharedKernel.Time;
using Training.Tests.Infrastructure;
using Training.Tests.Learning;

namespace Training.Tests.Organization;

/// <summary>
/// Who held a window on a date and at an instant, and each person's post history, as other modules ask for them: the
/// app's clock is moved through a day so a post changes hands at 14:00.
/// </summary>
public abstract class WindowPostIntegrationTests(ClockedAppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;
    private readonly FakeTimeProvider _clock = fixture.Clock;

    private static DateTime Shanghai(DateOnly date, int hour) => date.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Utc).AddHours(-8);

    /// <summary>Moves the shared clock to 10:00 of a day after its own (clocks only go forward), and returns that day.</summary>
    private DateOnly NextMorning()
    {
        var day = _clock.Today().AddDays(1);
        _clock.SetUtcNow(Shanghai(day, 10));
        return day;
    }

    private async Task<(ApiClient Admin, StaffDetailDto First, StaffDetailDto Second, WindowDto Window, WindowDto Other)> ArrangeAsync()
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var hallId = await _app.HallIdAsync("GXQ");
        var unit = (await admin.GetAsync<List<UnitDto>>($"/api/organization/units?hallId={hallId}"))[0];
        var tag = Random.Shared.Next(100000, 999999);
        var window = await admin.PostAsync<WindowDto>("/api/organization/windows", new SaveWindowInput(unit.Id, $"W{tag}", "交接窗口", WindowType.Comprehensive));
        var other = await admin.PostAsync<WindowDto>("/api/organization/windows", new SaveWindowInput(unit.Id, $"X{tag}", "另一窗口", WindowType.Comprehensive));
        var first = (await admin.PostAsync<CreatedStaffDto>("/api/organization/staff",
            new SaveStaffInput($"P{tag}1", "上午班", null, StaffKind.Own, null, hallId, unit.Id))).Staff;
        var second = (await admin.PostAsync<CreatedStaffDto>("/api/organization/staff",
            new SaveStaffInput($"P{tag}2", "下午班", null, StaffKind.Own, null, hallId, unit.Id))).Staff;
        await admin.GrantPreJobCertificatesAsync(first.StaffNumber, second.StaffNumber);
        return (admin, first, second, window, other);
    }

    [Fact]
    public async Task Should_answer_who_held_a_window_on_a_day_and_at_an_instant_across_a_mid_day_change()
    {
        var today = NextMorning();
        var (admin, first, second, window, _) = await ArrangeAsync();
        await admin.PostAsync<StaffDetailDto>($"/api/organization/staff/{first.Id}/assign", new AssignInput(window.Id, null));
        _clock.SetUtcNow(Shanghai(today, 14));
        await admin.PostAsync<StaffDetailDto>($"/api/organization/staff/{first.Id}/end-assignment", new EndAssignmentInput(null, "交接"));
        await admin.PostAsync<StaffDetailDto>($"/api/organization/staff/{second.Id}/assign", new AssignInput(window.Id, null));

        var (onDays, atInstants) = await _app.WithScopeAsync(async sp =>
        {
            var posts = sp.GetRequiredService<IWindowPostIntegrationService>();
            return (await posts.GetHoldersOnDatesAsync([new(window.Id, today.AddDays(-1)), new(window.Id, today), new(window.Id, today.AddDays(1))]),
                await posts.GetHoldersAtAsync([new(window.Id, Shanghai(today, 11)), new(window.Id, Shanghai(today, 14)), new(window.Id, Shanghai(today, 9))]));
        });

        onDays.Select(h => (h.Key.Date, h.Post.StaffId)).ShouldBe([(today, first.Id), (today, second.Id), (today.AddDays(1), second.Id)]);
        onDays[0].Post.StartsAt.ShouldBe(Shanghai(today, 10));
        onDays[0].Post.EndsAt.ShouldBe(Shanghai(today, 14));
        atInstants.Select(h => (h.Key.At, h.Post.StaffId)).ShouldBe([(Shanghai(today, 11), first.Id), (Shanghai(today, 14), second.Id)]);
    }

    [Fact]
    public async Task Should_give_each_persons_post_history_oldest_first()
    {
        var today = NextMorning();
        var (admin, first, second, window, other) = await ArrangeAsync();
        await admin.PostAsync<StaffDetailDto>($"/api/organization/staff/{first.Id}/assign", new AssignInput(window.Id, new DateOnly(2026, 3, 2)));
        await admin.PostAsync<StaffDetailDto>($"/api/organization/staff/{first.Id}/assign", new AssignInput(other.Id, new DateOnly(2026, 9, 1)));
        await admin.PostAsync<StaffDetailDto>($"/api/organization/staff/{first.Id}/assign", new AssignInput(window.Id, null));
        await admin.PostAsync<StaffDetailDto>($"/api/organization/staff/{second.Id}/assign", new AssignInput(other.Id, null));

        var history = await _app.WithScopeAsync(sp =>
            sp.GetRequiredService<IWindowPostIntegrationService>().GetPostHistoryAsync([second.Id, first.Id]));

        history.Where(h => h.Post.StaffId == first.Id).Select(h => (h.WindowCode, h.Post.StartDate, h.Post.EndDate, h.EndKind)).ShouldBe(
        [
            (window.Code, new DateOnly(2026, 3, 2), (DateOnly?)new DateOnly(2026, 9, 1), (AssignmentEndKind?)AssignmentEndKind.Moved),
            (other.Code, new DateOnly(2026, 9, 1), today, AssignmentEndKind.Moved),
            (window.Code, today, null, null),
        ]);
        history.Where(h => h.Post.StaffId == first.Id).Last().Post.StartsAt.ShouldBe(Shanghai(today, 10));
        history.Single(h => h.Post.StaffId == second.Id).UnitName.ShouldNotBeNullOrEmpty();
        history.Single(h => h.Post.StaffId == second.Id).HallName.ShouldBe("高新区政务服务分中心");
    }
}

public sealed class WindowPostIntegrationTests_Sqlite(SqliteClockedAppFixture fixture)
    : WindowPostIntegrationTests(fixture), IClassFixture<SqliteClockedAppFixture>;

public sealed class WindowPostIntegrationTests_PostgreSql(PostgreSqlClockedAppFixture fixture)
    : WindowPostIntegrationTests(fixture), IClassFixture<PostgreSqlClockedAppFixture>;

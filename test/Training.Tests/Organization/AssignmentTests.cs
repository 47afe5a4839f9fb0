using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Organization;
using Training.Organization.EntityFrameworkCore;
using Training.Tests.Infrastructure;

namespace Training.Tests.Organization;

/// <summary>Assign, move, end and return through the API, with the dated history.</summary>
public abstract class AssignmentTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    private async Task<(ApiClient Admin, StaffDetailDto Person, List<WindowDto> Windows)> NewPersonAsync(StaffKind kind)
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var hallId = await _app.HallIdAsync("GXQ");
        var departments = await admin.GetAsync<List<DepartmentDto>>("/api/organization/departments");
        var created = await admin.PostAsync<CreatedStaffDto>("/api/organization/staff", new SaveStaffInput(
            $"A{Random.Shared.Next(1000000, 9999999)}", "调岗测试", null, kind, kind == StaffKind.Dispatched ? departments[0].Id : null, hallId, null));
        await admin.GrantPreJobCertificatesAsync(created.Staff.StaffNumber); // the window-post gate
        var windows = await admin.GetAsync<List<WindowDto>>($"/api/organization/windows?hallId={hallId}");
        return (admin, created.Staff, windows);
    }

    [Fact]
    public async Task Should_keep_a_dated_history_through_assign_move_and_end()
    {
        var (admin, person, windows) = await NewPersonAsync(StaffKind.Own);
        var url = $"/api/organization/staff/{person.Id}";

        await admin.PostAsync<StaffDetailDto>($"{url}/assign", new AssignInput(windows[0].Id, new DateOnly(2026, 3, 2)));
        var moved = await admin.PostAsync<StaffDetailDto>($"{url}/assign", new AssignInput(windows[1].Id, new DateOnly(2026, 6, 1)));
        var ended = await admin.PostAsync<StaffDetailDto>($"{url}/end-assignment", new EndAssignmentInput(new DateOnly(2026, 9, 30), "借调"));

        moved.Current!.WindowId.ShouldBe(windows[1].Id);
        ended.Current.ShouldBeNull();
        ended.History.Select(h => (h.WindowId, h.StartDate, h.EndDate, h.EndKind)).ShouldBe(
        [
            (windows[1].Id, new DateOnly(2026, 6, 1), (DateOnly?)new DateOnly(2026, 9, 30), (AssignmentEndKind?)AssignmentEndKind.Ended),
            (windows[0].Id, new DateOnly(2026, 3, 2), new DateOnly(2026, 6, 1), AssignmentEndKind.Moved),
        ]);
        ended.History[0].EndReason.ShouldBe("借调");
        ended.UnitId.ShouldBe(windows[1].UnitId);
    }

    [Fact]
    public async Task Should_return_only_dispatched_staff_to_their_department_with_a_reason()
    {
        var (admin, own, windows) = await NewPersonAsync(StaffKind.Own);
        var (_, dispatched, _) = await NewPersonAsync(StaffKind.Dispatched);
        await admin.PostAsync<StaffDetailDto>($"/api/organization/staff/{dispatched.Id}/assign", new AssignInput(windows[0].Id, new DateOnly(2026, 1, 5)));

        var refused = await admin.PostRawAsync($"/api/organization/staff/{own.Id}/return", new ReturnToDepartmentInput(null, "不胜任"));
        var missingReason = await admin.PostRawAsync($"/api/organization/staff/{dispatched.Id}/return", new ReturnToDepartmentInput(null, ""));
        var returned = await admin.PostAsync<StaffDetailDto>($"/api/organization/staff/{dispatched.Id}/return",
            new ReturnToDepartmentInput(new DateOnly(2026, 4, 1), "业务不熟练，退回派驻部门"));
        var afterwards = await admin.PostRawAsync($"/api/organization/staff/{dispatched.Id}/assign", new AssignInput(windows[0].Id, null));

        (await ApiClient.ProblemAsync(refused)).GetProperty("code").GetString().ShouldBe(OrganizationErrorCodes.OnlyDispatchedCanBeReturned);
        (await ApiClient.ProblemAsync(missingReason)).GetProperty("errors").GetProperty("reason").GetArrayLength().ShouldBe(1);
        returned.Status.ShouldBe(StaffStatus.Returned);
        returned.History.Single().EndKind.ShouldBe(AssignmentEndKind.Returned);
        (await ApiClient.ProblemAsync(afterwards)).GetProperty("code").GetString().ShouldBe(OrganizationErrorCodes.StaffNotActive);
    }

    [Fact]
    public async Task Should_not_let_a_hall_manager_assign_into_another_hall()
    {
        var (_, person, windows) = await NewPersonAsync(StaffKind.Own);
        var manager = _app.CreateApiClient();
        await manager.LoginAsync(Demo.Manager); // manages SZX, the person belongs to GXQ

        var response = await manager.PostRawAsync($"/api/organization/staff/{person.Id}/assign", new AssignInput(windows[0].Id, null));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _app.WithScopeAsync(sp => sp.GetRequiredService<OrganizationDbContext>().Assignments.CountAsync(a => a.StaffId == person.Id)))
            .ShouldBe(0);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AssignmentTests_Sqlite(SqliteAppFixture fixture) : AssignmentTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class AssignmentTests_PostgreSql(PostgreSqlAppFixture fixture) : AssignmentTests(fixture);

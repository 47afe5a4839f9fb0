using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Organization;
using Training.Organization.EntityFrameworkCore;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Scoping;
using Training.Tests.Infrastructure;

namespace Training.Tests.Http;

/// <summary>Each role signs in for real and gets exactly the people of its scope; ids outside it answer 404.</summary>
public abstract class DataScopeTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Theory]
    [InlineData(Demo.Admin)]
    [InlineData(Demo.Hr)]
    public async Task Should_see_every_person_with_scope_all(string userName)
    {
        var client = _app.CreateApiClient();
        var me = await client.LoginAsync(userName);
        me.Scope.Kind.ShouldBe(ScopeKind.All);
        var total = await _app.WithScopeAsync(sp => sp.GetRequiredService<OrganizationDbContext>().Staff.CountAsync());

        var page = await client.GetAsync<PagedResult<StaffListItemDto>>("/api/organization/staff?maxResultCount=1");

        page.TotalCount.ShouldBe(total);
    }

    [Fact]
    public async Task Should_see_only_the_managed_hall_as_hall_manager()
    {
        var client = _app.CreateApiClient();
        var me = await client.LoginAsync(Demo.Manager);
        var hallId = await _app.HallIdAsync("SZX");
        me.Scope.Kind.ShouldBe(ScopeKind.Halls);
        me.Scope.HallIds.ShouldBe([hallId]);
        var inHall = await _app.WithScopeAsync(sp => sp.GetRequiredService<OrganizationDbContext>().Staff.CountAsync(s => s.HallId == hallId));

        var page = await client.GetAsync<PagedResult<StaffListItemDto>>("/api/organization/staff?maxResultCount=1000");

        page.TotalCount.ShouldBe(inHall);
        page.Items.ShouldAllBe(s => s.HallId == hallId);
        var outside = await _app.WithScopeAsync(sp => sp.GetRequiredService<OrganizationDbContext>().Staff
            .Where(s => s.HallId != hallId).Select(s => s.Id).FirstAsync());
        (await client.Http.GetAsync($"/api/organization/staff/{outside}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_see_only_the_led_units_and_self_as_window_lead()
    {
        var client = _app.CreateApiClient();
        var me = await client.LoginAsync(Demo.Lead);
        me.Scope.Kind.ShouldBe(ScopeKind.Units);
        var units = me.Scope.UnitIds;
        units.ShouldNotBeEmpty();
        var expected = await _app.WithScopeAsync(sp => sp.GetRequiredService<OrganizationDbContext>().Staff
            .CountAsync(s => (s.UnitId != null && units.Contains(s.UnitId.Value)) || s.Id == me.StaffId));

        var page = await client.GetAsync<PagedResult<StaffListItemDto>>("/api/organization/staff?maxResultCount=1000");

        page.TotalCount.ShouldBe(expected);
        page.Items.ShouldAllBe(s => (s.UnitId != null && units.Contains(s.UnitId.Value)) || s.Id == me.StaffId);
    }

    [Fact]
    public async Task Should_see_only_own_record_as_staff()
    {
        var client = _app.CreateApiClient();
        var me = await client.LoginAsync(Demo.Staff);
        me.Scope.Kind.ShouldBe(ScopeKind.Own);

        var page = await client.GetAsync<PagedResult<StaffListItemDto>>("/api/organization/staff");
        var own = await client.GetAsync<StaffDetailDto>($"/api/organization/staff/{me.StaffId}");

        page.TotalCount.ShouldBe(1);
        page.Items.Single().Id.ShouldBe(me.StaffId!.Value);
        own.StaffNumber.ShouldBe(Demo.Staff);
    }

    [Fact]
    public async Task Should_answer_404_when_staff_asks_for_another_persons_record_by_id()
    {
        var client = _app.CreateApiClient();
        await client.LoginAsync(Demo.Staff);
        var other = await _app.StaffIdAsync(Demo.OtherStaff);

        var response = await client.Http.GetAsync($"/api/organization/staff/{other}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ApiClient.ProblemAsync(response)).GetProperty("code").GetString().ShouldBe("Common:NotFound");
    }

    [Fact]
    public async Task Should_refuse_writes_for_read_only_hr()
    {
        var client = _app.CreateApiClient();
        await client.LoginAsync(Demo.Hr);
        var hallId = await _app.HallIdAsync("SZX");

        var response = await client.PostRawAsync("/api/organization/staff",
            new SaveStaffInput("HR0001", "测试", null, StaffKind.Own, null, hallId, null));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ApiClient.ProblemAsync(response)).GetProperty("code").GetString().ShouldBe("Common:Forbidden");
    }

    [Fact]
    public async Task Should_answer_401_problem_when_not_signed_in()
    {
        var response = await _app.CreateApiClient().Http.GetAsync("/api/organization/staff");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await ApiClient.ProblemAsync(response)).GetProperty("code").GetString().ShouldBe("Common:Unauthorized");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DataScopeTests_Sqlite(SqliteAppFixture fixture) : DataScopeTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class DataScopeTests_PostgreSql(PostgreSqlAppFixture fixture) : DataScopeTests(fixture);

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Identity;
using Training.Learning;
using Training.Organization;
using Training.Organization.EntityFrameworkCore;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Scoping;
using Training.Tests.Infrastructure;

namespace Training.Tests.Organization;

/// <summary>
/// An appointment gives a role and a scope; taking it away takes them away on the person's next request, unless another
/// appointment of the same kind remains (then only the scope shrinks).
/// </summary>
public abstract class LeadershipTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_take_the_lead_role_away_with_the_last_unit_led_and_keep_it_while_one_remains()
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var hall = (await admin.GetAsync<OrganizationTreeDto>("/api/organization/tree")).Halls.Single(h => h.Hall.Code == "CGJD");
        var (first, second) = (hall.Units[0], hall.Units[1]);
        var person = await PlainStaffAsync(hall.Hall.Id);
        await SetLeadsAsync(admin, first, [.. first.Leads.Select(l => l.Id), person.Id]);
        await SetLeadsAsync(admin, second, [.. second.Leads.Select(l => l.Id), person.Id]);
        var lead = _app.CreateApiClient();
        var asLead = await lead.LoginAsync(person.StaffNumber);
        asLead.Roles.ShouldContain(RoleNames.WindowLead);
        asLead.Scope.UnitIds.OrderBy(id => id).ShouldBe(new[] { first.Unit.Id, second.Unit.Id }.OrderBy(id => id));
        (await lead.Http.GetAsync("/api/learning/attempts")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await SetLeadsAsync(admin, second, [.. second.Leads.Select(l => l.Id)]);
        var withOne = await lead.GetAsync<CurrentUserDto>("/api/account/me");

        withOne.Roles.ShouldContain(RoleNames.WindowLead);
        withOne.Permissions.ShouldContain(LearningPermissions.Exams.Results);
        withOne.Scope.Kind.ShouldBe(ScopeKind.Units);
        withOne.Scope.UnitIds.ShouldBe([first.Unit.Id]);

        await SetLeadsAsync(admin, first, [.. first.Leads.Select(l => l.Id)]);
        var attempts = await lead.Http.GetAsync("/api/learning/attempts");
        var removed = await lead.GetAsync<CurrentUserDto>("/api/account/me");

        attempts.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        removed.Roles.ShouldBe([RoleNames.Staff]);
        removed.Permissions.ShouldNotContain(LearningPermissions.Exams.Results);
        removed.Scope.Kind.ShouldBe(ScopeKind.Own);
        removed.Scope.UnitIds.ShouldBeEmpty();
        // the units kept their other leads
        var after = (await admin.GetAsync<OrganizationTreeDto>("/api/organization/tree")).Halls.Single(h => h.Hall.Code == "CGJD");
        after.Units[0].Leads.Select(l => l.Id).ShouldBe(first.Leads.Select(l => l.Id));
        after.Units[1].Leads.Select(l => l.Id).ShouldBe(second.Leads.Select(l => l.Id));
    }

    [Fact]
    public async Task Should_take_the_manager_role_away_with_the_last_hall_managed_and_keep_it_while_one_remains()
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var (gxq, cgjd) = (await _app.HallIdAsync("GXQ"), await _app.HallIdAsync("CGJD"));
        var person = await PlainStaffAsync(cgjd);
        var gxqManagers = await ManagersAsync(admin, gxq);
        var cgjdManagers = await ManagersAsync(admin, cgjd);
        await SetManagersAsync(admin, gxq, [.. gxqManagers, person.Id]);
        await SetManagersAsync(admin, cgjd, [.. cgjdManagers, person.Id]);
        var manager = _app.CreateApiClient();
        var asManager = await manager.LoginAsync(person.StaffNumber);
        asManager.Roles.ShouldContain(RoleNames.HallManager);
        asManager.Scope.HallIds.Count.ShouldBe(2);

        await SetManagersAsync(admin, gxq, gxqManagers);
        var withOne = await manager.GetAsync<CurrentUserDto>("/api/account/me");

        withOne.Roles.ShouldContain(RoleNames.HallManager);
        withOne.Scope.Kind.ShouldBe(ScopeKind.Halls);
        withOne.Scope.HallIds.ShouldBe([cgjd]);

        await SetManagersAsync(admin, cgjd, cgjdManagers);
        var staffOfOthers = await manager.Http.GetAsync($"/api/organization/staff/{cgjdManagers[0]}");
        var removed = await manager.GetAsync<CurrentUserDto>("/api/account/me");

        staffOfOthers.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        removed.Roles.ShouldBe([RoleNames.Staff]);
        removed.Permissions.ShouldNotContain(OrganizationPermissions.Staff.Manage);
        removed.Scope.Kind.ShouldBe(ScopeKind.Own);
        (await ManagersAsync(admin, cgjd)).ShouldBe(cgjdManagers);
    }

    /// <summary>A person of the hall who leads and manages nothing and has only the Staff role.</summary>
    private async Task<PersonRefDto> PlainStaffAsync(Guid hallId) =>
        await _app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<OrganizationDbContext>();
            return await db.Staff
                .Where(s => s.HallId == hallId && s.UserId != null
                            && !db.UnitLeads.Any(l => l.StaffId == s.Id) && !db.HallManagers.Any(m => m.StaffId == s.Id))
                .OrderByDescending(s => s.StaffNumber)
                .Select(s => new PersonRefDto(s.Id, s.StaffNumber, s.Name)).FirstAsync();
        });

    private static Task<List<PersonRefDto>> SetLeadsAsync(ApiClient admin, UnitNodeDto unit, List<Guid> staffIds) =>
        admin.PutAsync<List<PersonRefDto>>($"/api/organization/units/{unit.Unit.Id}/leads", new SetLeadsInput(staffIds));

    private static Task<List<PersonRefDto>> SetManagersAsync(ApiClient admin, Guid hallId, List<Guid> staffIds) =>
        admin.PutAsync<List<PersonRefDto>>($"/api/organization/halls/{hallId}/managers", new SetLeadsInput(staffIds));

    private static async Task<List<Guid>> ManagersAsync(ApiClient admin, Guid hallId) =>
        (await admin.GetAsync<List<PersonRefDto>>($"/api/organization/halls/{hallId}/managers")).Select(p => p.Id).ToList();
}

[Collection(SqliteCollection.Name)]
public sealed class LeadershipTests_Sqlite(SqliteAppFixture fixture) : LeadershipTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class LeadershipTests_PostgreSql(PostgreSqlAppFixture fixture) : LeadershipTests(fixture);

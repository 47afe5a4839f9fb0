using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Training.Identity;
using Training.Learning;
using Training.Organization;
using Training.Platform;
using Training.SharedKernel.Home;
using Training.SharedKernel.Paging;
using Training.Tests.Infrastructure;

namespace Training.Tests.Learning;

/// <summary>
/// The home page (GET /api/home) with Learning's items: a newcomer is told first that there is no window post without
/// the pre-job certificate and where the pre-job course is; a manager sees counts for their own scope only, computed
/// with the same number of queries however many people the scope holds.
/// </summary>
public abstract class HomeItemsTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private async Task<ApiClient> AdminAsync()
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        return admin;
    }

    /// <summary>A new person in a hall (no window), signed in with the one-time password changed.</summary>
    private async Task<(StaffDetailDto Person, ApiClient Client)> NewPersonAsync(ApiClient admin, string hallCode)
    {
        var number = $"H{Random.Shared.Next(1000000, 9999999)}";
        var created = await admin.PostAsync<CreatedStaffDto>("/api/organization/staff", new SaveStaffInput(
            number, "首页测试", null, StaffKind.Own, null, await _app.HallIdAsync(hallCode), null));
        var client = _app.CreateApiClient();
        await client.LoginAsync(number, created.InitialPassword!);
        (await client.PostRawAsync("/api/account/change-password", new ChangePasswordInput(created.InitialPassword!, "newpass123")))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        return (created.Staff, client);
    }

    /// <summary>A person at a window of the hall whose pre-job certificate was then revoked (the post stays).</summary>
    private async Task AtWindowWithoutCertificateAsync(ApiClient admin, string hallCode)
    {
        var (person, _) = await NewPersonAsync(admin, hallCode);
        await admin.GrantPreJobCertificatesAsync(person.StaffNumber);
        var windows = await admin.GetAsync<List<WindowDto>>($"/api/organization/windows?hallId={await _app.HallIdAsync(hallCode)}");
        await admin.PostAsync<StaffDetailDto>($"/api/organization/staff/{person.Id}/assign", new AssignInput(windows[0].Id, null));
        var certificate = (await admin.GetAsync<PagedResult<CertificateDto>>($"/api/learning/certificates?staffId={person.Id}")).Items.Single();
        await admin.PostAsync<CertificateDto>($"/api/learning/certificates/{certificate.Id}/revoke", new RevokeCertificateInput("首页测试"));
    }

    private static async Task<Dictionary<string, HomeItemDto>> HomeAsync(ApiClient client) =>
        (await client.GetAsync<HomeDto>("/api/home")).Items.ToDictionary(i => i.Key);

    private static int CountOf(Dictionary<string, HomeItemDto> items, string key) => items.TryGetValue(key, out var i) ? i.Count ?? 0 : 0;

    [Fact]
    public async Task Should_tell_a_newcomer_first_that_no_window_post_comes_before_the_pre_job_course_and_exam()
    {
        var admin = await AdminAsync();
        var (_, newcomer) = await NewPersonAsync(admin, "SZX");
        var preJobCourses = (await newcomer.GetAsync<List<AvailableCourseDto>>("/api/learning/my/available-courses"))
            .Where(c => c.Kind == CourseKind.PreJob && c.IsRequired).Select(c => c.CourseId).ToList();

        var home = await newcomer.GetAsync<HomeDto>("/api/home");

        var first = home.Items[0];
        first.Key.ShouldBe("learning.preJobMissing");
        first.Kind.ShouldBe(HomeItemKind.Notice);
        first.Severity.ShouldBe(HomeItemSeverity.Urgent);
        preJobCourses.ShouldContain(Guid.Parse(first.Args!["courseId"]));
        first.Link.ShouldBe($"/my-learning/courses/{first.Args["courseId"]}");
        first.Args["course"].ShouldNotBeNullOrWhiteSpace();
        home.Items.ShouldContain(i => i.Key == "learning.requiredCourses" && i.Count >= 1 && i.Link == "/my-learning/courses");
        home.Items.ShouldNotContain(i => i.Count == 0 && i.Kind != HomeItemKind.Figure);
        home.Items.ShouldNotContain(i => i.Key.StartsWith("learning.windowStaff") || i.Key == "learning.preJobCoverage"); // a learner is no manager
    }

    [Fact]
    public async Task Should_not_warn_a_holder_of_a_valid_certificate_nor_ask_them_for_the_pre_job_course()
    {
        var admin = await AdminAsync();
        var (person, holder) = await NewPersonAsync(admin, "SZX");
        await admin.GrantPreJobCertificatesAsync(person.StaffNumber);
        var (soon, expiring) = await NewPersonAsync(admin, "SZX");
        var expiresOn = Today.AddDays(10);
        await admin.ImportPreJobCertificatesAsync("2023-01-01", expiresOn.ToString("yyyy-MM-dd"), soon.StaffNumber);

        var items = await HomeAsync(holder);
        var warned = await HomeAsync(expiring);

        items.Keys.ShouldNotContain("learning.preJobMissing");
        items.Keys.ShouldNotContain("learning.preJobLapsed");
        items.Keys.ShouldNotContain("learning.preJobExpiring");
        var required = await holder.GetAsync<List<AvailableCourseDto>>("/api/learning/my/available-courses");
        CountOf(items, "learning.requiredCourses").ShouldBe(required.Count(c => c.IsRequired && c.Kind != CourseKind.PreJob));
        warned["learning.preJobExpiring"].Severity.ShouldBe(HomeItemSeverity.Warning);
        warned["learning.preJobExpiring"].Args!["expiresOn"].ShouldBe(expiresOn.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public async Task Should_tell_someone_whose_certificate_was_revoked_that_it_ended()
    {
        var admin = await AdminAsync();
        var (person, client) = await NewPersonAsync(admin, "GXQ");
        await admin.GrantPreJobCertificatesAsync(person.StaffNumber);
        var certificate = (await admin.GetAsync<PagedResult<CertificateDto>>($"/api/learning/certificates?staffId={person.Id}")).Items.Single();
        await admin.PostAsync<CertificateDto>($"/api/learning/certificates/{certificate.Id}/revoke", new RevokeCertificateInput("首页测试"));

        var first = (await client.GetAsync<HomeDto>("/api/home")).Items[0];

        first.Key.ShouldBe("learning.preJobLapsed");
        first.Severity.ShouldBe(HomeItemSeverity.Urgent);
        first.Args!["endedOn"].ShouldBe(Today.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public async Task Should_count_for_a_hall_manager_only_the_people_of_their_hall()
    {
        var admin = await AdminAsync();
        var manager = _app.CreateApiClient();
        await manager.LoginAsync(Demo.Manager);
        var before = await HomeAsync(manager);
        var adminBefore = await HomeAsync(admin);

        await AtWindowWithoutCertificateAsync(admin, "SZX");
        await AtWindowWithoutCertificateAsync(admin, "GXQ");
        var (soon, _) = await NewPersonAsync(admin, "SZX");
        await admin.ImportPreJobCertificatesAsync("2023-01-01", Today.AddDays(5).ToString("yyyy-MM-dd"), soon.StaffNumber);
        var (otherSoon, _) = await NewPersonAsync(admin, "GXQ");
        await admin.ImportPreJobCertificatesAsync("2023-01-01", Today.AddDays(5).ToString("yyyy-MM-dd"), otherSoon.StaffNumber);
        await NewPersonAsync(admin, "SZX");
        await NewPersonAsync(admin, "CGJD");
        var after = await HomeAsync(manager);
        var adminAfter = await HomeAsync(admin);

        CountOf(after, "learning.windowStaffWithoutPreJob").ShouldBe(CountOf(before, "learning.windowStaffWithoutPreJob") + 1);
        CountOf(after, "learning.certificatesExpiring").ShouldBe(CountOf(before, "learning.certificatesExpiring") + 1);
        CountOf(after, "learning.newcomersWithoutPreJob").ShouldBe(CountOf(before, "learning.newcomersWithoutPreJob") + 1);
        CountOf(adminAfter, "learning.windowStaffWithoutPreJob").ShouldBe(CountOf(adminBefore, "learning.windowStaffWithoutPreJob") + 2);
        CountOf(adminAfter, "learning.certificatesExpiring").ShouldBe(CountOf(adminBefore, "learning.certificatesExpiring") + 2);
        CountOf(adminAfter, "learning.newcomersWithoutPreJob").ShouldBe(CountOf(adminBefore, "learning.newcomersWithoutPreJob") + 2);
        after["learning.windowStaffWithoutPreJob"].Link.ShouldBe("/learning/certificates/import");
        after["learning.certificatesExpiring"].Link.ShouldStartWith("/learning/certificates?");
        var coverage = (Before: before["learning.preJobCoverage"].Args!, After: after["learning.preJobCoverage"].Args!);
        int.Parse(coverage.After["denominator"]).ShouldBe(int.Parse(coverage.Before["denominator"]) + 3);   // three new people in SZX
        int.Parse(coverage.After["numerator"]).ShouldBe(int.Parse(coverage.Before["numerator"]) + 1);       // one of them holds a valid one
        int.Parse(coverage.After["windowDenominator"]).ShouldBe(int.Parse(coverage.Before["windowDenominator"]) + 1);
        int.Parse(coverage.After["windowNumerator"]).ShouldBe(int.Parse(coverage.Before["windowNumerator"]));
        after["learning.preJobCoverage"].Kind.ShouldBe(HomeItemKind.Figure);
    }

    [Fact]
    public async Task Should_count_with_the_same_few_queries_however_many_people_are_in_scope()
    {
        var admin = await AdminAsync();
        using var recorder = await CommandRecorder.StartAsync(_app);
        await HomeAsync(admin);                      // warm: the account cache, the settings
        var (first, few) = await recorder.RecordAsync(() => HomeAsync(admin));
        for (var i = 0; i < 4; i++) await NewPersonAsync(admin, "GXQ");

        var (second, more) = await recorder.RecordAsync(() => HomeAsync(admin));

        CountOf(more, "learning.newcomersWithoutPreJob").ShouldBe(CountOf(few, "learning.newcomersWithoutPreJob") + 4);
        first.Count.ShouldBeGreaterThan(0);
        second.Count.ShouldBe(first.Count, $"before:\n{string.Join("\n--\n", first)}\nafter:\n{string.Join("\n--\n", second)}");
        first.Count.ShouldBeLessThanOrEqualTo(18); // Learning's, Attendance's, Ratings', Supervision's (disputes, ledger), Unresolved's (escalations) and Contests' (entries to confirm) items together
    }

    [Fact]
    public async Task Should_answer_only_a_signed_in_user_holding_the_permission()
    {
        var admin = await AdminAsync();
        var staff = _app.CreateApiClient();
        await staff.LoginAsync(Demo.Staff);
        var roles = await admin.GetAsync<List<RoleDto>>("/api/identity/roles");
        var staffRole = roles.Single(r => r.Name == "Staff");

        var anonymous = await _app.CreateApiClient().Http.GetAsync("/api/home");
        HttpStatusCode withoutGrant;
        await admin.PutAsync<RoleDto>($"/api/identity/roles/{staffRole.Id}/permissions",
            new UpdateRolePermissionsInput(staffRole.Permissions.Where(p => p != PlatformPermissions.Home.Default).ToList()));
        try
        {
            withoutGrant = (await staff.Http.GetAsync("/api/home")).StatusCode;
        }
        finally
        {
            await admin.PutAsync<RoleDto>($"/api/identity/roles/{staffRole.Id}/permissions", new UpdateRolePermissionsInput(staffRole.Permissions));
        }

        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        withoutGrant.ShouldBe(HttpStatusCode.Forbidden);
        roles.ShouldAllBe(r => r.Permissions.Contains(PlatformPermissions.Home.Default)); // granted by default to every role
        (await staff.Http.GetAsync("/api/home")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HomeItemsTests_Sqlite(SqliteAppFixture fixture) : HomeItemsTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class HomeItemsTests_PostgreSql(PostgreSqlAppFixture fixture) : HomeItemsTests(fixture);

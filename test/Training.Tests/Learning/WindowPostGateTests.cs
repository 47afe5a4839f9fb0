using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Training.Learning;
using Training.Organization;
using Training.SharedKernel.Paging;
using Training.Tests.Infrastructure;

namespace Training.Tests.Learning;

/// <summary>
/// The gate (DOMAIN, seed 001 岗前培训合格后方可上岗): Learning answers Organization's question before every new post
/// and every move. Without a valid pre-job certificate the post is refused, and the reason names what is missing;
/// current posts stay when a certificate is revoked or expires.
/// </summary>
public abstract class WindowPostGateTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    private async Task<(ApiClient Admin, StaffDetailDto Person, List<WindowDto> Windows)> NewPersonAsync()
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var hallId = await _app.HallIdAsync("GXQ");
        var created = await admin.PostAsync<CreatedStaffDto>("/api/organization/staff", new SaveStaffInput(
            $"G{Random.Shared.Next(1000000, 9999999)}", "上岗测试", null, StaffKind.Own, null, hallId, null));
        return (admin, created.Staff, await admin.GetAsync<List<WindowDto>>($"/api/organization/windows?hallId={hallId}"));
    }

    private static async Task<(string? Code, string? Reason, string? Title)> RefusalAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await ApiClient.ProblemAsync(response);
        return (problem.GetProperty("code").GetString(), problem.GetProperty("errors").GetProperty("reasonCode")[0].GetString(),
            problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Should_refuse_a_window_without_a_pre_job_certificate_and_say_what_is_missing_in_both_languages()
    {
        var (admin, person, windows) = await NewPersonAsync();
        var url = $"/api/organization/staff/{person.Id}/assign";

        var refused = await RefusalAsync(await admin.PostRawAsync(url, new AssignInput(windows[0].Id, null)));
        admin.Http.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var inEnglish = await RefusalAsync(await admin.PostRawAsync(url, new AssignInput(windows[0].Id, null)));
        admin.Http.DefaultRequestHeaders.AcceptLanguage.Clear();
        await admin.GrantPreJobCertificatesAsync(person.StaffNumber);
        var assigned = await admin.PostAsync<StaffDetailDto>(url, new AssignInput(windows[0].Id, null));

        refused.ShouldBe((OrganizationErrorCodes.NotEligibleForWindow, LearningErrorCodes.NoPreJobCertificate,
            "上岗测试 不能上岗：尚未取得岗前培训合格证，须学完必修的岗前课程并通过岗前考试后方可上岗。"));
        inEnglish.Title!.ShouldContain("no pre-job certificate yet");
        assigned.Current!.WindowId.ShouldBe(windows[0].Id);
    }

    [Fact]
    public async Task Should_keep_the_current_post_but_refuse_a_move_once_the_certificate_is_revoked()
    {
        var (admin, person, windows) = await NewPersonAsync();
        await admin.GrantPreJobCertificatesAsync(person.StaffNumber);
        await admin.PostAsync<StaffDetailDto>($"/api/organization/staff/{person.Id}/assign", new AssignInput(windows[0].Id, null));
        var certificate = (await admin.GetAsync<PagedResult<CertificateDto>>($"/api/learning/certificates?staffId={person.Id}")).Items.Single();

        await admin.PostAsync<CertificateDto>($"/api/learning/certificates/{certificate.Id}/revoke", new RevokeCertificateInput("档案核查不符"));
        var move = await RefusalAsync(await admin.PostRawAsync($"/api/organization/staff/{person.Id}/assign", new AssignInput(windows[1].Id, null)));
        var now = await admin.GetAsync<StaffDetailDto>($"/api/organization/staff/{person.Id}");

        move.Reason.ShouldBe(LearningErrorCodes.PreJobCertificateRevoked);
        move.Title!.ShouldContain("档案核查不符");
        now.Current!.WindowId.ShouldBe(windows[0].Id); // the current post stays
    }

    [Fact]
    public async Task Should_refuse_a_window_when_the_only_certificate_has_expired()
    {
        var (admin, person, windows) = await NewPersonAsync();
        await admin.ImportPreJobCertificatesAsync("2020-01-01", "2022-12-31", person.StaffNumber);

        var refused = await RefusalAsync(await admin.PostRawAsync($"/api/organization/staff/{person.Id}/assign", new AssignInput(windows[0].Id, null)));

        refused.Reason.ShouldBe(LearningErrorCodes.PreJobCertificateExpired);
        refused.Title!.ShouldContain("2022-12-31");
    }

    [Fact]
    public async Task Should_record_demo_staff_at_windows_as_holders_of_an_imported_certificate()
    {
        var staff = _app.CreateApiClient();
        await staff.LoginAsync(Demo.Staff);
        var withoutPost = _app.CreateApiClient();
        await withoutPost.LoginAsync(Demo.WithoutPost);

        var mine = await staff.GetAsync<List<CertificateDto>>("/api/learning/my/certificates");
        var none = await withoutPost.GetAsync<List<CertificateDto>>("/api/learning/my/certificates");

        mine.ShouldContain(c => c.Kind == CertificateKind.PreJob && c.Source == CertificateSource.Imported && c.Status == CertificateStatus.Valid);
        none.ShouldBeEmpty();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class WindowPostGateTests_Sqlite(SqliteAppFixture fixture) : WindowPostGateTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class WindowPostGateTests_PostgreSql(PostgreSqlAppFixture fixture) : WindowPostGateTests(fixture);

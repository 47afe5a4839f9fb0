using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Training.Organization;
using Training.Tests.Infrastructure;

namespace Training.Tests.Organization;

/// <summary>
/// 岗位AB角 through the API: the unit lead names B for the holder of a window, dated; periods of one post never overlap;
/// B is an active member of the window's unit; a unit outside the caller's scope answers 404. Each test uses its own
/// years so the tests of the shared app stay independent.
/// </summary>
public abstract class PostBackupTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    private async Task<UnitNodeDto> UnitAsync(ApiClient client, string hall, string unit) =>
        (await client.GetAsync<OrganizationTreeDto>("/api/organization/tree")).Halls.Single(h => h.Hall.Code == hall)
        .Units.Single(u => u.Unit.Code == unit);

    /// <summary>
    /// The lead of 综合受理窗口 (SZX), its window <paramref name="window"/>, the first holder (A) and a unit member without a
    /// post (B), given a pre-job certificate (B stands at the window, so B passes the window-post gate).
    /// </summary>
    private async Task<(ApiClient Lead, UnitNodeDto Unit, WindowPostDto Post, PersonRefDto A, PersonRefDto B)> PostAsync(string window)
    {
        var (lead, unit, post, a, b) = await UncertifiedPostAsync(window, last: false);
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        await admin.GrantPreJobCertificatesAsync(b.StaffNumber);
        return (lead, unit, post, a, b);
    }

    private async Task<(ApiClient Lead, UnitNodeDto Unit, WindowPostDto Post, PersonRefDto A, PersonRefDto B)> UncertifiedPostAsync(string window, bool last)
    {
        var lead = _app.CreateApiClient();
        await lead.LoginAsync(Demo.Lead);
        var unit = await UnitAsync(lead, "SZX", "ZH");
        var posts = await lead.GetAsync<UnitPostsDto>($"/api/organization/units/{unit.Unit.Id}/posts");
        var post = posts.Windows.Single(w => w.Window.Code == window);
        var staff = await lead.GetAsync<Training.SharedKernel.Paging.PagedResult<StaffListItemDto>>(
            $"/api/organization/staff?unitId={unit.Unit.Id}&maxResultCount=100");
        var candidates = staff.Items.Where(s => s.WindowId is null && s.Status == StaffStatus.Active).ToList();
        var free = last ? candidates[^1] : candidates[0];
        return (lead, unit, post, post.Holders[0], new PersonRefDto(free.Id, free.StaffNumber, free.Name));
    }

    [Fact]
    public async Task Should_let_the_lead_name_a_backup_and_show_it_beside_the_holder()
    {
        var (lead, unit, post, a, b) = await PostAsync("A06");

        var created = await lead.PostAsync<PostBackupDto>("/api/organization/backups",
            new CreatePostBackupInput(post.Window.Id, a.Id, b.Id, new DateOnly(2031, 1, 1), new DateOnly(2031, 6, 30)));
        var during = await lead.GetAsync<UnitPostsDto>($"/api/organization/units/{unit.Unit.Id}/posts?date=2031-03-01");
        var after = await lead.GetAsync<UnitPostsDto>($"/api/organization/units/{unit.Unit.Id}/posts?date=2031-07-01");

        created.Primary.Id.ShouldBe(a.Id);
        created.Backup.ShouldBe(b);
        var shown = during.Windows.Single(w => w.Window.Id == post.Window.Id);
        shown.Holders.ShouldContain(a);
        shown.Backups.Single(x => x.Id == created.Id).Backup.Name.ShouldBe(b.Name);
        after.Windows.Single(w => w.Window.Id == post.Window.Id).Backups.ShouldNotContain(x => x.Id == created.Id);
    }

    [Fact]
    public async Task Should_refuse_overlapping_periods_and_accept_back_to_back_ones()
    {
        var (lead, _, post, a, b) = await PostAsync("A05");
        var url = "/api/organization/backups";
        var open = await lead.PostAsync<PostBackupDto>(url, new CreatePostBackupInput(post.Window.Id, a.Id, b.Id, new DateOnly(2032, 1, 1), null));

        var overlapping = new CreatePostBackupInput(post.Window.Id, a.Id, b.Id, new DateOnly(2032, 5, 1), new DateOnly(2032, 5, 31));
        var chinese = await lead.PostRawAsync(url, overlapping);
        lead.Http.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var english = await ApiClient.ProblemAsync(await lead.PostRawAsync(url, overlapping));
        lead.Http.DefaultRequestHeaders.AcceptLanguage.Clear();
        await lead.PostAsync<PostBackupDto>($"{url}/{open.Id}/end", new EndPostBackupInput(new DateOnly(2032, 4, 30)));
        var backToBack = await lead.PostAsync<PostBackupDto>(url, overlapping);
        var extending = await lead.PostRawAsync($"{url}/{open.Id}/end", new EndPostBackupInput(new DateOnly(2032, 5, 1)));

        chinese.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await ApiClient.ProblemAsync(chinese);
        problem.GetProperty("code").GetString().ShouldBe(OrganizationErrorCodes.BackupOverlaps);
        problem.GetProperty("title").GetString().ShouldBe($"该岗位在 2032-01-01 至 … 已由 {b.Name} 担任B角，期间不能重叠。");
        english.GetProperty("title").GetString().ShouldBe($"The post already has {b.Name} as backup from 2032-01-01 to …; backup periods cannot overlap.");
        backToBack.FromDate.ShouldBe(new DateOnly(2032, 5, 1));
        (await ApiClient.ProblemAsync(extending)).GetProperty("code").GetString().ShouldBe(OrganizationErrorCodes.BackupOverlaps);
    }

    [Fact]
    public async Task Should_refuse_the_holder_as_own_backup_someone_of_another_unit_and_a_non_holder()
    {
        var (lead, _, post, a, b) = await PostAsync("A04");
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var otherUnit = await UnitAsync(admin, "SZX", "SJ");
        var outsider = (await admin.GetAsync<Training.SharedKernel.Paging.PagedResult<StaffListItemDto>>(
            $"/api/organization/staff?unitId={otherUnit.Unit.Id}&maxResultCount=1")).Items[0];
        var day = new DateOnly(2033, 1, 1);

        async Task<string?> CodeAsync(CreatePostBackupInput input) =>
            (await ApiClient.ProblemAsync(await lead.PostRawAsync("/api/organization/backups", input))).GetProperty("code").GetString();

        (await CodeAsync(new(post.Window.Id, a.Id, a.Id, day, null))).ShouldBe(OrganizationErrorCodes.BackupIsPrimary);
        (await CodeAsync(new(post.Window.Id, a.Id, outsider.Id, day, null))).ShouldBe(OrganizationErrorCodes.BackupNotInUnit);
        (await CodeAsync(new(post.Window.Id, b.Id, a.Id, day, null))).ShouldBe(OrganizationErrorCodes.PrimaryNotAtWindow);
        (await CodeAsync(new(post.Window.Id, a.Id, b.Id, day, day.AddDays(-1)))).ShouldBe(OrganizationErrorCodes.BackupDateOrder);
    }

    [Fact]
    public async Task Should_refuse_a_backup_without_a_valid_pre_job_certificate()
    {
        var (lead, _, post, a, b) = await UncertifiedPostAsync("A03", last: true);

        var refused = await lead.PostRawAsync("/api/organization/backups",
            new CreatePostBackupInput(post.Window.Id, a.Id, b.Id, new DateOnly(2034, 1, 1), null));

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await ApiClient.ProblemAsync(refused);
        problem.GetProperty("code").GetString().ShouldBe(OrganizationErrorCodes.NotEligibleForWindow);
        problem.GetProperty("title").GetString()!.ShouldStartWith($"{b.Name} 不能上岗");
    }

    [Fact]
    public async Task Should_answer_404_to_a_lead_outside_their_unit_and_403_to_plain_staff()
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var otherUnit = await UnitAsync(admin, "SZX", "SJ");
        var otherPosts = await admin.GetAsync<UnitPostsDto>($"/api/organization/units/{otherUnit.Unit.Id}/posts");
        var otherPost = otherPosts.Windows.First(w => w.Holders.Count >= 2);
        var theirs = await admin.PostAsync<PostBackupDto>("/api/organization/backups", new CreatePostBackupInput(
            otherPost.Window.Id, otherPost.Holders[0].Id, otherPost.Holders[1].Id, new DateOnly(2034, 1, 1), null));
        var lead = _app.CreateApiClient();
        await lead.LoginAsync(Demo.Lead);
        var staff = _app.CreateApiClient();
        await staff.LoginAsync(Demo.Staff);

        (await lead.Http.GetAsync($"/api/organization/units/{otherUnit.Unit.Id}/posts")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await lead.PostRawAsync("/api/organization/backups", new CreatePostBackupInput(
            otherPost.Window.Id, otherPost.Holders[0].Id, otherPost.Holders[1].Id, new DateOnly(2035, 1, 1), null)))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await lead.PostRawAsync($"/api/organization/backups/{theirs.Id}/end", new EndPostBackupInput(null))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.PostRawAsync($"/api/organization/backups/{theirs.Id}/end", new EndPostBackupInput(null))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var manager = _app.CreateApiClient();
        await manager.LoginAsync(Demo.Manager); // manages SZX: the SJ unit is theirs
        (await manager.GetAsync<UnitPostsDto>($"/api/organization/units/{otherUnit.Unit.Id}/posts")).Windows.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Should_tell_other_modules_the_backups_in_force_by_window_or_person()
    {
        var (lead, _, post, a, b) = await PostAsync("A03");
        var backup = await lead.PostAsync<PostBackupDto>("/api/organization/backups",
            new CreatePostBackupInput(post.Window.Id, a.Id, b.Id, new DateOnly(2036, 3, 1), new DateOnly(2036, 3, 31)));
        var inside = new DateOnly(2036, 3, 31);

        var found = await _app.WithScopeAsync(sp => sp.GetRequiredService<IWindowPostIntegrationService>().GetBackupsInForceAsync(
        [
            new BackupKey(post.Window.Id, null, inside), new BackupKey(null, a.Id, inside), new BackupKey(null, b.Id, inside),
            new BackupKey(post.Window.Id, null, inside.AddDays(1)), new BackupKey(null, a.Id, new DateOnly(2036, 2, 29)),
        ]));

        found.Select(f => f.Key).ShouldBe([new BackupKey(post.Window.Id, null, inside), new BackupKey(null, a.Id, inside), new BackupKey(null, b.Id, inside)]);
        found.ShouldAllBe(f => f.Backup.Id == backup.Id && f.Backup.PrimaryStaffId == a.Id && f.Backup.BackupStaffId == b.Id);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PostBackupTests_Sqlite(SqliteAppFixture fixture) : PostBackupTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class PostBackupTests_PostgreSql(PostgreSqlAppFixture fixture) : PostBackupTests(fixture);

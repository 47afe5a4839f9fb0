using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Identity;
using Training.Learning;
using Training.Organization;
using Training.Platform;
using Training.Platform.Domain;
using Training.Platform.EntityFrameworkCore;
using Training.SharedKernel.Paging;
using Training.Tests.Infrastructure;

namespace Training.Tests.Platform;

/// <summary>
/// What the audit log records besides writes: the user name a failed sign-in tried, reads of other people's personal
/// data (not of one's own), the jobs dashboard's actions; that an anonymous flood is refused before it writes rows;
/// and that the background sealer seals new rows within seconds (the chain itself: AuditChainTests).
/// </summary>
public abstract class AuditLogTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_record_the_user_name_a_failed_sign_in_tried_and_who_signed_out()
    {
        var tried = $"nobody-{Guid.NewGuid():N}"[..20];
        var anonymous = _app.CreateApiClient();
        var failed = await anonymous.PostRawAsync("/api/account/login", new LoginInput(tried, "wrong password"));
        var staff = _app.CreateApiClient();
        await staff.LoginAsync(Demo.OtherStaff);
        (await staff.PostRawAsync("/api/account/logout", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        failed.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var attempt = (await RowsAsync(a => a.UserName == tried)).ShouldHaveSingleItem();
        attempt.ShouldSatisfyAllConditions(
            a => a.Path.ShouldBe("/api/account/login"),
            a => a.UserId.ShouldBeNull(),
            a => a.StatusCode.ShouldBe(401),
            a => a.ErrorCode.ShouldBe(IdentityErrorCodes.InvalidCredentials));
        (await RowsAsync(a => a.Path == "/api/account/logout" && a.UserName == Demo.OtherStaff)).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Should_record_views_of_another_persons_record_but_not_of_ones_own()
    {
        var staffId = await _app.StaffIdAsync(Demo.Staff);
        var managerId = await _app.StaffIdAsync(Demo.Manager);
        var hr = _app.CreateApiClient();
        await hr.LoginAsync(Demo.Hr);
        var manager = _app.CreateApiClient();
        await manager.LoginAsync(Demo.Manager);
        var staff = _app.CreateApiClient();
        await staff.LoginAsync(Demo.Staff);
        var marker = $"&maxResultCount={Random.Shared.Next(21, 99)}";
        var since = DateTime.UtcNow; // the rows of this test: the tests of a collection run one at a time

        (await hr.GetAsync<StaffDetailDto>($"/api/organization/staff/{staffId}")).Id.ShouldBe(staffId);
        await manager.GetAsync<StaffDetailDto>($"/api/organization/staff/{staffId}");
        await manager.GetAsync<StaffDetailDto>($"/api/organization/staff/{managerId}"); // own record, wider scope
        await staff.GetAsync<StaffDetailDto>($"/api/organization/staff/{staffId}");     // own record, own scope
        (await staff.Http.GetAsync($"/api/organization/staff/{managerId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await hr.GetAsync<PagedResult<CertificateDto>>($"/api/learning/certificates?staffId={staffId}{marker}");
        await manager.GetAsync<PagedResult<CertificateDto>>($"/api/learning/certificates?staffId={managerId}{marker}");
        await staff.GetAsync<PagedResult<CertificateDto>>($"/api/learning/certificates?skipCount=0{marker}");
        await hr.GetAsync<PagedResult<AttemptSummaryDto>>($"/api/learning/attempts?staffId={staffId}{marker}");

        var staffReads = await RowsAsync(a => a.At >= since && a.Method == "GET" && a.Path == $"/api/organization/staff/{staffId}");
        var managerReads = await RowsAsync(a => a.At >= since && a.Method == "GET" && a.Path == $"/api/organization/staff/{managerId}");
        var certificateReads = await RowsAsync(a => a.At >= since && a.Path.StartsWith("/api/learning/certificates?") && a.Path.EndsWith(marker));
        var attemptReads = await RowsAsync(a => a.At >= since && a.Path == $"/api/learning/attempts?staffId={staffId}{marker}");

        staffReads.Select(a => a.UserName).Order(StringComparer.Ordinal).ShouldBe([Demo.Manager, Demo.Hr]);
        managerReads.ShouldHaveSingleItem().ShouldSatisfyAllConditions(a => a.UserName.ShouldBe(Demo.Staff), a => a.StatusCode.ShouldBe(404));
        certificateReads.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            a => a.UserName.ShouldBe(Demo.Hr), a => a.Path.ShouldBe($"/api/learning/certificates?staffId={staffId}{marker}"));
        attemptReads.ShouldHaveSingleItem().UserName.ShouldBe(Demo.Hr);
    }

    [Fact]
    public async Task Should_record_the_jobs_dashboards_actions_with_the_user_and_not_its_statistics_poll()
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        (await admin.Http.GetAsync("/hangfire/recurring")).StatusCode.ShouldBe(HttpStatusCode.OK); // the page (and its token)
        var before = (await RowsAsync(a => a.Path.StartsWith("/hangfire/"))).Count;

        var trigger = await admin.Http.PostAsync("/hangfire/recurring/trigger",
            new FormUrlEncodedContent([new("jobs[]", "outbox-cleanup")]));
        var stats = await admin.Http.PostAsync("/hangfire/stats", new FormUrlEncodedContent([new("metrics[]", "enqueued:count")]));

        trigger.IsSuccessStatusCode.ShouldBeTrue();
        stats.IsSuccessStatusCode.ShouldBeTrue();
        var rows = await RowsAsync(a => a.Path.StartsWith("/hangfire/"));
        rows.Count.ShouldBe(before + 1);
        rows.ShouldContain(a => a.Path == "/hangfire/recurring/trigger?jobs=outbox-cleanup" && a.UserName == Demo.Admin && a.Method == "POST");
    }

    [Fact]
    public async Task Should_refuse_an_anonymous_flood_before_it_writes_audit_rows()
    {
        await using var app = _app.WithWebHostBuilder(b => b.UseSetting("Audit:AnonymousRateLimitPerMinute", "5"));
        const string flooder = "198.51.100.77", neighbour = "198.51.100.78";
        var statuses = new List<HttpStatusCode>();
        var http = Anonymous(app, flooder);
        for (var i = 0; i < 12; i++)
            statuses.Add((await http.PostAsJsonAsync("/api/organization/departments", new CreateDepartmentInput("洪水"))).StatusCode);
        var login = await http.PostAsJsonAsync("/api/account/login", new LoginInput("flood", "wrong password"));
        var read = await http.GetAsync("/api/organization/staff/" + Guid.NewGuid()); // anonymous, audited read: refused too
        var neighbours = await Anonymous(app, neighbour).PostAsJsonAsync("/api/organization/departments", new CreateDepartmentInput("邻居"));
        var admin = TrainingApp.CreateApiClient(app);
        admin.Http.DefaultRequestHeaders.Add(TrainingApp.RemoteAddressHeader, flooder);
        var adminLogin = await admin.Http.PostAsJsonAsync("/api/account/login", new LoginInput(Demo.Admin, TrainingApp.DemoAdminPassword));
        var anonymousPage = await http.GetAsync("/api/account/antiforgery"); // not recorded, so not counted

        statuses.Take(5).ShouldAllBe(s => s == HttpStatusCode.BadRequest); // no antiforgery token
        statuses.Skip(5).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
        login.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        adminLogin.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests); // signing in is anonymous too
        read.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        neighbours.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        anonymousPage.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        // This app has its own audit queue: what it queued is written once it is flushed (RowsAsync flushes the fixture's).
        await app.Services.GetRequiredService<Training.SharedKernel.Auditing.AuditTrail>().FlushAsync();
        (await RowsAsync(a => a.ClientIp == flooder)).Count.ShouldBe(5);
        (await RowsAsync(a => a.ClientIp == neighbour)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Should_not_limit_signed_in_requests_from_a_flooded_address()
    {
        await using var app = _app.WithWebHostBuilder(b => b.UseSetting("Audit:AnonymousRateLimitPerMinute", "2"));
        const string office = "198.51.100.79";
        var admin = TrainingApp.CreateApiClient(app);
        admin.Http.DefaultRequestHeaders.Add(TrainingApp.RemoteAddressHeader, office);
        await admin.LoginAsync(Demo.Admin); // 1 of the address's 2 anonymous requests
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            statuses.Add((await admin.PostRawAsync($"/api/platform/notifications/{Guid.NewGuid()}/read", null)).StatusCode);

        statuses.ShouldAllBe(s => s == HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_show_new_rows_sealed_within_seconds()
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var path = $"/api/platform/notifications/{Guid.NewGuid()}/read";
        (await admin.PostRawAsync(path, null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        AuditLogDto? row = null;
        for (var i = 0; i < 100 && row?.Sequence is null; i++)
        {
            if (i > 0) await Task.Delay(100);
            row = (await admin.GetAsync<PagedResult<AuditLogDto>>($"/api/platform/audit-logs?path={path}")).Items.Single();
        }

        row!.Sequence.ShouldNotBeNull(); // the sealer runs every Audit:SealSeconds (2)
    }

    private static HttpClient Anonymous(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app, string address)
    {
        var http = app.CreateDefaultClient();
        http.DefaultRequestHeaders.Add(TrainingApp.RemoteAddressHeader, address);
        return http;
    }

    private async Task<List<AuditLog>> RowsAsync(System.Linq.Expressions.Expression<Func<AuditLog, bool>> where)
    {
        await _app.FlushAuditAsync();
        return await _app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLogs.AsNoTracking().Where(where).ToListAsync());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AuditLogTests_Sqlite(SqliteAppFixture fixture) : AuditLogTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class AuditLogTests_PostgreSql(PostgreSqlAppFixture fixture) : AuditLogTests(fixture);

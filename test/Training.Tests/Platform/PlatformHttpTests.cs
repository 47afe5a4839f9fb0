using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.EntityFrameworkCore;
using Training.Organization;
using Training.Platform;
using Training.Platform.EntityFrameworkCore;
using Training.SharedKernel.Files;
using Training.SharedKernel.Notifications;
using Training.SharedKernel.Paging;
using Training.Tests.Infrastructure;

namespace Training.Tests.Platform;

/// <summary>Settings, the inbox, the audit log, file storage, health, OpenAPI, the jobs dashboard and migrations.</summary>
public abstract class PlatformHttpTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_apply_a_changed_setting_at_once_and_restore_the_default()
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        const string name = OrganizationSettings.ImportMaxRows;
        try
        {
            var changed = await admin.PutAsync<SettingDto>($"/api/platform/settings/{name}", new UpdateSettingInput("2", null));
            changed.Value.ShouldBe("2");
            var file = Xlsx.Build(("人员", ["工号", "姓名", "人员类别", "中心编码"], [["X1", "甲", "在编", "SZX"], ["X2", "乙", "在编", "SZX"], ["X3", "丙", "在编", "SZX"]]));
            var refused = await admin.Http.PostAsync("/api/organization/staff/import", Xlsx.Upload(file));
            (await ApiClient.ProblemAsync(refused)).GetProperty("code").GetString().ShouldBe("Common:TooManyRows");

            var invalid = await admin.Http.PutAsJsonAsync($"/api/platform/settings/{name}", new UpdateSettingInput("0", null), ApiClient.Json);
            (await ApiClient.ProblemAsync(invalid)).GetProperty("code").GetString().ShouldBe(PlatformErrorCodes.InvalidSettingValue);
        }
        finally
        {
            var restored = await admin.PutAsync<SettingDto>($"/api/platform/settings/{name}", new UpdateSettingInput(null, null));
            restored.Value.ShouldBeNull();
            restored.DefaultValue.ShouldBe("5000");
        }
    }

    [Fact]
    public async Task Should_deliver_to_the_recipients_inbox_only()
    {
        var staff = _app.CreateApiClient();
        var me = await staff.LoginAsync(Demo.Staff);
        var before = (await staff.GetAsync<UnreadCountDto>("/api/platform/notifications/unread-count")).Count;
        await _app.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<INotificationSender>().SendAsync([me.UserId],
                new NotificationMessage("Test.Hello", "请完成岗前培训", "Please finish pre-job training", Link: "/learning"));
            return 0;
        });

        var inbox = await staff.GetAsync<PagedResult<NotificationDto>>("/api/platform/notifications?unreadOnly=true");
        var other = _app.CreateApiClient();
        await other.LoginAsync(Demo.OtherStaff);
        var stolen = await other.PostRawAsync($"/api/platform/notifications/{inbox.Items[0].Id}/read", null);
        (await staff.PostRawAsync($"/api/platform/notifications/{inbox.Items[0].Id}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await staff.GetAsync<UnreadCountDto>("/api/platform/notifications/unread-count")).Count.ShouldBe(before);
        inbox.Items[0].Title.ShouldBe("请完成岗前培训");
        stolen.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync<PagedResult<NotificationDto>>("/api/platform/notifications")).Items.ShouldNotContain(n => n.Id == inbox.Items[0].Id);
    }

    [Fact]
    public async Task Should_record_every_write_request_in_the_audit_log()
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var name = $"审计部门{Guid.NewGuid():N}"[..12];
        await admin.PostAsync<DepartmentDto>("/api/organization/departments", new CreateDepartmentInput(name));
        var duplicate = await admin.PostRawAsync("/api/organization/departments", new CreateDepartmentInput(name));

        var log = await admin.GetAsync<PagedResult<AuditLogDto>>("/api/platform/audit-logs?path=/api/organization/departments&maxResultCount=5");

        duplicate.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        log.Items[0].ShouldSatisfyAllConditions(
            e => e.StatusCode.ShouldBe(409),
            e => e.ErrorCode.ShouldBe("Common:Duplicate"),
            e => e.UserName.ShouldBe(Demo.Admin),
            e => e.Method.ShouldBe("POST"));
        log.Items[1].StatusCode.ShouldBe(200);
    }

    [Fact]
    public async Task Should_store_files_checked_by_content()
    {
        var xlsx = Xlsx.Build(("人员", ["工号"], [["S1"]]));
        var (stored, reopened, refused) = await _app.WithScopeAsync(async sp =>
        {
            var storage = sp.GetRequiredService<IFileStorage>();
            var saved = await storage.SaveAsync(new FileUpload("../人员 名单.xlsx", xlsx, "test", [FileKind.Xlsx]));
            var opened = await storage.OpenAsync(saved.Id);
            var error = await Should.ThrowAsync<Training.SharedKernel.Errors.BusinessException>(() =>
                storage.SaveAsync(new FileUpload("evil.xlsx", "MZ\u0090"u8.ToArray(), "test", [FileKind.Xlsx])));
            return (saved, opened, error.Code);
        });

        stored.FileName.ShouldBe("人员 名单.xlsx");
        stored.ContentType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        reopened!.Content.ShouldBe(xlsx);
        refused.ShouldBe("Common:FileTypeNotAllowed");
    }

    [Fact]
    public async Task Should_stream_a_generated_file_past_the_upload_limit_with_its_hash_and_refuse_another_kind()
    {
        // 21 MB: over the 20 MB upload limit, which is for what people send, not for what the portal makes.
        var pdf = new byte[21 * 1024 * 1024];
        "%PDF-1.7\n"u8.CopyTo(pdf);
        Random.Shared.NextBytes(pdf.AsSpan(16));
        var (stored, reopened, refused, files) = await _app.WithScopeAsync(async sp =>
        {
            var storage = sp.GetRequiredService<IFileStorage>();
            var before = await sp.GetRequiredService<Training.Platform.EntityFrameworkCore.PlatformDbContext>().Files.CountAsync();
            var saved = await storage.SaveGeneratedAsync(new GeneratedFile("通报/第1期.pdf", "test", FileKind.Pdf), new MemoryStream(pdf));
            var opened = await storage.OpenAsync(saved.Id);
            var error = await Should.ThrowAsync<Training.SharedKernel.Errors.BusinessException>(() =>
                storage.SaveGeneratedAsync(new GeneratedFile("x.pdf", "test", FileKind.Pdf), new MemoryStream("PK\u0003\u0004"u8.ToArray())));
            var after = await sp.GetRequiredService<Training.Platform.EntityFrameworkCore.PlatformDbContext>().Files.CountAsync();
            return (saved, opened, error.Code, after - before);
        });

        stored.Size.ShouldBe(pdf.Length);
        stored.Sha256.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)));
        stored.FileName.ShouldBe("第1期.pdf");
        reopened!.Content.ShouldBe(pdf);
        refused.ShouldBe("Common:FileTypeNotAllowed");
        files.ShouldBe(1); // the refused one wrote nothing
    }

    [Fact]
    public async Task Should_give_a_new_lead_the_role_and_the_scope_of_the_unit()
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var tree = await admin.GetAsync<OrganizationTreeDto>("/api/organization/tree");
        var unit = tree.Halls.Single(h => h.Hall.Code == "GXQ").Units.First();
        var page = await admin.GetAsync<PagedResult<StaffListItemDto>>($"/api/organization/staff?unitId={unit.Unit.Id}&maxResultCount=100");
        var person = page.Items.First(p => unit.Leads.All(l => l.Id != p.Id));

        await admin.PutAsync<List<PersonRefDto>>($"/api/organization/units/{unit.Unit.Id}/leads",
            new SetLeadsInput([.. unit.Leads.Select(l => l.Id), person.Id]));
        var lead = _app.CreateApiClient();
        var me = await lead.LoginAsync(person.StaffNumber);
        var seen = await lead.GetAsync<PagedResult<StaffListItemDto>>("/api/organization/staff?maxResultCount=100");

        me.Roles.ShouldContain("WindowLead");
        me.Scope.UnitIds.ShouldBe([unit.Unit.Id]);
        seen.TotalCount.ShouldBe(page.TotalCount);
    }

    [Fact]
    public async Task Should_answer_health_and_a_named_openapi_document_anonymously()
    {
        var client = _app.CreateApiClient().Http;

        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var document = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/openapi/v1.json");
        var operations = document.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject()).ToList();
        operations.Count.ShouldBeGreaterThan(40);
        operations.Where(o => !o.Value.TryGetProperty("operationId", out var _)).Select(o => o.Name).ShouldBeEmpty(); // named, for the generated client
    }

    [Fact]
    public async Task Should_open_the_jobs_dashboard_to_admins_only()
    {
        (await _app.CreateApiClient().Http.GetAsync("/hangfire")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var staff = _app.CreateApiClient();
        await staff.LoginAsync(Demo.Staff);
        (await staff.Http.GetAsync("/hangfire")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        (await admin.Http.GetAsync("/hangfire")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_have_migrations_that_match_the_model() =>
        (await _app.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<TrainingMigrationsDbContext>().Database.HasPendingModelChanges())))
            .ShouldBeFalse();
}

[Collection(SqliteCollection.Name)]
public sealed class PlatformHttpTests_Sqlite(SqliteAppFixture fixture) : PlatformHttpTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class PlatformHttpTests_PostgreSql(PostgreSqlAppFixture fixture) : PlatformHttpTests(fixture);

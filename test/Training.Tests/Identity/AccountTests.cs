using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Training.Identity;
using Training.Organization;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Paging;
using Training.Tests.Infrastructure;

namespace Training.Tests.Identity;

/// <summary>Sign-in, the forced password change, antiforgery, device keys, languages.</summary>
public abstract class AccountTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_refuse_a_wrong_password_with_a_stable_code()
    {
        var response = await _app.CreateApiClient().PostRawAsync("/api/account/login", new LoginInput(Demo.Staff, "wrong-password1"));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await ApiClient.ProblemAsync(response)).GetProperty("code").GetString().ShouldBe(IdentityErrorCodes.InvalidCredentials);
    }

    [Fact]
    public async Task Should_hold_a_new_person_at_the_password_change_until_changed()
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var hallId = await _app.HallIdAsync("SZX");
        var number = $"N{Random.Shared.Next(100000, 999999)}";
        var created = await admin.PostAsync<CreatedStaffDto>("/api/organization/staff",
            new SaveStaffInput(number, "新同事", null, StaffKind.Own, null, hallId, null));
        created.UserName.ShouldBe(number);
        created.InitialPassword.ShouldNotBeNullOrEmpty();

        var person = _app.CreateApiClient();
        var me = await person.LoginAsync(number, created.InitialPassword!);
        me.MustChangePassword.ShouldBeTrue();
        var blocked = await person.Http.GetAsync("/api/organization/staff");
        blocked.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ApiClient.ProblemAsync(blocked)).GetProperty("code").GetString().ShouldBe(IdentityErrorCodes.PasswordChangeRequired);

        var weak = await person.PostRawAsync("/api/account/change-password", new ChangePasswordInput(created.InitialPassword!, "abcdefgh"));
        weak.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiClient.ProblemAsync(weak)).GetProperty("code").GetString().ShouldBe(IdentityErrorCodes.PasswordRejected);

        (await person.PostRawAsync("/api/account/change-password", new ChangePasswordInput(created.InitialPassword!, "newpass123")))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var page = await person.GetAsync<PagedResult<StaffListItemDto>>("/api/organization/staff");
        page.Items.Single().StaffNumber.ShouldBe(number);
        (await _app.CreateApiClient().LoginAsync(number, "newpass123")).MustChangePassword.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_refuse_an_unsafe_request_without_the_xsrf_header()
    {
        var client = _app.CreateApiClient();
        await client.LoginAsync(Demo.Admin);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/organization/departments")
        {
            Content = JsonContent.Create(new CreateDepartmentInput("未带令牌的部门")),
        };
        request.Headers.Add("X-Skip-Xsrf", "1");

        var response = await client.Http.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiClient.ProblemAsync(response)).GetProperty("code").GetString().ShouldBe("Common:Antiforgery");
    }

    [Fact]
    public async Task Should_sign_a_device_in_by_its_key_until_revoked()
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var created = await admin.PostAsync<CreatedDeviceKeyDto>("/api/identity/device-keys", new CreateDeviceKeyInput("一楼指纹考勤机", null));
        created.Secret.ShouldStartWith($"tdk_{created.Key.Prefix}_");
        var listed = await admin.GetAsync<List<DeviceKeyDto>>("/api/identity/device-keys");
        listed.ShouldContain(k => k.Id == created.Key.Id);

        var device = _app.CreateApiClient().Http;
        device.DefaultRequestHeaders.Add("X-Device-Key", created.Secret);
        (await device.GetFromJsonAsync<DeviceWhoAmIDto>("/api/device/whoami", ApiClient.Json))!.Name.ShouldBe("一楼指纹考勤机");
        (await device.GetAsync("/api/organization/staff")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await admin.Http.DeleteAsync($"/api/identity/device-keys/{created.Key.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await device.GetAsync("/api/device/whoami")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_answer_in_the_callers_language()
    {
        var client = _app.CreateApiClient();
        await client.LoginAsync(Demo.Staff);

        client.Http.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var english = await ApiClient.ProblemAsync(await client.Http.GetAsync("/api/identity/users"));
        client.Http.DefaultRequestHeaders.AcceptLanguage.Clear();
        var chinese = await ApiClient.ProblemAsync(await client.Http.GetAsync("/api/identity/users"));

        english.GetProperty("title").GetString().ShouldBe("You do not have permission to do this.");
        chinese.GetProperty("title").GetString().ShouldBe("您没有执行此操作的权限。");
    }

    [Fact]
    public async Task Should_apply_a_changed_role_or_a_disabled_account_on_the_next_request()
    {
        // Accounts are cached per node (AccountCache); a change saved on this node must still count at once.
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var (person, userId, userName) = await NewHrUserAsync(_app, admin);
        (await person.Http.GetAsync("/api/organization/staff")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await admin.PutAsync<UserDto>($"/api/identity/users/{userId}", new UpdateUserInput(userName, [], IsActive: true));
        (await person.Http.GetAsync("/api/organization/staff")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await admin.PutAsync<UserDto>($"/api/identity/users/{userId}", new UpdateUserInput(userName, [RoleNames.HR], IsActive: true));
        (await person.Http.GetAsync("/api/organization/staff")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await admin.PutAsync<UserDto>($"/api/identity/users/{userId}", new UpdateUserInput(userName, [RoleNames.HR], IsActive: false));
        (await person.Http.GetAsync("/api/organization/staff")).IsSuccessStatusCode.ShouldBeFalse();
    }

    /// <summary>A new HR account, signed in on <paramref name="app"/> with its one-time password changed.</summary>
    internal static async Task<(ApiClient Client, Guid UserId, string UserName)> NewHrUserAsync(TrainingApp app, ApiClient admin)
    {
        var userName = $"hr{Random.Shared.Next(100000, 999999)}";
        var created = await admin.PostAsync<OneTimePasswordDto>("/api/identity/users", new CreateUserInput(userName, userName, [RoleNames.HR]));
        var person = app.CreateApiClient();
        await person.LoginAsync(userName, created.Password);
        (await person.PostRawAsync("/api/account/change-password", new ChangePasswordInput(created.Password, "newpass123")))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        return (person, created.UserId, userName);
    }

    [Fact]
    public async Task Should_let_an_admin_edit_role_grants_but_keep_the_grant_permission()
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var roles = await admin.GetAsync<List<RoleDto>>("/api/identity/roles");
        var adminRole = roles.Single(r => r.Name == "Admin");

        var response = await admin.Http.PutAsJsonAsync($"/api/identity/roles/{adminRole.Id}/permissions",
            new UpdateRolePermissionsInput(adminRole.Permissions.Where(p => p != IdentityPermissions.Roles.ManagePermissions).ToList()), ApiClient.Json);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiClient.ProblemAsync(response)).GetProperty("code").GetString().ShouldBe(IdentityErrorCodes.AdminMustKeepRoleGrants);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AccountTests_Sqlite(SqliteAppFixture fixture) : AccountTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class AccountTests_PostgreSql(PostgreSqlAppFixture fixture) : AccountTests(fixture);

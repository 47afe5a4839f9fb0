using System.Net;
using System.Net.Http.Headers;
using Training.Identity;
using Training.SharedKernel.Authorization;
using Training.Tests.Infrastructure;

namespace Training.Tests.Identity;

/// <summary>ASVS 6.2: at least 8 characters (12 for administrators), no composition rules, no common password.</summary>
public abstract class PasswordPolicyTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Theory]
    [InlineData("password123")]
    [InlineData("Zhangwei2024")]   // compared ignoring case
    [InlineData("woaini1314")]
    [InlineData("1qaz2wsx")]
    [InlineData("12345678")]
    public async Task Should_refuse_a_common_password_in_the_callers_language(string common)
    {
        var person = await NewPersonAsync(RoleNames.Staff);

        var english = await ChangeAsync(person, common, "en");
        var chinese = await ChangeAsync(person, common, "zh-Hans");

        english.Status.ShouldBe(HttpStatusCode.BadRequest);
        english.Code.ShouldBe(IdentityErrorCodes.PasswordRejected);
        english.Title!.ShouldContain("commonly used password");
        chinese.Title!.ShouldContain("常用密码");
    }

    [Fact]
    public async Task Should_take_a_long_password_without_digits_or_capitals()
    {
        var person = await NewPersonAsync(RoleNames.Staff);

        (await ChangeAsync(person, "lantern moss", "en")).Status.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Should_ask_twelve_characters_of_an_administrator()
    {
        var admin = await NewPersonAsync(RoleNames.Admin);

        var shortOne = await ChangeAsync(admin, "lantern-m0s", "en"); // 11
        shortOne.Status.ShouldBe(HttpStatusCode.BadRequest);
        shortOne.Title!.ShouldContain("at least 12 characters");
        (await ChangeAsync(admin, "lantern-m0ss", "en")).Status.ShouldBe(HttpStatusCode.NoContent); // 12
    }

    private async Task<(ApiClient Client, string Password)> NewPersonAsync(string role)
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var userName = $"pw{Random.Shared.Next(100000, 999999)}";
        var created = await admin.PostAsync<OneTimePasswordDto>("/api/identity/users", new CreateUserInput(userName, userName, [role]));
        created.Password.Length.ShouldBeGreaterThanOrEqualTo(12); // one-time passwords fit an administrator too
        var person = _app.CreateApiClient();
        await person.LoginAsync(userName, created.Password);
        return (person, created.Password);
    }

    private static async Task<(HttpStatusCode Status, string? Code, string? Title)> ChangeAsync(
        (ApiClient Client, string Password) person, string newPassword, string language)
    {
        person.Client.Http.DefaultRequestHeaders.AcceptLanguage.Clear();
        person.Client.Http.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        var response = await person.Client.PostRawAsync("/api/account/change-password", new ChangePasswordInput(person.Password, newPassword));
        if (response.StatusCode == HttpStatusCode.NoContent) return (response.StatusCode, null, null);
        var problem = await ApiClient.ProblemAsync(response);
        return (response.StatusCode, problem.GetProperty("code").GetString(), problem.GetProperty("title").GetString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PasswordPolicyTests_Sqlite(SqliteAppFixture fixture) : PasswordPolicyTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class PasswordPolicyTests_PostgreSql(PostgreSqlAppFixture fixture) : PasswordPolicyTests(fixture);

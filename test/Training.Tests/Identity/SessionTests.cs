using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Training.EntityFrameworkCore;
using Training.Identity;
using Training.Identity.Domain;
using Training.Tests.Infrastructure;

namespace Training.Tests.Identity;

/// <summary>An app whose clock the test moves and whose password hasher counts its verifications.</summary>
public abstract class SessionAppFixture : IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));

    public CountingPasswordHasher Hasher { get; } = new();

    public TrainingApp App { get; private set; } = null!;

    public abstract DatabaseProvider Provider { get; }

    public Task InitializeAsync()
    {
        App = new TrainingApp(TestDatabase.Create(Provider), configure: s =>
        {
            s.AddSingleton<TimeProvider>(Clock);
            s.AddSingleton<IPasswordHasher<AppUser>>(Hasher);
        });
        _ = App.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

public sealed class SqliteSessionAppFixture : SessionAppFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgreSqlSessionAppFixture : SessionAppFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}

/// <summary>Identity's hasher (with the suite's cheap iteration count) that counts how often a password is verified.</summary>
public sealed class CountingPasswordHasher : IPasswordHasher<AppUser>
{
    private readonly PasswordHasher<AppUser> _inner = new(Options.Create(new PasswordHasherOptions { IterationCount = 1000 }));
    private int _verifications;

    public int Verifications => Volatile.Read(ref _verifications);

    public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

/// <summary>Sign-in answers that reveal nothing, the absolute session lifetime, and sign-out ending the session on the server.</summary>
public abstract class SessionTests(SessionAppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_answer_an_unknown_user_a_disabled_account_and_a_wrong_password_alike_after_the_same_work()
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var userName = $"off{Random.Shared.Next(100000, 999999)}";
        var created = await admin.PostAsync<OneTimePasswordDto>("/api/identity/users", new CreateUserInput(userName, userName, ["Staff"]));
        await admin.PutAsync<UserDto>($"/api/identity/users/{created.UserId}", new UpdateUserInput(userName, ["Staff"], IsActive: false));

        var unknown = await FailedLoginAsync($"nobody{Random.Shared.Next(100000, 999999)}", "Some-password-1");
        var disabled = await FailedLoginAsync(userName, "Some-password-1");
        var wrong = await FailedLoginAsync(Demo.Staff, "Some-password-1");

        foreach (var (status, code, title, verifications) in new[] { unknown, disabled, wrong })
        {
            status.ShouldBe(HttpStatusCode.Unauthorized);
            code.ShouldBe(IdentityErrorCodes.InvalidCredentials);
            title.ShouldBe(wrong.Title);
            verifications.ShouldBe(1); // one password verification each: the timing tells nothing either
        }
        // only whoever knows the password learns that the account is disabled
        var right = await _app.CreateApiClient().PostRawAsync("/api/account/login", new LoginInput(userName, created.Password));
        (await ApiClient.ProblemAsync(right)).GetProperty("code").GetString().ShouldBe(IdentityErrorCodes.UserDisabled);
    }

    [Fact]
    public async Task Should_end_a_session_at_its_absolute_lifetime_although_it_is_used_all_along()
    {
        var client = _app.CreateApiClient();
        await client.LoginAsync(Demo.Staff);

        // used every 5 hours: the sliding 8 hours never run out, the absolute 12 do
        fixture.Clock.Advance(TimeSpan.FromHours(5));
        (await client.Http.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        fixture.Clock.Advance(TimeSpan.FromHours(5));
        (await client.Http.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        fixture.Clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(5));

        (await client.Http.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        // as the web app signs in: a fresh XSRF token first (the one held is bound to the ended session's user)
        (await client.Http.GetAsync("/api/account/antiforgery")).EnsureSuccessStatusCode();
        await client.LoginAsync(Demo.Staff);
        (await client.Http.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_refuse_a_copy_of_the_cookie_once_its_owner_signed_out()
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var (person, _, _) = await AccountTests.NewHrUserAsync(_app, admin);
        var copy = CopyOf(person);
        (await copy.Http.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await person.PostRawAsync("/api/account/logout", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        // the cookie is young, so Identity itself would not look at the stamp before its validation interval
        (await copy.Http.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await copy.Http.GetAsync("/api/organization/staff")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public void Should_rate_limit_the_password_change()
    {
        var endpoint = _app.Services.GetRequiredService<IEnumerable<EndpointDataSource>>().SelectMany(s => s.Endpoints)
            .Single(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == "ChangePassword");

        endpoint.Metadata.GetMetadata<EnableRateLimitingAttribute>().ShouldNotBeNull().PolicyName.ShouldBe(IdentityModule.ChangePasswordRateLimit);
    }

    private async Task<(HttpStatusCode Status, string? Code, string? Title, int Verifications)> FailedLoginAsync(string userName, string password)
    {
        var before = fixture.Hasher.Verifications;
        var response = await _app.CreateApiClient().PostRawAsync("/api/account/login", new LoginInput(userName, password));
        var problem = await ApiClient.ProblemAsync(response);
        return (response.StatusCode, problem.GetProperty("code").GetString(), problem.GetProperty("title").GetString(),
            fixture.Hasher.Verifications - before);
    }

    /// <summary>Another client holding a copy of the cookies of <paramref name="original"/> (a stolen or copied cookie).</summary>
    private ApiClient CopyOf(ApiClient original)
    {
        var cookies = new CookieContainer();
        foreach (Cookie cookie in original.Cookies.GetAllCookies())
            cookies.SetCookies(_app.Server.BaseAddress, $"{cookie.Name}={cookie.Value}; path=/");
        return new ApiClient(_app.CreateDefaultClient(new XsrfHandler(cookies), new CookieContainerHandler(cookies)), cookies);
    }
}

public sealed class SessionTests_Sqlite(SqliteSessionAppFixture fixture) : SessionTests(fixture), IClassFixture<SqliteSessionAppFixture>;

public sealed class SessionTests_PostgreSql(PostgreSqlSessionAppFixture fixture) : SessionTests(fixture), IClassFixture<PostgreSqlSessionAppFixture>;

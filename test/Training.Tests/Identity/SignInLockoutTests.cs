using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Training.EntityFrameworkCore;
using Training.Identity;
using Training.Identity.Application;
using Training.Identity.Domain;
using Training.Identity.Jobs;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Errors;
using Training.Tests.Infrastructure;

namespace Training.Tests.Identity;

/// <summary>A fake clock that also remembers the due time of every timer made on it (a held request makes one).</summary>
public sealed class TimerWatchingClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly ConcurrentQueue<TimeSpan> _dueTimes = new();

    public int TimersDueIn(TimeSpan dueTime) => _dueTimes.Count(d => d == dueTime);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        _dueTimes.Enqueue(dueTime);
        return base.CreateTimer(callback, state, dueTime, period);
    }
}

/// <summary>
/// An app whose clock the test moves, whose password hasher counts its verifications, and whose sign-in rate limit
/// (per address and node) is low enough to reach.
/// </summary>
public abstract class SignInLockoutAppFixture : IAsyncLifetime
{
    public const int LoginRateLimitPerMinute = 60;

    public TimerWatchingClock Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));

    public CountingPasswordHasher Hasher { get; } = new();

    public TrainingApp App { get; private set; } = null!;

    public abstract DatabaseProvider Provider { get; }

    public Task InitializeAsync()
    {
        App = new TrainingApp(TestDatabase.Create(Provider),
            configure: s =>
            {
                s.AddSingleton<TimeProvider>(Clock);
                s.AddSingleton<IPasswordHasher<AppUser>>(Hasher);
            },
            settings: new Dictionary<string, string> { ["Identity:LoginRateLimitPerMinute"] = $"{LoginRateLimitPerMinute}" });
        _ = App.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

public sealed class SqliteSignInLockoutAppFixture : SignInLockoutAppFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgreSqlSignInLockoutAppFixture : SignInLockoutAppFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}

/// <summary>
/// Failed sign-ins count per user name and client address (each test's clients come through the configured proxy
/// with their own X-Forwarded-For): a pair waits after the free attempts and is blocked after the maximum, with one
/// answer whatever the name and the password, while other addresses still sign in; a name under attack from many
/// addresses is held, never refused. The default settings (<see cref="SignInLockoutOptions"/>) apply.
/// </summary>
public abstract class SignInLockoutTests(SignInLockoutAppFixture fixture)
{
    private const string WrongPassword = "Wrong-password-1";
    private readonly TrainingApp _app = fixture.App;
    private readonly TimerWatchingClock _clock = fixture.Clock;
    private readonly SignInLockoutOptions _options = new();

    [Fact]
    public async Task Should_delay_a_pair_after_the_free_attempts_with_a_retry_after_and_let_it_try_again_then()
    {
        var (userName, _, _) = await NewUserAsync();
        var address = NewAddress();

        var free = new List<Answer>();
        for (var i = 0; i < _options.FreeAttempts; i++) free.Add(await SignInAsync(address, userName, WrongPassword));
        var fourth = await SignInAsync(address, userName, WrongPassword);
        var early = await SignInAsync(address, userName, WrongPassword);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var fifth = await SignInAsync(address, userName, WrongPassword);
        var earlyAgain = await SignInAsync(address, userName, WrongPassword);

        free.ShouldAllBe(a => a.Status == HttpStatusCode.Unauthorized && a.RetryAfter == null);
        fourth.Code.ShouldBe(IdentityErrorCodes.InvalidCredentials);
        early.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        early.Code.ShouldBe(IdentityErrorCodes.SignInDelayed);
        early.RetryAfter.ShouldBe("1");
        fifth.Code.ShouldBe(IdentityErrorCodes.InvalidCredentials);
        earlyAgain.Code.ShouldBe(IdentityErrorCodes.SignInDelayed);
        earlyAgain.RetryAfter.ShouldBe("2"); // the delay doubles
    }

    [Fact]
    public async Task Should_check_no_more_passwords_than_the_free_attempts_allow_when_attempts_of_a_pair_arrive_at_once()
    {
        // Attempts are counted before their password is checked, so a burst cannot all pass a count read before any of it.
        var (userName, _, _) = await NewUserAsync();
        var address = NewAddress();

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => SignInAsync(address, userName, WrongPassword)));

        var checkedPasswords = answers.Count(a => a.Code == IdentityErrorCodes.InvalidCredentials);
        checkedPasswords.ShouldBeInRange(1, _options.FreeAttempts + 1);
        answers.Where(a => a.Code != IdentityErrorCodes.InvalidCredentials).ShouldAllBe(a => a.Code == IdentityErrorCodes.SignInDelayed && a.RetryAfter != null);
    }

    [Fact]
    public async Task Should_block_a_pair_after_the_maximum_and_refuse_even_the_right_password_alike_without_checking_it()
    {
        var (userName, password, _) = await NewUserAsync();
        var address = NewAddress();
        await FailUntilBlockedAsync(address, userName);

        var before = fixture.Hasher.Verifications;
        var right = await SignInAsync(address, userName, password);
        var wrong = await SignInAsync(address, userName, WrongPassword);
        var verifications = fixture.Hasher.Verifications - before;

        right.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        right.Code.ShouldBe(IdentityErrorCodes.SignInBlocked);
        right.RetryAfter.ShouldBe($"{_options.Minutes * 60}");
        right.ShouldBe(wrong);
        verifications.ShouldBe(0);

        _clock.Advance(TimeSpan.FromMinutes(_options.Minutes));
        (await SignInAsync(address, userName, password)).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_let_the_right_password_in_from_another_address_while_one_address_is_blocked()
    {
        var (userName, password, _) = await NewUserAsync();
        var attacker = NewAddress();
        await FailUntilBlockedAsync(attacker, userName);

        var owner = await SignInAsync(NewAddress(), userName, password);
        var fromTheAttacker = await SignInAsync(attacker, userName, password);

        owner.Status.ShouldBe(HttpStatusCode.OK);
        fromTheAttacker.Code.ShouldBe(IdentityErrorCodes.SignInBlocked);
    }

    [Fact]
    public async Task Should_answer_an_unknown_name_with_the_same_sequence_as_a_known_one()
    {
        var (known, password, _) = await NewUserAsync();
        var unknown = $"nobody{Random.Shared.Next(100000, 999999)}";

        var forKnown = await ScriptAsync(NewAddress(), known, password);
        var forUnknown = await ScriptAsync(NewAddress(), unknown, password);

        forUnknown.ShouldBe(forKnown);
        forKnown.Select(a => a.Code).Distinct().ShouldBe(
            [IdentityErrorCodes.InvalidCredentials, IdentityErrorCodes.SignInDelayed, IdentityErrorCodes.SignInBlocked], ignoreOrder: true);
    }

    [Fact]
    public async Task Should_start_counting_afresh_after_a_successful_sign_in()
    {
        var (userName, password, _) = await NewUserAsync();
        var address = NewAddress();
        for (var i = 0; i < _options.FreeAttempts; i++) await SignInAsync(address, userName, WrongPassword);
        (await SignInAsync(address, userName, password)).Status.ShouldBe(HttpStatusCode.OK);

        var after = new List<Answer>();
        for (var i = 0; i <= _options.FreeAttempts; i++) after.Add(await SignInAsync(address, userName, WrongPassword));
        var next = await SignInAsync(address, userName, WrongPassword);

        after.ShouldAllBe(a => a.Code == IdentityErrorCodes.InvalidCredentials);
        next.Code.ShouldBe(IdentityErrorCodes.SignInDelayed);
        next.RetryAfter.ShouldBe("1"); // the first delay again: the failures before the success were forgotten
    }

    [Fact]
    public async Task Should_unblock_the_name_from_every_address_when_an_administrator_resets_the_password()
    {
        var (userName, _, userId) = await NewUserAsync();
        var address = NewAddress();
        await FailUntilBlockedAsync(address, userName);
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        (await admin.GetAsync<UserDto>($"/api/identity/users/{userId}")).IsLockedOut.ShouldBeTrue();

        var reset = await admin.PostAsync<OneTimePasswordDto>($"/api/identity/users/{userId}/reset-password", null);

        (await admin.GetAsync<UserDto>($"/api/identity/users/{userId}")).IsLockedOut.ShouldBeFalse();
        (await SignInAsync(address, userName, reset.Password)).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_hold_but_never_refuse_the_owner_of_a_name_that_fails_from_many_addresses()
    {
        var (userName, password, _) = await NewUserAsync();
        // Two failures from each of many addresses: no address is delayed, the name reaches its free failures.
        for (var i = 0; i < _options.AccountFreeAttempts / 2; i++)
        {
            var address = NewAddress();
            (await SignInAsync(address, userName, WrongPassword)).Code.ShouldBe(IdentityErrorCodes.InvalidCredentials);
            (await SignInAsync(address, userName, WrongPassword)).Code.ShouldBe(IdentityErrorCodes.InvalidCredentials);
        }
        var hold = _options.AccountHold(_options.AccountFreeAttempts + 1);
        hold.ShouldBe(TimeSpan.FromSeconds(1));
        var holdsBefore = _clock.TimersDueIn(hold);

        var owner = SignInAsync(NewAddress(), userName, password);
        await WaitUntilAsync(() => _clock.TimersDueIn(hold) > holdsBefore || owner.IsCompleted);
        owner.IsCompleted.ShouldBeFalse("the attempt is held");
        _clock.Advance(hold);

        (await owner).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_still_apply_the_per_address_rate_limit_with_a_retry_after()
    {
        var address = NewAddress();
        var answers = new List<Answer>();
        // A new name each time: no pair is throttled, only the rate limiter counts.
        for (var i = 0; i < SignInLockoutAppFixture.LoginRateLimitPerMinute; i++)
            answers.Add(await SignInAsync(address, $"rl{i}x{Random.Shared.Next(100000, 999999)}", WrongPassword));
        var over = await SignInAsync(address, Demo.Staff, TrainingApp.DemoPassword);
        var otherAddress = await SignInAsync(NewAddress(), Demo.Staff, TrainingApp.DemoPassword);

        answers.ShouldAllBe(a => a.Code == IdentityErrorCodes.InvalidCredentials);
        over.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        over.Code.ShouldBe(CommonErrorCodes.TooManyRequests);
        int.Parse(over.RetryAfter!).ShouldBeInRange(1, 60);
        otherAddress.Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_delete_only_expired_counts_and_find_nothing_more_the_second_time()
    {
        var (forgotten, _, _) = await NewUserAsync();
        var (blocked, password, _) = await NewUserAsync();
        var forgottenAddress = NewAddress();
        var blockedAddress = NewAddress();
        await SignInAsync(forgottenAddress, forgotten, WrongPassword);
        await FailUntilBlockedAsync(blockedAddress, blocked);
        _clock.Advance(TimeSpan.FromMinutes(_options.Minutes) - TimeSpan.FromSeconds(30)); // the first window is over, the block is not

        var job = _app.Services.GetRequiredService<SignInFailureCleanupJob>();
        var first = await job.RunAsync(CancellationToken.None);
        var second = await job.RunAsync(CancellationToken.None);

        first.ShouldBeGreaterThanOrEqualTo(1);
        second.ShouldBe(0);
        (await SignInAsync(blockedAddress, blocked, password)).Code.ShouldBe(IdentityErrorCodes.SignInBlocked);
    }

    /// <summary>One answer as a client sees it: status, code, title and Retry-After.</summary>
    private sealed record Answer(HttpStatusCode Status, string? Code, string? Title, string? RetryAfter);

    /// <summary>The free failures, the delays (each tried early once, then waited out), the block, and the right password.</summary>
    private async Task<List<Answer>> ScriptAsync(string address, string userName, string password)
    {
        var answers = new List<Answer>();
        for (var failure = 1; failure <= _options.MaxFailedAttempts; failure++)
        {
            answers.Add(await SignInAsync(address, userName, WrongPassword));
            var wait = _options.PairWait(failure);
            if (wait == TimeSpan.Zero || failure == _options.MaxFailedAttempts) continue;
            answers.Add(await SignInAsync(address, userName, WrongPassword));
            _clock.Advance(wait);
        }
        answers.Add(await SignInAsync(address, userName, password));
        return answers;
    }

    /// <summary>Fails from <paramref name="address"/> until the pair is blocked, waiting out every delay on the way.</summary>
    private async Task FailUntilBlockedAsync(string address, string userName)
    {
        for (var failure = 1; failure <= _options.MaxFailedAttempts; failure++)
        {
            (await SignInAsync(address, userName, WrongPassword)).Code.ShouldBe(IdentityErrorCodes.InvalidCredentials);
            if (failure < _options.MaxFailedAttempts) _clock.Advance(_options.PairWait(failure));
        }
    }

    /// <summary>A sign-in through the configured proxy for the client <paramref name="address"/>.</summary>
    private async Task<Answer> SignInAsync(string address, string userName, string password)
    {
        var client = _app.CreateApiClient();
        client.Http.DefaultRequestHeaders.Add(TrainingApp.RemoteAddressHeader, TrainingApp.ProxyAddress);
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        var response = await client.PostRawAsync("/api/account/login", new LoginInput(userName, password));
        var retryAfter = response.Headers.TryGetValues("Retry-After", out var values) ? values.Single() : null;
        if (response.IsSuccessStatusCode) return new Answer(response.StatusCode, null, null, retryAfter);
        var problem = await ApiClient.ProblemAsync(response);
        return new Answer(response.StatusCode, problem.GetProperty("code").GetString(), problem.GetProperty("title").GetString(), retryAfter);
    }

    /// <summary>A new Staff account (its one-time password changed, so a sign-in is a plain success).</summary>
    private async Task<(string UserName, string Password, Guid UserId)> NewUserAsync()
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var userName = $"lo{Random.Shared.Next(100000, 999999)}";
        var created = await admin.PostAsync<OneTimePasswordDto>("/api/identity/users", new CreateUserInput(userName, userName, [RoleNames.Staff]));
        return (userName, created.Password, created.UserId);
    }

    private static int _addresses;

    /// <summary>A client address of its own (198.18.0.0/15, for tests), so tests, their pairs and rate-limit buckets never meet.</summary>
    private static string NewAddress()
    {
        var n = Interlocked.Increment(ref _addresses);
        return $"198.{18 + n / 65536}.{n / 256 % 256}.{n % 256}";
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!condition() && DateTime.UtcNow < deadline) await Task.Delay(20);
    }
}

/// <summary>The schedule the settings make, and how a client address is counted.</summary>
public sealed class SignInLockoutScheduleTests
{
    [Fact]
    public void Should_give_free_attempts_then_double_the_wait_up_to_the_cap_then_block()
    {
        var options = new SignInLockoutOptions();

        var waits = Enumerable.Range(1, 11).Select(options.PairWait).Select(w => w.TotalSeconds).ToList();

        waits.ShouldBe([0, 0, 0, 1, 2, 4, 8, 16, 30, 900, 900]);
    }

    [Fact]
    public void Should_follow_the_configured_numbers()
    {
        var options = new SignInLockoutOptions { FreeAttempts = 1, MaxFailedAttempts = 4, MaxDelaySeconds = 3, Minutes = 5 };

        Enumerable.Range(1, 4).Select(options.PairWait).Select(w => w.TotalSeconds).ShouldBe([0, 1, 2, 300]);
    }

    [Fact]
    public void Should_hold_a_name_only_beyond_its_free_failures_and_never_longer_than_the_cap()
    {
        var options = new SignInLockoutOptions();

        options.AccountHold(options.AccountFreeAttempts).ShouldBe(TimeSpan.Zero);
        options.AccountHold(options.AccountFreeAttempts + 1).ShouldBe(TimeSpan.FromSeconds(1));
        options.AccountHold(options.AccountFreeAttempts + 3).ShouldBe(TimeSpan.FromSeconds(4));
        options.AccountHold(int.MaxValue).ShouldBe(TimeSpan.FromSeconds(options.AccountMaxDelaySeconds));
    }

    [Theory]
    [InlineData("198.51.100.7", "198.51.100.7")]
    [InlineData("::ffff:198.51.100.7", "198.51.100.7")]
    [InlineData("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2:ffff::1", "2001:db8:1:2::/64")]
    public void Should_count_a_client_by_its_address_and_an_ipv6_one_by_its_network(string address, string counted) =>
        SignInThrottle.ClientOf(IPAddress.Parse(address)).ShouldBe(counted);
}

public sealed class SignInLockoutTests_Sqlite(SqliteSignInLockoutAppFixture fixture)
    : SignInLockoutTests(fixture), IClassFixture<SqliteSignInLockoutAppFixture>;

public sealed class SignInLockoutTests_PostgreSql(PostgreSqlSignInLockoutAppFixture fixture)
    : SignInLockoutTests(fixture), IClassFixture<PostgreSqlSignInLockoutAppFixture>;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Training.Contests;
using Training.Contests.Jobs;
using Training.Tests.Infrastructure;

namespace Training.Tests.Contests;

/// <summary>
/// Entry closes by itself when the window ends: the recurring job closes each announced contest past its window and
/// draws the numbers as the organiser's close does; a second run, a contest still in its window, and a contest with a
/// nomination to confirm are left as they are; racing the organiser's close, the contest is closed and drawn once.
/// </summary>
public abstract class EntryWindowCloseTests(ClockedAppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;
    private readonly FakeTimeProvider _clock = fixture.Clock;

    private ContestSteps Steps => new(_app, _clock.GetUtcNow().UtcDateTime);

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    private Task<int> RunJobAsync() => _app.Services.GetRequiredService<EntryWindowCloseJob>().RunAsync(CancellationToken.None);

    [Fact]
    public async Task Closes_a_contest_past_its_window_and_draws_numbers_once()
    {
        var (organiser, ending) = await Steps.AnnouncedAsync(closesAt: Now.AddMinutes(30));
        var (_, running) = await Steps.AnnouncedAsync();
        foreach (var who in new[] { "S0010", "S0011", Demo.Staff }) await Steps.EnterAsync(ending, who);
        await Steps.EnterAsync(running, "S0010");

        await RunJobAsync(); // still inside the window
        var early = await organiser.GetAsync<ContestDto>($"/api/contests/{ending.Id}");
        _clock.Advance(TimeSpan.FromMinutes(31));
        await RunJobAsync();
        var closed = await organiser.GetAsync<ContestDto>($"/api/contests/{ending.Id}");
        var drawn = await NumbersAsync(organiser, ending);
        await RunJobAsync();
        var again = await organiser.GetAsync<ContestDto>($"/api/contests/{ending.Id}");

        early.State.ShouldBe(ContestState.Announced);
        closed.State.ShouldBe(ContestState.Closed);
        drawn.Values.Order().ShouldBe(new int?[] { 1, 2, 3 });
        (again.State, again.Version).ShouldBe((ContestState.Closed, closed.Version));
        (await NumbersAsync(organiser, ending)).ShouldBe(drawn); // the second run drew nothing anew
        (await organiser.GetAsync<ContestDto>($"/api/contests/{running.Id}")).State.ShouldBe(ContestState.Announced);
    }

    [Fact]
    public async Task Leaves_a_contest_with_a_nomination_to_confirm_to_its_organiser()
    {
        var (organiser, contest) = await Steps.AnnouncedAsync(closesAt: Now.AddMinutes(30));
        var lead = await Steps.SignInAsync(Demo.Lead);
        var nominated = await lead.PostAsync<EntryDto>($"/api/contests/{contest.Id}/entries/nominate",
            new NominateInput([await _app.StaffIdAsync(Demo.OtherStaff)]));
        _clock.Advance(TimeSpan.FromMinutes(31));

        await RunJobAsync();
        var waiting = await organiser.GetAsync<ContestDto>($"/api/contests/{contest.Id}");
        await organiser.PostAsync<EntryDto>($"/api/contests/{contest.Id}/entries/{nominated.Id}/confirm", null);
        await RunJobAsync();

        waiting.State.ShouldBe(ContestState.Announced);
        (await organiser.GetAsync<ContestDto>($"/api/contests/{contest.Id}")).State.ShouldBe(ContestState.Closed);
        (await NumbersAsync(organiser, contest)).ShouldBe(new Dictionary<Guid, int?> { [nominated.Id] = 1 });
    }

    [Fact]
    public async Task Racing_the_organisers_close_the_contest_is_closed_and_drawn_once()
    {
        var (organiser, contest) = await Steps.AnnouncedAsync(closesAt: Now.AddMinutes(30));
        foreach (var who in new[] { "S0010", "S0011" }) await Steps.EnterAsync(contest, who);
        var before = await organiser.GetAsync<ContestDto>($"/api/contests/{contest.Id}");
        _clock.Advance(TimeSpan.FromMinutes(31));

        var job = RunJobAsync();
        var close = organiser.PostRawAsync($"/api/contests/{contest.Id}/close-entry", null);
        await Task.WhenAll(job, close);

        (await close).StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Conflict);
        var after = await organiser.GetAsync<ContestDto>($"/api/contests/{contest.Id}");
        (after.State, after.Version).ShouldBe((ContestState.Closed, before.Version + 1)); // one close saved, not two
        (await NumbersAsync(organiser, contest)).Values.Order().ShouldBe(new int?[] { 1, 2 });
    }

    private static async Task<Dictionary<Guid, int?>> NumbersAsync(ApiClient organiser, ContestDto contest) =>
        (await organiser.GetAsync<List<EntryDto>>($"/api/contests/{contest.Id}/entries")).ToDictionary(e => e.Id, e => e.DrawNumber);
}

public sealed class EntryWindowCloseTests_Sqlite(SqliteClockedAppFixture fixture) : EntryWindowCloseTests(fixture), IClassFixture<SqliteClockedAppFixture>;

public sealed class EntryWindowCloseTests_PostgreSql(PostgreSqlClockedAppFixture fixture) : EntryWindowCloseTests(fixture), IClassFixture<PostgreSqlClockedAppFixture>;

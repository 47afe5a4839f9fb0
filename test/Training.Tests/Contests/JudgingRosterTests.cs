using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Training.Contests.Application.Judging;
using Training.Organization.EntityFrameworkCore;
using Training.Tests.Infrastructure;

namespace Training.Tests.Contests;

/// <summary>
/// The roster a score post checks its entry and recusal against: read once for everyone posting, kept for its 15 s,
/// then read again — so a judge moved into an entrant's unit is recused from them within that time.
/// </summary>
public abstract class JudgingRosterTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_read_the_roster_once_for_concurrent_posts_and_again_once_it_is_older_than_its_age()
    {
        var contest = await _app.JudgedContestAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var rosters = new JudgingRosters(_app.Services.GetRequiredService<IServiceScopeFactory>(), clock);
        var (firstEntrant, secondJudge) = await _app.WithScopeAsync(async sp =>
        {
            var org = sp.GetRequiredService<OrganizationDbContext>();
            return (await org.Staff.SingleAsync(s => s.StaffNumber == contest.FirstEntrant), await org.Staff.SingleAsync(s => s.StaffNumber == contest.Judges[1]));
        });

        var together = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => rosters.GetAsync(contest.ContestId)));
        var before = together[0];
        await _app.WithScopeAsync(async sp =>
        {
            var org = sp.GetRequiredService<OrganizationDbContext>();
            var judge = await org.Staff.SingleAsync(s => s.Id == secondJudge.Id);
            judge.PlaceIn(judge.HallId, firstEntrant.UnitId); // the second judge joins the first entrant's unit
            await org.SaveChangesAsync();
            return 0;
        });
        clock.Advance(JudgingRosters.MaxAge);
        var within = await rosters.GetAsync(contest.ContestId);
        clock.Advance(TimeSpan.FromSeconds(1));
        var after = await rosters.GetAsync(contest.ContestId);

        together.ShouldAllBe(r => ReferenceEquals(r, before));
        before.Entries.Keys.ShouldBe([contest.FirstEntryId, contest.SecondEntryId], ignoreOrder: true);
        before.Recuses(secondJudge.Id, before.Entries[contest.FirstEntryId]).ShouldBeFalse();
        within.ShouldBeSameAs(before);
        after.ShouldNotBeSameAs(before);
        after.Recuses(secondJudge.Id, after.Entries[contest.FirstEntryId]).ShouldBeTrue();
        after.Recuses(secondJudge.Id, after.Entries[contest.SecondEntryId]).ShouldBeFalse();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class JudgingRosterTests_Sqlite(SqliteAppFixture fixture) : JudgingRosterTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class JudgingRosterTests_PostgreSql(PostgreSqlAppFixture fixture) : JudgingRosterTests(fixture);

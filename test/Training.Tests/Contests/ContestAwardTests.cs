using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Contests;
using Training.Contests.EntityFrameworkCore;
using Training.Tests.Infrastructure;

namespace Training.Tests.Contests;

/// <summary>Awards over HTTP: tiers from the ranking, a change with a reason, publishing once (events), certificates and their verification.</summary>
public abstract class ContestAwardTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    /// <summary>The first entrant scores 30 of 40 from every judge but the recused one, the second 20 from all five.</summary>
    private async Task<(JudgedContest Contest, ApiClient Organiser)> ClosedAsync()
    {
        var contest = await _app.JudgedContestAsync();
        for (var j = 0; j < 5; j++)
        {
            var judge = await _app.AsAsync(contest.Judges[j]);
            if (j > 0) await judge.SubmitAsync(contest, contest.FirstEntryId, 8m, 22m);
            await judge.SubmitAsync(contest, contest.SecondEntryId, 5m, 15m);
        }
        var organiser = await _app.AsAsync(Demo.Manager);
        await organiser.PostAsync<object>($"/api/contests/{contest.ContestId}/rounds/{contest.RoundId}/close", null);
        return (contest, organiser);
    }

    [Fact]
    public async Task Tiers_come_from_the_ranking_and_a_change_keeps_its_reason_and_the_computed_tier()
    {
        var (contest, organiser) = await ClosedAsync();

        var computed = await organiser.PostAsync<AwardsDto>($"/api/contests/{contest.ContestId}/awards/compute", null);
        var changed = await organiser.PutAsync<AwardsDto>($"/api/contests/{contest.ContestId}/awards/{contest.SecondEntryId}",
            new SetAwardInput(AwardTier.Excellence, "现场表现突出，评委会复议"));

        computed.Awards.Select(a => (a.EntryId, a.Rank, a.FinalScore, a.Tier)).ShouldBe(
            [(contest.FirstEntryId, 1, 75.0, (AwardTier?)AwardTier.First), (contest.SecondEntryId, 2, 50.0, AwardTier.Second)]);
        var second = changed.Awards.Single(a => a.EntryId == contest.SecondEntryId);
        (second.Tier, second.ComputedTier, second.EditReason).ShouldBe(((AwardTier?)AwardTier.Excellence, (AwardTier?)AwardTier.Second, "现场表现突出，评委会复议"));
        changed.RoundingRule.ShouldContain("向下取整");
    }

    [Fact]
    public async Task Publishing_twice_raises_one_award_event_each_and_one_training_record_each()
    {
        var (contest, organiser) = await ClosedAsync();

        var published = await organiser.PostAsync<AwardsDto>($"/api/contests/{contest.ContestId}/publish", null);
        var again = await organiser.PostAsync<AwardsDto>($"/api/contests/{contest.ContestId}/publish", null);
        var events = await _app.WithScopeAsync(async sp => (await sp.GetRequiredService<ContestsDbContext>().Outbox
            .Select(m => new { m.Type, m.Payload }).ToListAsync()).Where(m => m.Payload.Contains(contest.ContestId.ToString())).ToList());

        published.Published.ShouldBeTrue();
        again.PublishedAt!.Value.ShouldBe(published.PublishedAt!.Value, TimeSpan.FromMilliseconds(1)); // PostgreSQL keeps microseconds
        events.Count(e => e.Type.Contains(nameof(Training.Contests.Events.ContestAwardedEto))).ShouldBe(2);
        events.Count(e => e.Type.Contains(nameof(Training.Learning.TrainingRecordedEto))).ShouldBe(2);
    }

    [Fact]
    public async Task An_entrant_downloads_their_certificate_and_the_public_page_confirms_its_code()
    {
        var (contest, organiser) = await ClosedAsync();
        var entrant = await _app.AsAsync(contest.FirstEntrant);
        var before = await entrant.GetAsync<MyContestDto>($"/api/contests/{contest.ContestId}/my");
        await organiser.PostAsync<AwardsDto>($"/api/contests/{contest.ContestId}/publish", null);

        var certificate = (await entrant.GetAsync<IReadOnlyList<MyAwardCertificateDto>>("/api/contests/my/certificates"))
            .Single(c => c.ContestId == contest.ContestId);
        var pdf = await entrant.Http.GetAsync($"/api/contests/my/certificates/{certificate.AwardId}/pdf");
        var verified = await _app.CreateApiClient().GetAsync<AwardCertificateVerificationDto>($"/api/public/contests/certificates/{certificate.VerificationCode}");
        var unknown = await _app.CreateApiClient().GetAsync<AwardCertificateVerificationDto>("/api/public/contests/certificates/2222-3333-4444");
        var board = await entrant.GetAsync<BoardDto>($"/api/contests/{contest.ContestId}/board");
        var other = await (await _app.AsAsync(contest.SecondEntrant)).Http.GetAsync($"/api/contests/my/certificates/{certificate.AwardId}/pdf");

        before.Award.ShouldBeNull();
        certificate.Tier.ShouldBe(AwardTier.First);
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await pdf.Content.ReadAsByteArrayAsync()).Take(5).ShouldBe("%PDF-"u8.ToArray());
        (verified.Genuine, verified.ContestTitle, verified.Tier).ShouldBe((true, board.Title, (AwardTier?)AwardTier.First));
        verified.HolderMasked!.ShouldStartWith(contest.FirstEntrantName[..1]);
        verified.HolderMasked.ShouldNotBe(contest.FirstEntrantName);
        unknown.Genuine.ShouldBeFalse();
        board.NamesShown.ShouldBeTrue();
        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ContestAwardTests_Sqlite(SqliteAppFixture fixture) : ContestAwardTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class ContestAwardTests_PostgreSql(PostgreSqlAppFixture fixture) : ContestAwardTests(fixture);

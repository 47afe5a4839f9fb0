using Training.Contests;
using Training.Platform;
using Training.Tests.Infrastructure;

namespace Training.Tests.Contests;

/// <summary>
/// The judge's home to-do "sheets to score" (GET /api/home): in an open round, every entry with a number that the judge
/// is not recused from and has not submitted — a saved sheet still counts, a submitted one no longer does; a person who
/// judges nothing gets no such item.
/// </summary>
public abstract class ContestHomeItemsTests(AppFixture fixture)
{
    private const string SheetsToScore = "contests.sheetsToScore";
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task A_judge_sees_the_sheets_still_to_submit_in_their_open_round()
    {
        var contest = await _app.JudgedContestAsync();
        var (recused, other) = (await _app.AsAsync(contest.Judges[0]), await _app.AsAsync(contest.Judges[1]));

        var before = await ItemAsync(other);
        await other.PutAsync<ScoreSheetDto>(contest.Sheet(contest.SecondEntryId), new SaveScoreSheetInput([5m, 20m], false));
        var afterSave = await ItemAsync(other);
        await other.SubmitAsync(contest, contest.FirstEntryId, 5m, 20m);
        var afterSubmit = await ItemAsync(other);
        var ofRecused = await ItemAsync(recused);
        await recused.SubmitAsync(contest, contest.SecondEntryId, 6m, 21m);
        var recusedDone = await ItemAsync(recused);

        before.ShouldNotBeNull().Count.ShouldBe(2);
        before.Link.ShouldBe($"/contests/{contest.ContestId}/rounds/{contest.RoundId}/judge"); // their one open round
        afterSave.ShouldNotBeNull().Count.ShouldBe(2); // saved, not submitted
        afterSubmit.ShouldNotBeNull().Count.ShouldBe(1);
        ofRecused.ShouldNotBeNull().Count.ShouldBe(1); // the entrant of their own unit is not theirs to score
        recusedDone.ShouldBeNull(); // nothing left: the item is dropped, as every to-do counting 0 is
    }

    [Fact]
    public async Task Someone_who_judges_nothing_gets_no_sheets_to_score()
    {
        var contest = await _app.JudgedContestAsync();

        (await ItemAsync(await _app.AsAsync(contest.FirstEntrant))).ShouldBeNull();
        (await ItemAsync(await _app.AsAsync(Demo.Staff))).ShouldBeNull();
    }

    private static async Task<HomeItemDto?> ItemAsync(ApiClient client) =>
        (await client.GetAsync<HomeDto>("/api/home")).Items.SingleOrDefault(i => i.Key == SheetsToScore);
}

[Collection(SqliteCollection.Name)]
public sealed class ContestHomeItemsTests_Sqlite(SqliteAppFixture fixture) : ContestHomeItemsTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class ContestHomeItemsTests_PostgreSql(PostgreSqlAppFixture fixture) : ContestHomeItemsTests(fixture);

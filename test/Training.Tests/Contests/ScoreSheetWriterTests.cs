using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Contests.Domain;
using Training.Contests.EntityFrameworkCore;
using Training.Tests.Infrastructure;

namespace Training.Tests.Contests;

/// <summary>
/// A judge's sheet is written by one plain statement: a new sheet once (a second insert of the judge's sheet for the same
/// entry writes nothing), a draft only at the version read, and what is stored is what EF reads back.
/// </summary>
public abstract class ScoreSheetWriterTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_insert_a_sheet_once_and_write_a_draft_only_at_the_version_read()
    {
        var contest = await _app.JudgedContestAsync();
        var judge = Guid.NewGuid();
        var savedAt = new DateTime(2026, 12, 4, 9, 30, 0, DateTimeKind.Utc);
        var submittedAt = savedAt.AddMinutes(3);

        var (firstInsert, secondInsert, submit, staleSubmit) = await _app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ContestsDbContext>();
            var writer = sp.GetRequiredService<ScoreSheetWriter>();
            var criteria = (await db.Rounds.AsNoTracking().SingleAsync(r => r.Id == contest.RoundId)).Criteria;
            var draft = new ScoreSheet(Guid.NewGuid(), contest.ContestId, contest.RoundId, contest.FirstEntryId, judge);
            draft.Save(criteria.Select(_ => 1.5m).ToList(), criteria, submit: false, savedAt);
            var first = await writer.InsertAsync(draft, CancellationToken.None);
            var twin = new ScoreSheet(Guid.NewGuid(), contest.ContestId, contest.RoundId, contest.FirstEntryId, judge);
            twin.Save(criteria.Select(_ => 1m).ToList(), criteria, submit: true, savedAt);
            var second = await writer.InsertAsync(twin, CancellationToken.None);

            draft.Save(criteria.Select((_, i) => i + 0.25m).ToList(), criteria, submit: true, submittedAt); // version 1 -> 2
            var submitted = await writer.UpdateAsync(draft, readVersion: 1, CancellationToken.None);
            var stale = await writer.UpdateAsync(draft, readVersion: 1, CancellationToken.None);
            return (first, second, submitted, stale);
        });

        var stored = await _app.WithScopeAsync(sp => sp.GetRequiredService<ContestsDbContext>().ScoreSheets.AsNoTracking()
            .SingleAsync(s => s.RoundId == contest.RoundId && s.EntryId == contest.FirstEntryId && s.JudgeStaffId == judge));
        firstInsert.ShouldBeTrue();
        secondInsert.ShouldBeFalse();
        submit.ShouldBeTrue();
        staleSubmit.ShouldBeFalse();
        var expected = Enumerable.Range(0, stored.CriterionScores.Count).Select(i => i + 0.25m).ToList();
        stored.CriterionScores.ShouldBe(expected);
        stored.Total.ShouldBe(expected.Sum());
        stored.Locked.ShouldBeTrue();
        stored.Version.ShouldBe(2);
        stored.SavedAt.ShouldBe(submittedAt);
        stored.SubmittedAt.ShouldBe(submittedAt);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ScoreSheetWriterTests_Sqlite(SqliteAppFixture fixture) : ScoreSheetWriterTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class ScoreSheetWriterTests_PostgreSql(PostgreSqlAppFixture fixture) : ScoreSheetWriterTests(fixture);

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Ratings;
using Training.Ratings.Jobs;
using Training.SharedKernel.Time;
using Training.Tests.Infrastructure;

namespace Training.Tests.Ratings;

/// <summary>
/// Citizen data retention on SQLite and PostgreSQL: the rater's row is deleted (not masked) once the retention period
/// (180 days) has passed since the case closed, or since a rating without a case; what is younger, or still open, stays.
/// </summary>
public abstract class CitizenDataTests(CasesAppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_delete_the_raters_past_retention_and_keep_the_others_when_run_twice()
    {
        var today = fixture.Clock.Today();
        var now = fixture.Clock.GetUtcNow().UtcDateTime;
        var closedLongAgo = await fixture.RateAsync(Demo.Staff, today.AddDays(-300), raterPhone: CasesTestData.NewPhone());
        var withoutCaseOld = await fixture.RateAsync(Demo.Staff, today.AddDays(-200), level: RatingLevel.Satisfied, raterPhone: CasesTestData.NewPhone());
        var closedRecently = await fixture.RateAsync(Demo.Staff, today.AddDays(-300), raterPhone: CasesTestData.NewPhone());
        var stillOpen = await fixture.RateAsync(Demo.Staff, today.AddDays(-300), raterPhone: CasesTestData.NewPhone());
        var withoutCaseYoung = await fixture.RateAsync(Demo.Staff, today.AddDays(-100), level: RatingLevel.Satisfied, raterPhone: CasesTestData.NewPhone());
        await _app.CloseAsMistakenAsync(closedLongAgo.CaseId!.Value, now.AddDays(-181));
        await _app.CloseAsMistakenAsync(closedRecently.CaseId!.Value, now.AddDays(-179));

        var first = await RunAsync();
        var second = await RunAsync();

        first.ShouldBeGreaterThanOrEqualTo(2);
        second.ShouldBe(0);
        (await RaterKeptAsync(closedLongAgo)).ShouldBeFalse();
        (await RaterKeptAsync(withoutCaseOld)).ShouldBeFalse();
        (await RaterKeptAsync(closedRecently)).ShouldBeTrue();
        (await RaterKeptAsync(stillOpen)).ShouldBeTrue();
        (await RaterKeptAsync(withoutCaseYoung)).ShouldBeTrue();
        var manager = await _app.SignInAsync(Demo.Manager);
        var shown = await manager.GetAsync<CaseDetailDto>($"/api/ratings/cases/{closedLongAgo.CaseId}");
        shown.Case.Rating.IsRealName.ShouldBeTrue(); // it stays known that the rating was real-name …
        shown.Case.Rating.Rater!.Removed.ShouldBeTrue(); // … but the data is gone
        shown.Case.Rating.Rater.MaskedPhone.ShouldBeNull();
    }

    private Task<int> RunAsync() => _app.WithScopeAsync(sp => sp.GetRequiredService<CitizenDataRetentionJob>().RunAsync(CancellationToken.None));

    private Task<bool> RaterKeptAsync(CasesTestData.Rated rated) => _app.WithRatingsAsync(db => db.Raters.AnyAsync(r => r.RatingId == rated.RatingId));
}

[Collection(SqliteCollection.Name)]
public sealed class CitizenDataTests_Sqlite(SqliteCasesAppFixture fixture) : CitizenDataTests(fixture), IClassFixture<SqliteCasesAppFixture>;

[Collection(PostgreSqlCollection.Name)]
public sealed class CitizenDataTests_PostgreSql(PostgreSqlCasesAppFixture fixture) : CitizenDataTests(fixture), IClassFixture<PostgreSqlCasesAppFixture>;

using System.Net;
using Training.Ratings;
using Training.SharedKernel.Time;
using Training.Tests.Infrastructure;

namespace Training.Tests.Ratings;

/// <summary>
/// The dashboard of a window for a month of 2024 (the demo has no ratings then): counts per level, satisfaction, the
/// real-name callback rate and rectification, by tag; an excluded rating does not count; scope and the period's bounds.
/// </summary>
public abstract class StatisticsDashboardTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_count_levels_rates_and_tags_of_the_period_without_excluded_ratings()
    {
        var place = await _app.PlaceOfAsync(Demo.Staff);
        var day = new DateOnly(2024, 3, 5);
        await _app.AddRatingAsync(place, day, RatingLevel.VerySatisfied, tagCode: "attitude");
        await _app.AddRatingAsync(place, day, RatingLevel.Satisfied, tagCode: "attitude");
        await _app.AddRatingAsync(place, day.AddDays(1), RatingLevel.Basic);
        await _app.AddRatingAsync(place, day, RatingLevel.Dissatisfied, realName: true,
            steps: StatisticsRatings.CalledBackAndRectified(day.AddDays(1), day.AddDays(3)), tagCode: "efficiency");
        await _app.AddRatingAsync(place, day, RatingLevel.VeryDissatisfied, realName: true);
        var excluded = await _app.AddRatingAsync(place, day, RatingLevel.VeryDissatisfied, realName: true);
        await _app.ExcludeAsync(excluded);
        await _app.AddRatingAsync(place, new DateOnly(2024, 4, 1), RatingLevel.VeryDissatisfied); // after the period
        var lead = await _app.SignedInAsync(Demo.Lead);

        var dashboard = await lead.GetAsync<DashboardDto>($"/api/ratings/dashboard?from=2024-03-01&to=2024-03-31&windowId={place.WindowId}");

        var counts = dashboard.Totals.Counts;
        (counts.VerySatisfied, counts.Satisfied, counts.Basic, counts.Dissatisfied, counts.VeryDissatisfied).ShouldBe((1, 1, 1, 1, 1));
        counts.Total.ShouldBe(5);
        counts.SatisfactionRate.ShouldBe(0.6);
        counts.AveragePoints.ShouldBe((10 + 8 + 6 + 3 + 0) / 5.0);
        dashboard.Totals.Excluded.ShouldBe(1);
        dashboard.Totals.RealNameBad.ShouldBe(2);
        dashboard.Cases.ShouldSatisfyAllConditions(
            c => c.CallbackDue.ShouldBe(2), c => c.CalledBack.ShouldBe(1), c => c.CallbackRate.ShouldBe(0.5), c => c.CallbackOnTimeRate.ShouldBe(0.5),
            c => c.RectifyDue.ShouldBe(2), c => c.Rectified.ShouldBe(1), c => c.RectifiedOnTime.ShouldBe(1), c => c.Overdue.ShouldBe(1),
            c => c.TargetRate.ShouldBe(1.0));
        dashboard.ByWindow.Single().Counts.Total.ShouldBe(5);
        dashboard.ByTag.Single(t => t.Code == "attitude").Counts.ShouldSatisfyAllConditions(c => c.Total.ShouldBe(2), c => c.SatisfactionRate.ShouldBe(1.0));
        dashboard.ByTag.Single(t => t.Code == "efficiency").Counts.Bad.ShouldBe(1);
        dashboard.Trend.Count.ShouldBe(12);
        dashboard.Trend[^1].ShouldSatisfyAllConditions(m => m.Month.ShouldBe(3), m => m.Counts.Total.ShouldBe(5));
        dashboard.ByMatter.Single().Id.ShouldBeNull();
    }

    [Fact]
    public async Task Should_read_the_dashboard_in_the_same_number_of_queries_however_many_ratings_it_covers()
    {
        var manager = await _app.SignedInAsync(Demo.Manager);
        var hall = await _app.HallIdAsync("SZX");
        var today = TimeProvider.System.Today();
        string Url(DateOnly from, DateOnly to) => $"/api/ratings/dashboard?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&hallId={hall}";
        await manager.GetAsync<DashboardDto>(Url(new DateOnly(2019, 1, 1), new DateOnly(2019, 1, 31))); // settings and account read once
        using var recorder = await CommandRecorder.StartAsync(_app);

        var (few, empty) = await recorder.RecordAsync(() => manager.GetAsync<DashboardDto>(Url(new DateOnly(2019, 2, 1), new DateOnly(2019, 2, 28))));
        var (many, busy) = await recorder.RecordAsync(() => manager.GetAsync<DashboardDto>(Url(today.AddDays(-120), today)));

        empty.Totals.Counts.Total.ShouldBe(0);
        busy.Totals.Counts.Total.ShouldBeGreaterThan(1000);
        // The module's own reads (the account, settings and audit around a request come and go with their caches).
        many.Count(c => c.Contains("Ratings_")).ShouldBe(few.Count(c => c.Contains("Ratings_")));
        many.Count(c => c.Contains("Ratings_")).ShouldBeLessThanOrEqualTo(12);
    }

    [Fact]
    public async Task Should_refuse_a_window_outside_the_scope_and_a_period_longer_than_a_year()
    {
        var otherWindow = await _app.PlaceOfAsync("S0019"); // 市场监管窗口, not led by S0002
        var lead = await _app.SignedInAsync(Demo.Lead);

        (await lead.Http.GetAsync($"/api/ratings/dashboard?from=2024-03-01&to=2024-03-31&windowId={otherWindow.WindowId}")).StatusCode
            .ShouldBe(HttpStatusCode.NotFound);
        (await lead.Http.GetAsync("/api/ratings/dashboard?from=2023-01-01&to=2024-03-31")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var staff = await _app.SignedInAsync(Demo.Staff);
        (await staff.Http.GetAsync("/api/ratings/dashboard?from=2024-03-01&to=2024-03-31")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class StatisticsDashboardTests_Sqlite(SqliteAppFixture fixture) : StatisticsDashboardTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class StatisticsDashboardTests_PostgreSql(PostgreSqlAppFixture fixture) : StatisticsDashboardTests(fixture);

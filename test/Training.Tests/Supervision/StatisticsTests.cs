using System.Net;
using Training.Supervision;
using Training.Tests.Infrastructure;
using Training.Tests.Ratings;
using static Training.Tests.Supervision.IntegrationRows;

namespace Training.Tests.Supervision;

/// <summary>
/// GET /api/supervision/statistics: counted findings by month × category and unit × category, disputes, the ledger by
/// state; a window lead sees their unit's figures only; the number of queries does not grow with the data.
/// </summary>
public abstract class StatisticsTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_count_by_month_unit_and_category_and_keep_a_lead_to_their_unit()
    {
        var own = await _app.PlaceOfAsync(Demo.Staff);      // 综合受理窗口, led by S0002
        var other = await _app.PlaceOfAsync("S0019");       // another unit of the hall
        var (july, august) = (new DateOnly(2025, 7, 1), new DateOnly(2025, 8, 1));
        var discipline = await _app.CatalogueItemAsync(CatalogueCategory.WorkDiscipline, 2, 1);
        var letter = await _app.CatalogueItemAsync(CatalogueCategory.ThankYouLetter, 1, 1);
        var inspection = await _app.InspectionAsync(own.HallId, july.AddDays(3));
        await _app.FindingAsync(inspection, own, discipline, july.AddDays(3));
        await _app.FindingAsync(inspection, own, discipline, august.AddDays(3), againstWindow: true);
        await _app.FindingAsync(inspection, own, discipline, july.AddDays(4), false, Disputed(july.AddDays(5)), Withdrawn(july.AddDays(8)));
        await _app.FindingAsync(inspection, own, letter, july.AddDays(9));
        await _app.FindingAsync(inspection, other, discipline, july.AddDays(3));
        await _app.LedgerItemAsync(own.HallId, own.UnitId, "统计用台账", july.AddDays(3), july.AddDays(10));
        var url = $"/api/supervision/statistics?from=2025-07-01&to=2025-08-31&hallId={own.HallId}";

        var manager = await _app.SignInAsync(Demo.Manager);
        var all = await manager.GetAsync<SupervisionStatisticsDto>(url);
        var lead = await (await _app.SignInAsync(Demo.Lead)).GetAsync<SupervisionStatisticsDto>(url);

        all.ByMonth.Single(m => m.Month == 7 && m.Category == CatalogueCategory.WorkDiscipline).Count.ShouldBe(2);
        all.ByMonth.Single(m => m.Month == 8 && m.Category == CatalogueCategory.WorkDiscipline).Count.ShouldBe(1);
        all.ByMonth.Single(m => m.Category == CatalogueCategory.ThankYouLetter).Count.ShouldBe(1);
        var unit = all.ByUnit.Single(u => u.UnitId == own.UnitId);
        (unit.Violations, unit.Commendations, unit.UnitName.Length > 0).ShouldBe((2, 1, true));
        all.ByUnit.Single(u => u.UnitId == other.UnitId).Violations.ShouldBe(1);
        all.Disputes.ShouldBe(new DisputeCountsDto(0, 0, 1));
        all.Ledger.ShouldSatisfyAllConditions(l => l.Open.ShouldBe(1), l => l.Overdue.ShouldBe(1));
        lead.ByUnit.Select(u => u.UnitId).ShouldBe([own.UnitId]);
        lead.ByMonth.Sum(m => m.Count).ShouldBe(3);
    }

    [Fact]
    public async Task Should_refuse_a_span_over_24_months_and_another_units_filter()
    {
        var other = await _app.PlaceOfAsync("S0019");
        var lead = await _app.SignInAsync(Demo.Lead);

        var tooLong = await lead.Http.GetAsync("/api/supervision/statistics?from=2023-01-01&to=2025-01-31");
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiClient.ProblemAsync(tooLong)).GetProperty("code").GetString().ShouldBe(SupervisionErrorCodes.PeriodTooLong);
        (await lead.Http.GetAsync($"/api/supervision/statistics?from=2025-01-01&to=2025-01-31&unitId={other.UnitId}")).StatusCode
            .ShouldBe(HttpStatusCode.NotFound);
        (await (await _app.SignInAsync(Demo.Staff)).Http.GetAsync("/api/supervision/statistics?from=2025-01-01&to=2025-01-31")).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_read_the_statistics_in_the_same_number_of_queries_however_many_findings()
    {
        var place = await _app.PlaceOfAsync(Demo.OtherStaff);
        var item = await _app.CatalogueItemAsync(CatalogueCategory.BusinessNorms, 1, 1);
        var day = new DateOnly(2025, 9, 2);
        var inspection = await _app.InspectionAsync(place.HallId, day);
        for (var i = 0; i < 12; i++) await _app.FindingAsync(inspection, place, item, day.AddDays(i), againstWindow: i % 2 == 0);
        var manager = await _app.SignInAsync(Demo.Manager);
        await manager.GetAsync<SupervisionStatisticsDto>("/api/supervision/statistics?from=2019-01-01&to=2019-01-31");
        using var recorder = await CommandRecorder.StartAsync(_app);

        var (few, empty) = await recorder.RecordAsync(() => manager.GetAsync<SupervisionStatisticsDto>("/api/supervision/statistics?from=2019-02-01&to=2019-02-28"));
        var (many, busy) = await recorder.RecordAsync(() => manager.GetAsync<SupervisionStatisticsDto>("/api/supervision/statistics?from=2025-09-01&to=2025-09-30"));

        empty.ByMonth.ShouldBeEmpty();
        busy.ByMonth.Sum(m => m.Count).ShouldBeGreaterThanOrEqualTo(12);
        many.Count(c => c.Contains("Supervision_")).ShouldBe(few.Count(c => c.Contains("Supervision_")));
        many.Count(c => c.Contains("Supervision_")).ShouldBeLessThanOrEqualTo(5);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class StatisticsTests_Sqlite(SqliteAppFixture fixture) : StatisticsTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class StatisticsTests_PostgreSql(PostgreSqlAppFixture fixture) : StatisticsTests(fixture);

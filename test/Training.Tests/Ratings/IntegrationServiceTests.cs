using Microsoft.Extensions.DependencyInjection;
using Training.Ratings;
using Training.Tests.Infrastructure;

namespace Training.Tests.Ratings;

/// <summary>The integration service: a person's facts for a range; an excluded rating no longer counts (nor its case).</summary>
public abstract class IntegrationServiceTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_stop_counting_a_rating_once_it_is_excluded()
    {
        var place = await _app.PlaceOfAsync(Demo.OtherStaff);
        var day = new DateOnly(2024, 4, 8);
        await _app.AddRatingAsync(place, day, RatingLevel.VerySatisfied);
        var bad = await _app.AddRatingAsync(place, day, RatingLevel.VeryDissatisfied, realName: true);

        var before = await FactsAsync(place.StaffId, day);
        await _app.ExcludeAsync(bad);
        var after = await FactsAsync(place.StaffId, day);

        before.ShouldSatisfyAllConditions(f => f.Total.ShouldBe(2), f => f.Bad.ShouldBe(1), f => f.SatisfactionRate.ShouldBe(0.5),
            f => f.CallbackDue.ShouldBe(1), f => f.Excluded.ShouldBe(0));
        after.ShouldSatisfyAllConditions(f => f.Total.ShouldBe(1), f => f.Bad.ShouldBe(0), f => f.SatisfactionRate.ShouldBe(1.0),
            f => f.CallbackDue.ShouldBe(0), f => f.RectifyDue.ShouldBe(0), f => f.Excluded.ShouldBe(1));
        var sources = await _app.WithScopeAsync(sp => sp.GetRequiredService<IRatingIntegrationService>().GetSourcesAsync([place.StaffId], day, day));
        sources.Single(s => s.Id == bad).Excluded.ShouldBeTrue();
        sources.Count(s => s.Kind == RatingSourceKind.Rating).ShouldBe(2);
    }

    [Fact]
    public async Task Should_answer_units_with_their_survey_score_and_service_efficiency_and_every_id_asked()
    {
        var place = await _app.PlaceOfAsync(Demo.OtherStaff);
        var manager = await _app.SignedInAsync(Demo.Manager);
        var hall = await _app.HallIdAsync("SZX");
        var file = Xlsx.Build(("调查结果", ["窗口单位编码", "年度", "期次", "综合得分", "样本量"], [["ZH", "2022", "3", "90", "100"]]));
        await manager.PostMultipartAsync<CatalogueImportResultDto>($"/api/ratings/surveys/import?hallId={hall}", Xlsx.Upload(file));
        var records = Xlsx.Build(("服务效能", ["工号", "年度", "月份", "办件量", "按时办结数"], [[Demo.OtherStaff, "2022", "5", "100", "95"]]));
        await manager.PostMultipartAsync<CatalogueImportResultDto>("/api/ratings/service-records/import", Xlsx.Upload(records));
        var nobody = Guid.NewGuid();

        var facts = await _app.WithScopeAsync(sp => sp.GetRequiredService<IRatingIntegrationService>()
            .GetByUnitsAsync([place.UnitId, nobody], new DateOnly(2022, 5, 1), new DateOnly(2022, 5, 31)));

        facts.Count.ShouldBe(2);
        var unit = facts.Single(f => f.Id == place.UnitId);
        unit.SurveyScore.ShouldBe(90);
        (unit.CaseVolume, unit.OnTimeCount).ShouldBe((100, 95));
        facts.Single(f => f.Id == nobody).ShouldSatisfyAllConditions(f => f.Total.ShouldBe(0), f => f.SurveyScore.ShouldBeNull());
    }

    private async Task<RatingFacts> FactsAsync(Guid staffId, DateOnly day) =>
        (await _app.WithScopeAsync(sp => sp.GetRequiredService<IRatingIntegrationService>().GetByStaffAsync([staffId], day, day))).Single();
}

[Collection(SqliteCollection.Name)]
public sealed class IntegrationServiceTests_Sqlite(SqliteAppFixture fixture) : IntegrationServiceTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class IntegrationServiceTests_PostgreSql(PostgreSqlAppFixture fixture) : IntegrationServiceTests(fixture);

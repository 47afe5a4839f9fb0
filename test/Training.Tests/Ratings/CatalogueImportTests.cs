using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Ratings;
using Training.Ratings.EntityFrameworkCore;
using Training.SharedKernel.Paging;
using Training.Tests.Infrastructure;

namespace Training.Tests.Ratings;

/// <summary>
/// The catalogue: the indicator tags are there from the start; matters, surveys and service records come from .xlsx —
/// the same file twice changes nothing, the untouched template writes nothing, a file with bad rows writes nothing and
/// names every row.
/// </summary>
public abstract class CatalogueImportTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    private static readonly string[] MatterHeader = ["事项编码 Matter code", "事项名称 Matter name", "窗口单位编码 Window unit code", "部门 Department"];

    [Fact]
    public async Task Should_seed_the_five_indicator_tags_and_let_a_manager_edit_one_but_not_its_code()
    {
        var manager = await _app.SignedInAsync(Demo.Manager);
        var tags = await manager.GetAsync<List<IndicatorTagDto>>("/api/ratings/tags");
        new[] { "attitude", "efficiency", "competence", "environment", "conduct" }.ShouldBeSubsetOf(tags.Select(t => t.Code));
        tags.Single(t => t.Code == "attitude").NameZh.ShouldBe("态度");

        var created = await manager.PostAsync<IndicatorTagDto>("/api/ratings/tags", new SaveIndicatorTagInput("t" + Guid.NewGuid().ToString("N")[..8], "便利", "Convenience", 90));
        var renamed = await manager.PutAsync<IndicatorTagDto>($"/api/ratings/tags/{created.Id}", new SaveIndicatorTagInput("other", "便利度", "Convenience", 95));
        renamed.Code.ShouldBe(created.Code);
        renamed.NameZh.ShouldBe("便利度");
        (await manager.PostRawAsync("/api/ratings/tags", new SaveIndicatorTagInput(created.Code, "重复", "Again"))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var staff = await _app.SignedInAsync(Demo.Staff);
        (await staff.PostRawAsync("/api/ratings/tags", new SaveIndicatorTagInput("x" + Guid.NewGuid().ToString("N")[..8], "某", "Some"))).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_import_matters_once_and_change_nothing_when_the_same_file_comes_again()
    {
        var manager = await _app.SignedInAsync(Demo.Manager);
        var hall = await _app.HallIdAsync("SZX");
        var prefix = "M" + Guid.NewGuid().ToString("N")[..6];
        var file = Xlsx.Build(("事项目录", MatterHeader, [[prefix + "1", "企业设立登记", "SJ", "市市场监督管理局"], [prefix + "2", "户口迁移", "GA", null]]));

        var first = await manager.PostMultipartAsync<CatalogueImportResultDto>($"/api/ratings/matters/import?hallId={hall}", Xlsx.Upload(file));
        var second = await manager.PostMultipartAsync<CatalogueImportResultDto>($"/api/ratings/matters/import?hallId={hall}", Xlsx.Upload(file));
        var changed = Xlsx.Build(("事项目录", MatterHeader, [[prefix + "1", "企业设立登记（含名称申报）", "SJ", "市市场监督管理局"], [prefix + "2", "户口迁移", "GA", null]]));
        var third = await manager.PostMultipartAsync<CatalogueImportResultDto>($"/api/ratings/matters/import?hallId={hall}", Xlsx.Upload(changed));

        first.ShouldBe(new CatalogueImportResultDto(2, 0, 0));
        second.ShouldBe(new CatalogueImportResultDto(0, 0, 2));
        third.ShouldBe(new CatalogueImportResultDto(0, 1, 1));
        var listed = await manager.GetAsync<PagedResult<MatterDto>>($"/api/ratings/matters?hallId={hall}&filter={prefix}");
        listed.Items.Select(m => (m.Code, m.UnitCode)).ShouldBe([(prefix + "1", "SJ"), (prefix + "2", "GA")]);
        listed.Items[0].Name.ShouldBe("企业设立登记（含名称申报）");
    }

    [Fact]
    public async Task Should_write_nothing_from_the_untouched_template_or_a_file_with_bad_rows()
    {
        var manager = await _app.SignedInAsync(Demo.Manager);
        var hall = await _app.HallIdAsync("SZX");
        var before = await MatterCountAsync();
        var template = await manager.Http.GetByteArrayAsync("/api/ratings/matters/import/template");
        (await manager.Http.PostAsync($"/api/ratings/matters/import?hallId={hall}", Xlsx.Upload(template))).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);

        var prefix = "B" + Guid.NewGuid().ToString("N")[..6];
        var file = Xlsx.Build(("事项目录", MatterHeader,
            [[prefix + "1", "好的一行", "SJ", null], [prefix + "2", "没有的单位", "NOPE", null], [prefix + "1", "重复编码", "GA", null], [prefix + "4", "别的中心的单位", "GJJ", null], [prefix + "5", null, "SJ", null]]));
        var response = await manager.Http.PostAsync($"/api/ratings/matters/import?hallId={hall}", Xlsx.Upload(file));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var rows = (await ApiClient.ProblemAsync(response)).GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("row").GetInt32(), r.GetProperty("code").GetString())).ToList();
        rows.ShouldBe([(3, RatingsErrorCodes.UnknownUnit), (4, RatingsErrorCodes.RepeatedInFile), (5, RatingsErrorCodes.UnitNotInHall), (6, "Common:Required")],
            ignoreOrder: true);
        (await MatterCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Should_import_surveys_with_their_aspects_per_unit_and_period_and_list_them()
    {
        var manager = await _app.SignedInAsync(Demo.Manager);
        var hall = await _app.HallIdAsync("SZX");
        string[] results = ["窗口单位编码", "年度", "期次", "综合得分", "样本量", "调查机构", "意见建议"];
        string[] aspects = ["窗口单位编码", "年度", "期次", "分项", "得分"];
        var file = Xlsx.Build(("调查结果", results, [["SJ", "2023", "2", "91.5", "120", "某调查公司", "午间开放窗口偏少"], ["GA", "2023", "2", "88", "90", null, null]]),
            ("分项得分", aspects, [["SJ", "2023", "2", "服务态度", "95"], ["SJ", "2023", "2", "办事效率", "89.5"]]));

        var first = await manager.PostMultipartAsync<CatalogueImportResultDto>($"/api/ratings/surveys/import?hallId={hall}", Xlsx.Upload(file));
        var second = await manager.PostMultipartAsync<CatalogueImportResultDto>($"/api/ratings/surveys/import?hallId={hall}", Xlsx.Upload(file));

        first.ShouldBe(new CatalogueImportResultDto(2, 0, 0));
        second.ShouldBe(new CatalogueImportResultDto(0, 0, 2));
        var listed = await manager.GetAsync<PagedResult<SurveyDto>>($"/api/ratings/surveys?hallId={hall}&year=2023&period=2");
        var sj = listed.Items.Single(s => s.UnitCode == "SJ");
        sj.Score.ShouldBe(91.5);
        sj.Aspects.ShouldBe([new SurveyAspectDto("办事效率", 89.5), new SurveyAspectDto("服务态度", 95)]);

        var rescored = Xlsx.Build(("调查结果", results, [["SJ", "2023", "2", "91.5", "120", "某调查公司", "午间开放窗口偏少"], ["GA", "2023", "2", "88", "90", null, null]]),
            ("分项得分", aspects, [["SJ", "2023", "2", "服务态度", "96"], ["SJ", "2023", "2", "服务环境", "90"]]));
        (await manager.PostMultipartAsync<CatalogueImportResultDto>($"/api/ratings/surveys/import?hallId={hall}", Xlsx.Upload(rescored)))
            .ShouldBe(new CatalogueImportResultDto(0, 1, 1));
        (await manager.GetAsync<PagedResult<SurveyDto>>($"/api/ratings/surveys?hallId={hall}&year=2023&period=2")).Items.Single(s => s.UnitCode == "SJ")
            .Aspects.ShouldBe([new SurveyAspectDto("服务态度", 96), new SurveyAspectDto("服务环境", 90)]);

        var bad = Xlsx.Build(("调查结果", results, [["SJ", "2023", "7", "91.5", "120"]]), ("分项得分", aspects, [["RS", "2023", "2", "服务态度", "101"]]));
        var refused = await manager.Http.PostAsync($"/api/ratings/surveys/import?hallId={hall}", Xlsx.Upload(bad));
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var codes = (await ApiClient.ProblemAsync(refused)).GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("code").GetString()).ToList();
        codes.ShouldBe([RatingsErrorCodes.PeriodInvalid, RatingsErrorCodes.ScoreInvalid], ignoreOrder: true);
    }

    [Fact]
    public async Task Should_import_service_records_by_staff_number_within_scope_at_the_persons_unit()
    {
        var manager = await _app.SignedInAsync(Demo.Manager);
        string[] header = ["工号", "年度", "月份", "办件量", "按时办结数"];
        var file = Xlsx.Build(("服务效能", header, [[Demo.Staff, "2023", "3", "200", "198"], [Demo.OtherStaff, "2023", "3", "150", "150"]]));

        var first = await manager.PostMultipartAsync<CatalogueImportResultDto>("/api/ratings/service-records/import", Xlsx.Upload(file));
        var second = await manager.PostMultipartAsync<CatalogueImportResultDto>("/api/ratings/service-records/import", Xlsx.Upload(file));

        first.ShouldBe(new CatalogueImportResultDto(2, 0, 0));
        second.ShouldBe(new CatalogueImportResultDto(0, 0, 2));
        var place = await _app.PlaceOfAsync(Demo.Staff);
        var listed = await manager.GetAsync<PagedResult<ServiceRecordDto>>($"/api/ratings/service-records?staffId={place.StaffId}&year=2023&month=3");
        listed.Items.Single().ShouldSatisfyAllConditions(r => r.CaseVolume.ShouldBe(200), r => r.OnTimeCount.ShouldBe(198), r => r.UnitId.ShouldBe(place.UnitId));

        var outside = Xlsx.Build(("服务效能", header, [[Demo.OtherHallStaff, "2023", "3", "10", "10"], [Demo.Staff, "2023", "4", "10", "11"]]));
        var refused = await manager.Http.PostAsync("/api/ratings/service-records/import", Xlsx.Upload(outside));
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ApiClient.ProblemAsync(refused)).GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("code").GetString())
            .ShouldBe([RatingsErrorCodes.OnTimeAboveVolume, RatingsErrorCodes.UnknownStaffNumber], ignoreOrder: true);
    }

    private async Task<int> MatterCountAsync() =>
        await _app.WithScopeAsync(async sp => await sp.GetRequiredService<RatingsDbContext>().Matters.CountAsync());
}

[Collection(SqliteCollection.Name)]
public sealed class CatalogueImportTests_Sqlite(SqliteAppFixture fixture) : CatalogueImportTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class CatalogueImportTests_PostgreSql(PostgreSqlAppFixture fixture) : CatalogueImportTests(fixture);

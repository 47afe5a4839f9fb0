using System.Net;
using System.Net.Http.Json;
using Training.Learning;
using Training.SharedKernel.Paging;
using Training.Tests.Infrastructure;

namespace Training.Tests.Learning;

/// <summary>The question bank through the API: import (idempotent, all-or-nothing), export round trip, filters, access.</summary>
public abstract class QuestionBankTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;
    private static readonly string[] Header = ["题目编号", "分类", "题型", "难度", "题干", "选项A", "选项B", "选项C", "选项D", "答案", "解析", "标签"];

    private static byte[] File(string prefix, string category) => Xlsx.Build(("题库", Header,
    [
        [$"{prefix}-1", category, "单选", "易", "窗口人员上岗时应当（ ）。", "佩戴工作牌", "使用手机娱乐", null, null, "A", "亮证上岗", "岗前,服务规范"],
        [$"{prefix}-2", category, "多选", "中", "以下属于“好差评”评价渠道的有（ ）。", "评价器", "二维码", "短信", "无", "ABC", null, "好差评"],
        [$"{prefix}-3", category, "判断", "易", "办事群众对差评的回复不需要公开。", null, null, null, null, "错", null, null],
        [$"{prefix}-4", category, "填空", "难", "对申请材料不全的，应当（    ）需要补正的全部内容。", null, null, null, null, "一次性告知|一次告知", null, "岗前"],
    ]));

    private async Task<ApiClient> ManagerAsync()
    {
        var client = _app.CreateApiClient();
        await client.LoginAsync(Demo.Admin);
        return client;
    }

    [Fact]
    public async Task Should_import_then_change_nothing_when_the_same_file_comes_again()
    {
        var admin = await ManagerAsync();
        var prefix = $"QB{Random.Shared.Next(10000, 99999)}";
        var category = $"服务规范{prefix}";

        var first = await (await admin.Http.PostAsync("/api/learning/questions/import", Xlsx.Upload(File(prefix, category))))
            .Content.ReadFromJsonAsync<QuestionImportResultDto>(ApiClient.Json);
        var second = await (await admin.Http.PostAsync("/api/learning/questions/import", Xlsx.Upload(File(prefix, category))))
            .Content.ReadFromJsonAsync<QuestionImportResultDto>(ApiClient.Json);
        var tagged = await admin.GetAsync<PagedResult<QuestionDto>>($"/api/learning/questions?filter={prefix}&tag=岗前");

        first.ShouldBe(new QuestionImportResultDto(1, 4, 0, 0));
        second.ShouldBe(new QuestionImportResultDto(0, 0, 0, 4));
        tagged.Items.Select(q => q.Code).ShouldBe([$"{prefix}-1", $"{prefix}-4"]);
        tagged.Items[0].Options.Select(o => o.Key).ShouldBe(["A", "B"]);
    }

    [Fact]
    public async Task Should_export_a_file_that_imports_back_unchanged()
    {
        var admin = await ManagerAsync();
        var prefix = $"EX{Random.Shared.Next(10000, 99999)}";
        var category = $"政策理论{prefix}";
        await admin.Http.PostAsync("/api/learning/questions/import", Xlsx.Upload(File(prefix, category)));
        var categoryId = (await admin.GetAsync<List<QuestionCategoryDto>>("/api/learning/question-categories")).Single(c => c.Name == category).Id;

        var export = await admin.Http.GetByteArrayAsync($"/api/learning/questions/export?categoryId={categoryId}");
        var again = await (await admin.Http.PostAsync("/api/learning/questions/import", Xlsx.Upload(export)))
            .Content.ReadFromJsonAsync<QuestionImportResultDto>(ApiClient.Json);

        again.ShouldBe(new QuestionImportResultDto(0, 0, 0, 4));
    }

    [Fact]
    public async Task Should_write_nothing_and_list_every_bad_row()
    {
        var admin = await ManagerAsync();
        var prefix = $"BAD{Random.Shared.Next(10000, 99999)}";
        var file = Xlsx.Build(("题库", Header,
        [
            [$"{prefix}-1", "分类", "单选", "易", "题干", "甲", "乙", null, null, "A", null, null],
            [$"{prefix}-2", "分类", "单选", "易", "题干", "甲", "乙", null, null, "E", null, null],
            [$"{prefix}-3", "分类", "问答", "易", "题干", null, null, null, null, "答", null, null],
            [$"{prefix}-1", "分类", "判断", "易", "题干", null, null, null, null, "对", null, null],
            [$"{prefix}-5", "分类", "判断", "易", "", null, null, null, null, "对", null, null],
        ]));

        var response = await admin.Http.PostAsync("/api/learning/questions/import", Xlsx.Upload(file));
        var problem = await ApiClient.ProblemAsync(response);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("row").GetInt32(), r.GetProperty("code").GetString()))
            .ShouldBe([(3, LearningErrorCodes.AnswerNotAnOption), (4, "Common:InvalidValue"), (5, "Common:DuplicateInFile"), (6, "Common:Required")]);
        (await admin.GetAsync<PagedResult<QuestionDto>>($"/api/learning/questions?filter={prefix}")).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_keep_the_bank_and_its_answers_from_window_staff()
    {
        var staff = _app.CreateApiClient();
        await staff.LoginAsync(Demo.Staff);

        (await staff.Http.GetAsync("/api/learning/questions")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await staff.Http.GetAsync("/api/learning/questions/export")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class QuestionBankTests_Sqlite(SqliteAppFixture fixture) : QuestionBankTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class QuestionBankTests_PostgreSql(PostgreSqlAppFixture fixture) : QuestionBankTests(fixture);

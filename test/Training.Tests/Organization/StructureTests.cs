using System.Net;
using System.Net.Http.Headers;
using Training.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Paging;
using Training.Tests.Infrastructure;

namespace Training.Tests.Organization;

/// <summary>Halls and people through the API: sorting of Chinese names, validation in both languages, hall rules.</summary>
public abstract class StructureTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    private async Task<(ApiClient Admin, HallDto Hall)> NewHallAsync()
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var code = $"S{Guid.NewGuid():N}"[..10].ToUpperInvariant();
        return (admin, await admin.PostAsync<HallDto>("/api/organization/halls", new SaveHallInput(code, $"排序测试{code}", HallKind.Township, null)));
    }

    [Fact]
    public async Task Should_sort_chinese_names_by_pinyin_on_postgresql_and_by_code_point_on_sqlite()
    {
        var (admin, hall) = await NewHallAsync();
        foreach (var name in new[] { "张伟", "李娜", "王芳", "陈静" })
            await admin.PostAsync<CreatedStaffDto>("/api/organization/staff",
                new SaveStaffInput($"Y{Random.Shared.Next(1000000, 9999999)}", name, null, StaffKind.Own, null, hall.Id, null));

        var page = await admin.GetAsync<PagedResult<StaffListItemDto>>($"/api/organization/staff?hallId={hall.Id}&sorting=name%20asc");

        page.Items.Select(s => s.Name).ShouldBe(fixture.Provider == DatabaseProvider.PostgreSql
            ? ["陈静", "李娜", "王芳", "张伟"]   // chen, li, wang, zhang
            : ["张伟", "李娜", "王芳", "陈静"]); // U+5F20, U+674E, U+738B, U+9648
    }

    [Fact]
    public async Task Should_list_every_invalid_field_in_the_callers_language()
    {
        var (admin, hall) = await NewHallAsync();
        var input = new SaveStaffInput("", new string('长', 70), null, StaffKind.Own, null, hall.Id, null);

        var chinese = await ApiClient.ProblemAsync(await admin.PostRawAsync("/api/organization/staff", input));
        admin.Http.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var english = await ApiClient.ProblemAsync(await admin.PostRawAsync("/api/organization/staff", input));

        chinese.GetProperty("code").GetString().ShouldBe("Common:Validation");
        chinese.GetProperty("errors").GetProperty("staffNumber")[0].GetString().ShouldBe("“staffNumber”为必填项。");
        chinese.GetProperty("errors").GetProperty("name")[0].GetString().ShouldBe("“name”不能超过 64 个字符。");
        english.GetProperty("errors").GetProperty("name")[0].GetString().ShouldBe("“name” must be at most 64 characters.");
    }

    [Fact]
    public async Task Should_refuse_a_taken_hall_code_and_a_parent_cycle()
    {
        var (admin, hall) = await NewHallAsync();
        var child = await admin.PostAsync<HallDto>("/api/organization/halls",
            new SaveHallInput(hall.Code + "C", "下级中心", HallKind.Township, hall.Id));

        var taken = await admin.PostRawAsync("/api/organization/halls", new SaveHallInput(hall.Code, "重复", HallKind.Township, null));
        var cycle = await admin.Http.PutAsync($"/api/organization/halls/{hall.Id}", System.Net.Http.Json.JsonContent.Create(
            new SaveHallInput(hall.Code, hall.Name, hall.Kind, child.Id), options: ApiClient.Json));

        taken.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ApiClient.ProblemAsync(taken)).GetProperty("code").GetString().ShouldBe(OrganizationErrorCodes.HallCodeTaken);
        (await ApiClient.ProblemAsync(cycle)).GetProperty("code").GetString().ShouldBe(OrganizationErrorCodes.HallParentCycle);
    }

    [Fact]
    public async Task Should_answer_an_unknown_sort_field_with_the_allowed_ones()
    {
        var (admin, _) = await NewHallAsync();

        var response = await admin.Http.GetAsync("/api/organization/staff?sorting=passwordHash%20asc");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiClient.ProblemAsync(response)).GetProperty("title").GetString()!.ShouldContain("staffNumber");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class StructureTests_Sqlite(SqliteAppFixture fixture) : StructureTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class StructureTests_PostgreSql(PostgreSqlAppFixture fixture) : StructureTests(fixture);

using System.Net;
using System.Text.Json;
using Training.Learning;
using Training.SharedKernel.Paging;
using Training.Tests.Infrastructure;

namespace Training.Tests.Http;

/// <summary>
/// The limits the OpenAPI document states are the ones the server enforces, on every module endpoint (the host runs
/// the validation filter on all of them): page sizes, batch sizes, nested DTOs, a drawn paper's size, route values.
/// </summary>
public abstract class ApiLimitTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Theory]
    [InlineData("/api/platform/notifications?maxResultCount=1001", "maxResultCount")] // a group that validated nothing before
    [InlineData("/api/platform/audit-logs?maxResultCount=0", "maxResultCount")]
    [InlineData("/api/organization/staff?skipCount=-1", "skipCount")]
    public async Task Should_refuse_paging_values_outside_the_stated_bounds(string url, string field)
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);

        var response = await admin.Http.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await ApiClient.ProblemAsync(response);
        problem.GetProperty("code").GetString().ShouldBe("Common:Validation");
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_accept_the_largest_stated_page()
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);

        var page = await admin.GetAsync<PagedResult<Training.Platform.NotificationDto>>($"/api/platform/notifications?maxResultCount={PagedRequest.MaxMaxResultCount}");

        page.Items.Count.ShouldBeLessThanOrEqualTo(PagedRequest.MaxMaxResultCount);
    }

    [Fact]
    public async Task Should_refuse_an_enrolment_batch_above_its_limit()
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var staffIds = Enumerable.Range(0, CourseConsts.MaxEnrollStaff + 1).Select(_ => Guid.NewGuid()).ToList();

        var response = await admin.PostRawAsync($"/api/learning/courses/{Guid.NewGuid()}/enrollments", new EnrollInput(staffIds, null, null));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var message = Errors(await ApiClient.ProblemAsync(response), "staffIds");
        message.ShouldContain(CourseConsts.MaxEnrollStaff.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Should_validate_a_nested_dto_in_a_list()
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);

        var response = await admin.PostRawAsync("/api/learning/exams", Exam([new ExamRuleDto(Guid.NewGuid(), null, null, 201, 1)]));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Errors(await ApiClient.ProblemAsync(response), "rules[0].count").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Should_refuse_a_drawn_paper_above_the_question_limit()
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var category = Guid.NewGuid();
        var rules = Enumerable.Range(0, 3).Select(_ => new ExamRuleDto(category, null, null, 200, 1)).ToList(); // 600 > 500

        var response = await admin.PostRawAsync("/api/learning/exams", Exam(rules));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Errors(await ApiClient.ProblemAsync(response), "rules").ShouldContain(ExamConsts.MaxQuestions.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("/api/organization/calendar/10000")] // a year DateOnly cannot hold: was a 500
    [InlineData("/api/public/certificates/ABCD-ABCD-ABCD-ABCD-ABCD-ABCD-ABCD")] // longer than any code
    public async Task Should_answer_404_for_a_route_value_outside_its_constraint(string url)
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);

        (await admin.Http.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static string Errors(JsonElement problem, string field)
    {
        problem.GetProperty("code").GetString().ShouldBe("Common:Validation");
        problem.GetProperty("errors").TryGetProperty(field, out var messages).ShouldBeTrue($"no error for {field}: {problem}");
        return string.Join(" ", messages.EnumerateArray().Select(m => m.GetString()));
    }

    private static SaveExamInput Exam(IReadOnlyList<ExamRuleDto> rules)
    {
        var now = DateTime.UtcNow;
        return new SaveExamInput("限额考试", null, false, PaperMode.Rules, null, 1, rules, 30, now, now.AddDays(1), 1, 60,
            GradingPolicy.Highest, false, false);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ApiLimitTests_Sqlite(SqliteAppFixture fixture) : ApiLimitTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class ApiLimitTests_PostgreSql(PostgreSqlAppFixture fixture) : ApiLimitTests(fixture);

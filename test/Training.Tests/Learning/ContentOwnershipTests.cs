using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Training.Identity;
using Training.Learning;
using Training.Organization;
using Training.SharedKernel.Paging;
using Training.Tests.Infrastructure;

namespace Training.Tests.Learning;

/// <summary>
/// Learning content has an owner (a hall, or the city): a manager reads, changes and exports only their halls' content
/// (and reads the city's courses and exams); an exam's rules stay once someone has started it and its close only moves
/// later; exporting answer keys is audited.
/// </summary>
public abstract class ContentOwnershipTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    private async Task<ApiClient> SignInAsync(string userName)
    {
        var client = _app.CreateApiClient();
        await client.LoginAsync(userName);
        return client;
    }

    /// <summary>A new person of GXQ made one of its hall managers (and of the other halls named) by the administrator, signed in.</summary>
    private async Task<ApiClient> ManagerOfOtherHallAsync(params string[] alsoOf)
    {
        var admin = await SignInAsync(Demo.Admin);
        var hallId = await _app.HallIdAsync("GXQ");
        var number = $"M{Random.Shared.Next(1000000, 9999999)}";
        var created = await admin.PostAsync<CreatedStaffDto>("/api/organization/staff",
            new SaveStaffInput(number, "分中心负责人", null, StaffKind.Own, null, hallId, null));
        foreach (var hall in new[] { hallId }.Concat(await Task.WhenAll(alsoOf.Select(_app.HallIdAsync))))
        {
            var managers = await admin.GetAsync<List<PersonRefDto>>($"/api/organization/halls/{hall}/managers");
            await admin.PutAsync<List<PersonRefDto>>($"/api/organization/halls/{hall}/managers",
                new SetLeadsInput([.. managers.Select(m => m.Id), created.Staff.Id]));
        }
        var client = _app.CreateApiClient();
        await client.LoginAsync(number, created.InitialPassword!);
        (await client.PostRawAsync("/api/account/change-password", new ChangePasswordInput(created.InitialPassword!, "newpass123")))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        return client;
    }

    /// <summary>A bank of three questions, a course and an exam on them, created by the SZX manager (so owned by SZX).</summary>
    private async Task<(ApiClient Manager, QuestionCategoryDto Category, List<QuestionDto> Questions, CourseDto Course, ExamDto Exam)> HallContentAsync()
    {
        var manager = await SignInAsync(Demo.Manager);
        var tag = Random.Shared.Next(100000, 999999);
        var category = await manager.PostAsync<QuestionCategoryDto>("/api/learning/question-categories", new CreateQuestionCategoryInput($"本厅{tag}"));
        var questions = new List<QuestionDto>();
        for (var i = 0; i < 3; i++)
            questions.Add(await manager.PostAsync<QuestionDto>("/api/learning/questions", new SaveQuestionInput($"OWN{tag}-{i}", category.Id,
                QuestionType.SingleChoice, Difficulty.Easy, $"第{i + 1}题：群众首先询问的工作人员应当（ ）。",
                [new("A", "负责解答或引导"), new("B", "请其改日再来")], "A", "首问负责制", null)));
        var course = await manager.PostAsync<CourseDto>("/api/learning/courses",
            new SaveCourseInput($"OWN{tag}", "本厅业务培训", CourseKind.Routine, null, 1, false, true, null));
        var now = Now;
        var exam = await manager.PostAsync<ExamDto>("/api/learning/exams", Exam($"本厅考试{tag}", course.Id, questions.Select(q => q.Id).ToList(),
            now.AddHours(-1), now.AddHours(2)));
        return (manager, category, questions, course, exam);
    }

    /// <summary>Now to the second: what the database keeps (PostgreSQL keeps microseconds, .NET ticks).</summary>
    private static DateTime Now
    {
        get
        {
            var ticks = DateTime.UtcNow.Ticks;
            return new DateTime(ticks - ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        }
    }

    private static SaveExamInput Exam(string title, Guid? courseId, List<Guid> questionIds, DateTime opensAt, DateTime closesAt, int passPercent = 60,
        int timeLimit = 30) =>
        new(title, courseId, false, PaperMode.Fixed, questionIds, 10, null, timeLimit, opensAt, closesAt, 2, passPercent, GradingPolicy.Highest, false, false);

    private static SaveExamInput Same(ExamDto e) => new(e.Title, e.CourseId, e.IsPreJob, e.PaperMode, e.QuestionIds, e.PointsPerQuestion,
        e.Rules, e.TimeLimitMinutes, e.OpensAt, e.ClosesAt, e.MaxAttempts, e.PassPercent, e.GradingPolicy, e.ShuffleQuestions, e.ShuffleOptions);

    private static async Task<string?> CodeAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return body.Length == 0 ? null : System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("code").GetString();
    }

    [Fact]
    public async Task Should_answer_404_to_a_manager_of_another_hall_reading_changing_or_exporting_a_halls_content()
    {
        var (owner, category, questions, course, exam) = await HallContentAsync();
        var other = await ManagerOfOtherHallAsync();
        var question = questions[0];
        var lesson = new SaveLessonInput("偷改的课时", "<p>x</p>", 5);
        var courseInput = new SaveCourseInput(course.Code, "偷改的课程", course.Kind, null, 1, false, true, null);
        var questionInput = new SaveQuestionInput(question.Code, category.Id, question.Type, question.Difficulty, "偷改的题干", question.Options,
            "B", null, null);

        var responses = new Dictionary<string, HttpResponseMessage>
        {
            ["get course"] = await other.Http.GetAsync($"/api/learning/courses/{course.Id}"),
            ["change course"] = await other.Http.PutAsJsonAsync($"/api/learning/courses/{course.Id}", courseInput, ApiClient.Json),
            ["add lesson"] = await other.PostRawAsync($"/api/learning/courses/{course.Id}/lessons", lesson),
            ["enrol in course"] = await other.PostRawAsync($"/api/learning/courses/{course.Id}/enrollments", new EnrollInput(null, null, "Comprehensive")),
            ["get exam"] = await other.Http.GetAsync($"/api/learning/exams/{exam.Id}"),
            ["change exam"] = await other.Http.PutAsJsonAsync($"/api/learning/exams/{exam.Id}", Same(exam) with { PassPercent = 1 }, ApiClient.Json),
            ["get question"] = await other.Http.GetAsync($"/api/learning/questions/{question.Id}"),
            ["change question"] = await other.Http.PutAsJsonAsync($"/api/learning/questions/{question.Id}", questionInput, ApiClient.Json),
            ["add question"] = await other.PostRawAsync("/api/learning/questions", questionInput with { Code = question.Code + "X" }),
            ["export the bank"] = await other.Http.GetAsync($"/api/learning/questions/export?categoryId={category.Id}"),
        };
        var everything = await other.Http.GetByteArrayAsync("/api/learning/questions/export");
        var courses = await other.GetAsync<PagedResult<CourseListItemDto>>($"/api/learning/courses?filter={course.Code}");
        var exams = await other.GetAsync<List<ExamDto>>("/api/learning/exams");
        var categories = await other.GetAsync<List<QuestionCategoryDto>>("/api/learning/question-categories");
        var bank = await other.GetAsync<PagedResult<QuestionDto>>($"/api/learning/questions?filter={question.Code}");
        var borrowed = await other.PostRawAsync("/api/learning/exams", Exam("借题考试", null, [question.Id], Now, Now.AddHours(1)));

        responses.Where(r => r.Value.StatusCode != HttpStatusCode.NotFound).Select(r => $"{r.Key}: {(int)r.Value.StatusCode}").ShouldBeEmpty();
        courses.TotalCount.ShouldBe(0);
        exams.ShouldNotContain(e => e.Id == exam.Id);
        categories.ShouldNotContain(c => c.Id == category.Id);
        bank.TotalCount.ShouldBe(0);
        SpreadsheetText(everything).ShouldNotContain(question.Code);
        (await CodeAsync(borrowed)).ShouldBe(LearningErrorCodes.NotEnoughQuestions); // another bank's questions are not there for them
        var unchanged = await owner.GetAsync<QuestionDto>($"/api/learning/questions/{question.Id}");
        (unchanged.Stem, unchanged.Answer).ShouldBe((question.Stem, question.Answer));
        var ownCourse = await owner.GetAsync<CourseDto>($"/api/learning/courses/{course.Id}");
        (ownCourse.Title, ownCourse.Lessons.Count, ownCourse.OwnerHallId).ShouldBe(("本厅业务培训", 0, (Guid?)await _app.HallIdAsync("SZX")));
        (category.OwnerHallId, exam.OwnerHallId).ShouldBe((ownCourse.OwnerHallId, ownCourse.OwnerHallId));
    }

    [Fact]
    public async Task Should_own_new_content_by_the_creators_hall_and_let_managers_read_but_not_change_the_citys()
    {
        var other = await ManagerOfOtherHallAsync();
        var gxq = await _app.HallIdAsync("GXQ");
        var szx = await _app.HallIdAsync("SZX");
        var admin = await SignInAsync(Demo.Admin);
        var cityCourse = (await admin.GetAsync<PagedResult<CourseListItemDto>>("/api/learning/courses?filter=GQ-001")).Items.Single();
        var tag = Random.Shared.Next(100000, 999999);

        var own = await other.PostAsync<QuestionCategoryDto>("/api/learning/question-categories", new CreateQuestionCategoryInput($"分中心{tag}"));
        var elsewhere = await other.PostRawAsync("/api/learning/question-categories", new CreateQuestionCategoryInput($"别处{tag}", szx));
        var adminsForHall = await admin.PostAsync<QuestionCategoryDto>("/api/learning/question-categories", new CreateQuestionCategoryInput($"代建{tag}", gxq));
        var citys = await admin.PostAsync<QuestionCategoryDto>("/api/learning/question-categories", new CreateQuestionCategoryInput($"全市{tag}"));
        var readCity = await other.GetAsync<CourseDto>($"/api/learning/courses/{cityCourse.Id}");
        var changeCity = await other.Http.PutAsJsonAsync($"/api/learning/courses/{cityCourse.Id}",
            new SaveCourseInput(readCity.Code, "改掉全市课程", readCity.Kind, readCity.Description, readCity.CreditHours, readCity.IsRequired,
                readCity.IsPublished, readCity.Audience), ApiClient.Json);
        var categories = await other.GetAsync<List<QuestionCategoryDto>>("/api/learning/question-categories");
        var choices = await other.GetAsync<ContentOwnerChoicesDto>("/api/learning/content-owners");

        own.OwnerHallId.ShouldBe(gxq);
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (adminsForHall.OwnerHallId, citys.OwnerHallId).ShouldBe(((Guid?)gxq, (Guid?)null));
        readCity.OwnerHallId.ShouldBeNull();
        changeCity.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await CodeAsync(changeCity)).ShouldBe(LearningErrorCodes.CityContentAdminOnly);
        categories.Select(c => c.Id).ShouldContain(own.Id);
        categories.Select(c => c.Id).ShouldContain(adminsForHall.Id);
        categories.ShouldAllBe(c => c.OwnerHallId == gxq); // the city's bank (the pre-job exam's keys) is the administrators'
        choices.ShouldSatisfyAllConditions(c => c.City.ShouldBeFalse(), c => c.HallIds.ShouldBe([gxq]));
    }

    [Fact]
    public async Task Should_make_a_manager_of_several_halls_choose_one_of_theirs()
    {
        var manager = await ManagerOfOtherHallAsync("CGJD");
        var cgjd = await _app.HallIdAsync("CGJD");
        var tag = Random.Shared.Next(100000, 999999);

        var unchosen = await manager.PostRawAsync("/api/learning/question-categories", new CreateQuestionCategoryInput($"未选{tag}"));
        var chosen = await manager.PostAsync<CourseDto>("/api/learning/courses",
            new SaveCourseInput($"CG{tag}", "街道培训", CourseKind.Routine, null, 1, false, false, null, OwnerHallId: cgjd));
        var choices = await manager.GetAsync<ContentOwnerChoicesDto>("/api/learning/content-owners");

        unchosen.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CodeAsync(unchosen)).ShouldBe(LearningErrorCodes.OwnerHallRequired);
        chosen.OwnerHallId.ShouldBe(cgjd);
        choices.HallIds.ShouldBe([await _app.HallIdAsync("GXQ"), cgjd], ignoreOrder: true);
    }

    [Fact]
    public async Task Should_keep_an_exams_rules_once_someone_started_it_and_move_its_close_only_later()
    {
        var (manager, _, _, course, exam) = await HallContentAsync();
        var beforeAnyone = await manager.PutAsync<ExamDto>($"/api/learning/exams/{exam.Id}", Same(exam) with { PassPercent = 80 });
        await manager.PostAsync<EnrollResultDto>($"/api/learning/courses/{course.Id}/enrollments", new EnrollInput([await _app.StaffIdAsync(Demo.Staff)], null, null));
        var taker = await SignInAsync(Demo.Staff);
        await taker.PostAsync<AttemptDto>($"/api/learning/my/exams/{exam.Id}/attempts", null);
        var started = Same(beforeAnyone);

        var refused = new Dictionary<string, HttpResponseMessage>
        {
            ["pass mark"] = await manager.Http.PutAsJsonAsync($"/api/learning/exams/{exam.Id}", started with { PassPercent = 1 }, ApiClient.Json),
            ["time limit"] = await manager.Http.PutAsJsonAsync($"/api/learning/exams/{exam.Id}", started with { TimeLimitMinutes = 5 }, ApiClient.Json),
            ["points"] = await manager.Http.PutAsJsonAsync($"/api/learning/exams/{exam.Id}", started with { PointsPerQuestion = 50 }, ApiClient.Json),
            ["questions"] = await manager.Http.PutAsJsonAsync($"/api/learning/exams/{exam.Id}", started with { QuestionIds = exam.QuestionIds.Take(1).ToList() }, ApiClient.Json),
            ["attempts"] = await manager.Http.PutAsJsonAsync($"/api/learning/exams/{exam.Id}", started with { MaxAttempts = 9 }, ApiClient.Json),
            ["shuffle"] = await manager.Http.PutAsJsonAsync($"/api/learning/exams/{exam.Id}", started with { ShuffleOptions = true }, ApiClient.Json),
        };
        var earlier = await manager.Http.PutAsJsonAsync($"/api/learning/exams/{exam.Id}", started with { ClosesAt = exam.ClosesAt.AddMinutes(-90) }, ApiClient.Json);
        var later = await manager.PutAsync<ExamDto>($"/api/learning/exams/{exam.Id}", started with { Title = exam.Title + "（延期）", ClosesAt = exam.ClosesAt.AddHours(1) });

        beforeAnyone.PassPercent.ShouldBe(80);
        beforeAnyone.HasAttempts.ShouldBeFalse();
        foreach (var (what, response) in refused)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Conflict, what);
            (await CodeAsync(response)).ShouldBe(LearningErrorCodes.ExamRulesLocked, what);
        }
        earlier.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await CodeAsync(earlier)).ShouldBe(LearningErrorCodes.ExamCloseOnlyLater);
        (later.Title, later.ClosesAt, later.PassPercent, later.HasAttempts).ShouldBe((exam.Title + "（延期）", exam.ClosesAt.AddHours(1), 80, true));
    }

    [Fact]
    public async Task Should_write_an_audit_row_naming_who_exported_the_answer_keys_and_which()
    {
        var (manager, category, _, _, _) = await HallContentAsync();
        var admin = await SignInAsync(Demo.Admin);

        (await manager.Http.GetAsync($"/api/learning/questions/export?categoryId={category.Id}")).EnsureSuccessStatusCode();
        var log = await admin.GetAsync<PagedResult<Training.Platform.AuditLogDto>>(
            $"/api/platform/audit-logs?path={Uri.EscapeDataString(category.Id.ToString())}&maxResultCount=20");

        var row = log.Items.ShouldHaveSingleItem();
        (row.UserName, row.Method, row.StatusCode).ShouldBe((Demo.Manager, "GET", 200));
        row.Path.ShouldBe($"/api/learning/questions/export?categoryId={category.Id}");
    }

    /// <summary>Every text of an .xlsx (its XML parts), to look for a value without a spreadsheet reader.</summary>
    private static string SpreadsheetText(byte[] file)
    {
        using var zip = new ZipArchive(new MemoryStream(file));
        var text = new StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(reader.ReadToEnd());
        }
        return text.ToString();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ContentOwnershipTests_Sqlite(SqliteAppFixture fixture) : ContentOwnershipTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class ContentOwnershipTests_PostgreSql(PostgreSqlAppFixture fixture) : ContentOwnershipTests(fixture);

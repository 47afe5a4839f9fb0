using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Training.EntityFrameworkCore;
using Training.Learning;
using Training.Learning.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Paging;
using Training.Tests.Infrastructure;

namespace Training.Tests.Learning;

/// <summary>Exams as a taker meets them: frozen papers, server time, grace, one grading, no key before the close.</summary>
public abstract class ExamTests(ClockedAppFixture fixture)
{
    private const string Right = "首问负责";
    private readonly TrainingApp _app = fixture.App;
    private readonly FakeTimeProvider _clock = fixture.Clock;

    /// <summary>
    /// A pre-job course with one lesson, and its 5-question exam (30 minutes, pass 60%). Only the certificate test makes
    /// the course required: every required pre-job course counts for every person in this shared app.
    /// </summary>
    private async Task<(ApiClient Admin, CourseDto Course, ExamDto Exam)> NewExamAsync(int maxAttempts = 2, bool required = false)
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var tag = Random.Shared.Next(100000, 999999);
        var category = await admin.PostAsync<QuestionCategoryDto>("/api/learning/question-categories", new CreateQuestionCategoryInput($"岗前{tag}"));
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
            ids.Add((await admin.PostAsync<QuestionDto>("/api/learning/questions", new SaveQuestionInput($"E{tag}-{i}", category.Id,
                QuestionType.SingleChoice, Difficulty.Easy, $"第{i + 1}题：窗口工作人员应当坚持（ ）。",
                [new("A", Right), new("B", "推诿扯皮"), new("C", "敷衍了事"), new("D", "随意离岗")], "A", "首问负责制", ["岗前"]))).Id);
        var course = await admin.PostAsync<CourseDto>("/api/learning/courses",
            new SaveCourseInput($"PJ{tag}", "岗前培训", CourseKind.PreJob, null, 8, required, true, null));
        course = await admin.PostAsync<CourseDto>($"/api/learning/courses/{course.Id}/lessons", new SaveLessonInput("服务规范", "<p>首问负责</p>", 30));
        var now = _clock.GetUtcNow().UtcDateTime;
        var exam = await admin.PostAsync<ExamDto>("/api/learning/exams", new SaveExamInput($"岗前考试{tag}", course.Id, true, PaperMode.Fixed, ids, 20, null,
            30, now.AddHours(-1), now.AddHours(2), maxAttempts, 60, GradingPolicy.Highest, ShuffleQuestions: true, ShuffleOptions: true));
        return (admin, course, exam);
    }

    private async Task<(ApiClient Taker, AttemptDto Attempt, MyCourseDto Enrollment)> StartAsync(ApiClient admin, CourseDto course, ExamDto exam, string who = Demo.OtherStaff)
    {
        await admin.PostAsync<EnrollResultDto>($"/api/learning/courses/{course.Id}/enrollments", new EnrollInput([await _app.StaffIdAsync(who)], null, null));
        var taker = _app.CreateApiClient();
        await taker.LoginAsync(who);
        var enrollment = (await taker.GetAsync<List<MyCourseDto>>("/api/learning/my/courses")).Single(c => c.CourseId == course.Id);
        return (taker, await taker.PostAsync<AttemptDto>($"/api/learning/my/exams/{exam.Id}/attempts", null), enrollment);
    }

    private static Dictionary<int, string?> RightAnswers(AttemptDto attempt) =>
        attempt.Questions.ToDictionary(q => q.Index, q => (string?)q.Options.Single(o => o.Text == Right).Key);

    [Fact]
    public async Task Should_show_the_same_paper_after_a_reload_and_resume_instead_of_starting_again()
    {
        var (admin, course, exam) = await NewExamAsync();
        var (taker, started, _) = await StartAsync(admin, course, exam);

        var reloaded = await taker.GetAsync<AttemptDto>($"/api/learning/my/attempts/{started.Id}");
        var again = await taker.PostAsync<AttemptDto>($"/api/learning/my/exams/{exam.Id}/attempts", null);

        Shape(reloaded).ShouldBe(Shape(started));
        again.Id.ShouldBe(started.Id);
        started.Deadline.ShouldBe(started.StartedAt.AddMinutes(30));
        started.Questions.Count.ShouldBe(5);
    }

    [Fact]
    public async Task Should_keep_the_answer_key_out_of_every_response_until_the_exam_closes()
    {
        var (admin, course, exam) = await NewExamAsync();
        var (taker, attempt, _) = await StartAsync(admin, course, exam);
        var bodies = new List<string>
        {
            await taker.Http.GetStringAsync($"/api/learning/my/attempts/{attempt.Id}"),
            await (await taker.Http.PutAsJsonAsync($"/api/learning/my/attempts/{attempt.Id}/answers", new SaveAnswersInput(RightAnswers(attempt)), ApiClient.Json)).Content.ReadAsStringAsync(),
            await (await taker.PostRawAsync($"/api/learning/my/attempts/{attempt.Id}/submit", null)).Content.ReadAsStringAsync(),
            await taker.Http.GetStringAsync("/api/learning/my/exams"),
        };
        var early = await taker.Http.GetAsync($"/api/learning/my/attempts/{attempt.Id}/review");

        bodies.ShouldAllBe(b => !b.Contains("answerKey", StringComparison.OrdinalIgnoreCase) && !b.Contains("explanation", StringComparison.OrdinalIgnoreCase)
                                && !b.Contains("correctAnswer", StringComparison.OrdinalIgnoreCase));
        (await ApiClient.ProblemAsync(early)).GetProperty("code").GetString().ShouldBe(LearningErrorCodes.ReviewNotYet);

        _clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromSeconds(31)); // past the close and the grace
        var review = await taker.GetAsync<AttemptReviewDto>($"/api/learning/my/attempts/{attempt.Id}/review");
        review.Items.ShouldAllBe(i => i.IsCorrect && i.Explanation == "首问负责制");
    }

    [Fact]
    public async Task Should_refuse_a_submit_after_the_deadline_and_grace_and_grade_the_saved_answers()
    {
        var (admin, course, exam) = await NewExamAsync();
        var (taker, attempt, _) = await StartAsync(admin, course, exam);
        var answers = RightAnswers(attempt);
        var saved = await taker.PutAsync<AnswersSavedDto>($"/api/learning/my/attempts/{attempt.Id}/answers",
            new SaveAnswersInput(answers.Take(3).ToDictionary())); // three of five saved in time

        _clock.Advance(TimeSpan.FromMinutes(30) + TimeSpan.FromSeconds(29)); // inside the grace: still accepted
        await taker.PutAsync<AnswersSavedDto>($"/api/learning/my/attempts/{attempt.Id}/answers", new SaveAnswersInput(answers.Skip(3).Take(1).ToDictionary()));
        _clock.Advance(TimeSpan.FromSeconds(2));                               // now past deadline + 30 s
        var late = await taker.PostRawAsync($"/api/learning/my/attempts/{attempt.Id}/submit", new SaveAnswersInput(answers));
        var graded = await taker.GetAsync<AttemptDto>($"/api/learning/my/attempts/{attempt.Id}");

        saved.AnsweredCount.ShouldBe(3);
        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ApiClient.ProblemAsync(late)).GetProperty("code").GetString().ShouldBe(LearningErrorCodes.PastDeadline);
        graded.Status.ShouldBe(AttemptStatus.TimedOut);
        graded.Score.ShouldBe(80); // four saved answers, 20 points each; the late fifth did not count
        graded.Passed.ShouldBe(true);
        graded.SubmittedAt.ShouldBe(attempt.Deadline);
    }

    [Fact]
    public async Task Should_count_a_repeated_submit_once()
    {
        var (admin, course, exam) = await NewExamAsync(maxAttempts: 1);
        var (taker, attempt, _) = await StartAsync(admin, course, exam);

        var first = await taker.PostAsync<AttemptResultDto>($"/api/learning/my/attempts/{attempt.Id}/submit", new SaveAnswersInput(RightAnswers(attempt)));
        _clock.Advance(TimeSpan.FromSeconds(5));
        var retry = await taker.PostAsync<AttemptResultDto>($"/api/learning/my/attempts/{attempt.Id}/submit", new SaveAnswersInput(new Dictionary<int, string?> { [0] = "B" }));
        var mine = (await taker.GetAsync<List<MyExamDto>>("/api/learning/my/exams")).Single(e => e.ExamId == exam.Id);
        var another = await taker.PostRawAsync($"/api/learning/my/exams/{exam.Id}/attempts", null);

        (retry.Score, retry.SubmittedAt, retry.Status).ShouldBe((first.Score, first.SubmittedAt, AttemptStatus.Submitted));
        first.Score.ShouldBe(100);
        (mine.AttemptsUsed, mine.CountedScore, mine.Passed, mine.CanStart).ShouldBe((1, 100, true, false));
        (await ApiClient.ProblemAsync(another)).GetProperty("code").GetString().ShouldBe(LearningErrorCodes.NoAttemptsLeft);
    }

    [Fact]
    public async Task Should_draw_an_edited_question_once_the_exam_is_saved_or_the_nodes_cache_has_expired()
    {
        var (admin, course, exam) = await NewExamAsync(maxAttempts: 4);
        var (taker, first, _) = await StartAsync(admin, course, exam); // fills this node's cache of the exam's questions
        var question = await admin.GetAsync<QuestionDto>($"/api/learning/questions/{exam.QuestionIds[0]}");

        async Task<AttemptDto> EditThenStartAgainAsync(AttemptDto previous, string stem, Func<Task> after)
        {
            (await taker.PostRawAsync($"/api/learning/my/attempts/{previous.Id}/submit", null)).EnsureSuccessStatusCode();
            await admin.PutAsync<QuestionDto>($"/api/learning/questions/{question.Id}", new SaveQuestionInput(question.Code, question.CategoryId,
                question.Type, question.Difficulty, stem, question.Options, question.Answer, question.Explanation, question.Tags));
            await after();
            return await taker.PostAsync<AttemptDto>($"/api/learning/my/exams/{exam.Id}/attempts", null);
        }

        var cached = await EditThenStartAgainAsync(first, "改过一次的题干", () => Task.CompletedTask);
        var afterExamSaved = await EditThenStartAgainAsync(cached, "改过两次的题干", () =>
        {
            _clock.Advance(TimeSpan.FromSeconds(1)); // the exam is saved a moment after it was created (its stamp is the time of the save)
            return admin.PutAsync<ExamDto>($"/api/learning/exams/{exam.Id}", new SaveExamInput(exam.Title, exam.CourseId, exam.IsPreJob, exam.PaperMode,
                exam.QuestionIds, exam.PointsPerQuestion, null, exam.TimeLimitMinutes, exam.OpensAt, exam.ClosesAt, exam.MaxAttempts, exam.PassPercent,
                exam.GradingPolicy, exam.ShuffleQuestions, exam.ShuffleOptions));
        });
        var afterExpiry = await EditThenStartAgainAsync(afterExamSaved, "改过三次的题干", () =>
        {
            _clock.Advance(TimeSpan.FromSeconds(11)); // past Learning:ExamQuestionCacheSeconds (10 s)
            return Task.CompletedTask;
        });

        first.Questions.ShouldContain(q => q.Stem == question.Stem);
        cached.Questions.ShouldContain(q => q.Stem == question.Stem); // same version of the exam, within the cache's 10 s
        afterExamSaved.Questions.ShouldContain(q => q.Stem == "改过两次的题干"); // an unchanged save still stamps the exam
        afterExpiry.Questions.ShouldContain(q => q.Stem == "改过三次的题干");
        new[] { first, cached, afterExamSaved, afterExpiry }.Select(a => a.Number).ShouldBe([1, 2, 3, 4]);
    }

    [Fact]
    public async Task Should_answer_a_hand_in_with_the_grading_only()
    {
        var (admin, course, exam) = await NewExamAsync();
        var (taker, attempt, _) = await StartAsync(admin, course, exam);
        var answers = RightAnswers(attempt);
        answers[0] = "X"; // one wrong of five

        var response = await taker.PostRawAsync($"/api/learning/my/attempts/{attempt.Id}/submit", new SaveAnswersInput(answers));
        var body = await response.Content.ReadAsStringAsync();
        var result = System.Text.Json.JsonSerializer.Deserialize<AttemptResultDto>(body, ApiClient.Json)!;
        var reloaded = await taker.GetAsync<AttemptDto>($"/api/learning/my/attempts/{attempt.Id}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (result.Id, result.ExamId, result.Status, result.Score, result.MaxScore, result.Passed)
            .ShouldBe((attempt.Id, exam.Id, AttemptStatus.Submitted, 80, 100, true));
        result.SubmittedAt.ShouldBe(reloaded.SubmittedAt!.Value);
        body.ShouldNotContain("stem", Case.Insensitive);   // the paper is not sent again
        body.ShouldNotContain("answers", Case.Insensitive);
        reloaded.Questions.Count.ShouldBe(5);               // the page reads it separately when it needs it
    }

    [Fact]
    public async Task Should_leave_nothing_behind_from_the_start_up_warm_up_sitting()
    {
        var warmUp = _app.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<Training.Learning.Application.ExamWarmUp>().Single();
        async Task<(int, int, int, int, int)> CountAsync() => await _app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Training.Learning.EntityFrameworkCore.LearningDbContext>();
            return (await db.Questions.CountAsync(), await db.Exams.CountAsync(), await db.Attempts.CountAsync(), await db.Outbox.CountAsync(),
                await db.Exams.CountAsync(e => e.Title == "warm-up"));
        });
        var before = await CountAsync();

        await warmUp.RunOnceAsync(CancellationToken.None); // the sitting it runs passes, so it wrote an outbox event too

        (await CountAsync()).ShouldBe(before);
        before.Item5.ShouldBe(0);
    }

    [Fact]
    public async Task Should_keep_autosaves_out_of_the_audit_log_but_record_the_submit_and_a_refused_save()
    {
        var (admin, course, exam) = await NewExamAsync();
        var (taker, attempt, _) = await StartAsync(admin, course, exam);
        var url = $"/api/learning/my/attempts/{attempt.Id}";

        await taker.PutAsync<AnswersSavedDto>($"{url}/answers", new SaveAnswersInput(RightAnswers(attempt)));
        await taker.PostAsync<AttemptResultDto>($"{url}/submit", null);
        var refused = await taker.Http.PutAsJsonAsync($"{url}/answers", new SaveAnswersInput(RightAnswers(attempt)), ApiClient.Json);
        var log = await admin.GetAsync<PagedResult<Training.Platform.AuditLogDto>>($"/api/platform/audit-logs?path={url}&maxResultCount=20");

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        log.Items.Select(l => (l.Method, l.Path.EndsWith("/submit") ? "submit" : "answers", l.StatusCode)).OrderBy(x => x.Item2)
            .ShouldBe([("PUT", "answers", 409), ("POST", "submit", 200)]);
    }

    [Fact]
    public async Task Should_save_answers_with_the_next_version_and_stamp_who_saved_them()
    {
        var (admin, course, exam) = await NewExamAsync();
        var (taker, attempt, _) = await StartAsync(admin, course, exam);
        var answers = RightAnswers(attempt);

        _clock.Advance(TimeSpan.FromMinutes(1));
        var saved = await taker.PutAsync<AnswersSavedDto>($"/api/learning/my/attempts/{attempt.Id}/answers", new SaveAnswersInput(answers.Take(2).ToDictionary()));
        var row = await _app.WithScopeAsync(sp => sp.GetRequiredService<LearningDbContext>().Attempts.AsNoTracking()
            .Where(a => a.Id == attempt.Id).Select(a => new { a.Version, a.Answers, a.ModifiedAt, a.ModifiedBy, a.CreatedBy }).SingleAsync());
        var takerUserId = await _app.WithScopeAsync(sp => sp.GetRequiredService<Training.Organization.EntityFrameworkCore.OrganizationDbContext>()
            .Staff.Where(s => s.StaffNumber == Demo.OtherStaff).Select(s => s.UserId).SingleAsync());

        saved.AnsweredCount.ShouldBe(2);
        row.Version.ShouldBe(1);
        row.Answers.Where(a => a.Value != null).ToDictionary().ShouldBe(answers.Take(2).ToDictionary());
        row.ModifiedAt.ShouldBe(saved.ServerNow);
        takerUserId.ShouldNotBeNull();
        row.ModifiedBy.ShouldBe(takerUserId);
        row.CreatedBy.ShouldBe(takerUserId);
    }

    [Fact]
    public async Task Should_keep_the_grace_an_attempt_started_with_when_the_setting_changes()
    {
        var (admin, course, exam) = await NewExamAsync();
        var (taker, attempt, _) = await StartAsync(admin, course, exam);
        await admin.PutAsync<Training.Platform.SettingDto>("/api/platform/settings/Learning.Exams.GraceSeconds", new Training.Platform.UpdateSettingInput("0", null));

        _clock.Advance(TimeSpan.FromMinutes(30) + TimeSpan.FromSeconds(20)); // past the deadline, inside the 30 s it started with
        var saved = await taker.Http.PutAsJsonAsync($"/api/learning/my/attempts/{attempt.Id}/answers", new SaveAnswersInput(RightAnswers(attempt)), ApiClient.Json);
        await admin.PutAsync<Training.Platform.SettingDto>("/api/platform/settings/Learning.Exams.GraceSeconds", new Training.Platform.UpdateSettingInput(null, null));

        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_not_let_staff_read_another_persons_attempt()
    {
        var (admin, course, exam) = await NewExamAsync();
        var (_, attempt, _) = await StartAsync(admin, course, exam);
        var other = _app.CreateApiClient();
        await other.LoginAsync(Demo.Staff);

        (await other.Http.GetAsync($"/api/learning/my/attempts/{attempt.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostRawAsync($"/api/learning/my/attempts/{attempt.Id}/submit", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Http.GetAsync("/api/learning/attempts")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_close_forgotten_attempts_in_the_sweep_and_count_them_by_the_unit_at_the_time()
    {
        var (admin, course, exam) = await NewExamAsync();
        var (taker, attempt, _) = await StartAsync(admin, course, exam, Demo.Lead);
        await taker.PutAsync<AnswersSavedDto>($"/api/learning/my/attempts/{attempt.Id}/answers", new SaveAnswersInput(RightAnswers(attempt)));
        var person = await admin.GetAsync<StaffDetailDto>($"/api/organization/staff/{await _app.StaffIdAsync(Demo.Lead)}");
        var otherUnitWindow = (await admin.GetAsync<List<WindowDto>>($"/api/organization/windows?hallId={person.HallId}")).First(w => w.UnitId != person.UnitId);
        await admin.PostAsync<StaffDetailDto>($"/api/organization/staff/{person.Id}/assign", new AssignInput(otherUnitWindow.Id, null)); // moves unit

        _clock.Advance(TimeSpan.FromMinutes(31));
        var closed = await _app.Services.GetRequiredService<Training.Learning.Jobs.ExamSweepJob>().RunAsync(CancellationToken.None);
        var byOldUnit = await admin.GetAsync<PagedResult<AttemptSummaryDto>>($"/api/learning/attempts?examId={exam.Id}");

        closed.ShouldBeGreaterThanOrEqualTo(1);
        var row = byOldUnit.Items.Single(a => a.Id == attempt.Id);
        (row.Status, row.Score, row.UnitId).ShouldBe((AttemptStatus.TimedOut, (int?)100, person.UnitId));
        (await _app.Services.GetRequiredService<Training.Learning.Jobs.ExamSweepJob>().RunAsync(CancellationToken.None)).ShouldBe(0);
    }

    [Fact]
    public async Task Should_issue_the_pre_job_certificate_when_the_exam_is_passed_and_the_course_completed()
    {
        var (admin, course, exam) = await NewExamAsync(required: true);
        var (taker, attempt, enrollment) = await StartAsync(admin, course, exam, Demo.WithoutPost);
        await CompleteDemoPreJobCourseAsync(taker); // the demo's required pre-job course counts too
        await taker.PostAsync<AttemptResultDto>($"/api/learning/my/attempts/{attempt.Id}/submit", new SaveAnswersInput(RightAnswers(attempt)));
        await _app.Services.GetRequiredService<OutboxProcessor>().DrainAsync();
        var beforeCourse = await taker.GetAsync<List<CertificateDto>>("/api/learning/my/certificates");

        await taker.ReadLessonAsync(_clock, enrollment.EnrollmentId, course.Lessons[0].Id);
        await _app.Services.GetRequiredService<OutboxProcessor>().DrainAsync();
        var afterCourse = await taker.GetAsync<List<CertificateDto>>("/api/learning/my/certificates");

        beforeCourse.ShouldNotContain(c => c.Kind == CertificateKind.PreJob && c.Status == CertificateStatus.Valid);
        var certificate = afterCourse.Single(c => c.Kind == CertificateKind.PreJob && c.Status == CertificateStatus.Valid);
        certificate.Source.ShouldBe(CertificateSource.Earned);
        certificate.ExpiresOn.ShouldBe(new DateOnly(2029, 11, 22)); // 36 months from 2026-11-23
        (await _app.CreateApiClient().GetAsync<CertificateVerificationDto>($"/api/public/certificates/{certificate.Code}")).Status
            .ShouldBe(CertificateStatus.Valid);
        var window = (await admin.GetAsync<List<WindowDto>>($"/api/organization/windows?hallId={await _app.HallIdAsync("SZX")}")).First();
        var staffId = await _app.StaffIdAsync(Demo.WithoutPost);
        (await admin.PostAsync<StaffDetailDto>($"/api/organization/staff/{staffId}/assign", new AssignInput(window.Id, null))).Current!.WindowId
            .ShouldBe(window.Id); // the gate opens
    }

    private async Task CompleteDemoPreJobCourseAsync(ApiClient taker)
    {
        var courseId = await _app.WithScopeAsync(async sp => await sp.GetRequiredService<Training.Learning.EntityFrameworkCore.LearningDbContext>()
            .Courses.Where(c => c.Code == Training.Learning.Seeding.DemoLearningContent.PreJobCourseCode).Select(c => c.Id).SingleAsync());
        await taker.PostAsync<MyCourseDto>($"/api/learning/my/courses/{courseId}/enroll", null);
        var course = await taker.GetAsync<CourseDto>($"/api/learning/courses/{courseId}");
        var enrollment = (await taker.GetAsync<List<MyCourseDto>>("/api/learning/my/courses")).Single(c => c.CourseId == courseId);
        foreach (var lesson in course.Lessons)
            await taker.ReadLessonAsync(_clock, enrollment.EnrollmentId, lesson.Id);
    }

    [Fact]
    public async Task Should_summarise_learning_per_person_and_per_unit_for_other_modules()
    {
        var from = _clock.GetUtcNow().UtcDateTime.AddDays(-1);
        var (admin, course, exam) = await NewExamAsync();
        var (taker, attempt, enrollment) = await StartAsync(admin, course, exam, Demo.Staff);
        await taker.ReadLessonAsync(_clock, enrollment.EnrollmentId, course.Lessons[0].Id);
        await taker.PostAsync<AttemptResultDto>($"/api/learning/my/attempts/{attempt.Id}/submit", new SaveAnswersInput(RightAnswers(attempt)));
        var staffId = await _app.StaffIdAsync(Demo.Staff);
        var to = _clock.GetUtcNow().UtcDateTime.AddMinutes(1);

        var summary = (await _app.WithScopeAsync(sp => sp.GetRequiredService<ILearningIntegrationService>()
            .GetSummariesAsync([staffId, Guid.NewGuid()], from, to))).ToDictionary(s => s.StaffId);
        var units = await admin.GetAsync<List<UnitLearningStatisticsDto>>(
            $"/api/learning/statistics/units?from={from:O}&to={to:O}");
        var me = await admin.GetAsync<StaffDetailDto>($"/api/organization/staff/{staffId}");

        summary[staffId].ShouldSatisfyAllConditions(
            s => s.TrainingHours.ShouldBeGreaterThanOrEqualTo(8),
            s => s.CoursesCompleted.ShouldBeGreaterThanOrEqualTo(1),
            s => s.ExamsPassed.ShouldBeGreaterThanOrEqualTo(1),
            s => s.BestScorePercent.ShouldBe(100));
        summary.Values.Single(s => s.StaffId != staffId).ShouldBe(new PersonLearningSummary(summary.Keys.Single(k => k != staffId), 0, 0, 0, null, null, null));
        var unit = units.Single(u => u.UnitId == me.UnitId);
        (unit.Completed, unit.Passed).ShouldSatisfyAllConditions(x => x.Completed.ShouldBeGreaterThanOrEqualTo(1), x => x.Passed.ShouldBeGreaterThanOrEqualTo(1));
        unit.PassRate.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Should_remind_before_expiry_and_notify_on_expiry_and_revocation_once()
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime.AddHours(8));
        var tag = Random.Shared.Next(100000, 999999);
        var file = Xlsx.Build(("证书", ["工号", "证书类型", "原证书编号", "发证日期", "有效期至"],
        [
            [Demo.Lead, "岗前", $"R{tag}-1", today.AddDays(-700).ToString("yyyy-MM-dd"), today.AddDays(10).ToString("yyyy-MM-dd")],
            ["S0006", "岗前", $"R{tag}-2", today.AddDays(-900).ToString("yyyy-MM-dd"), today.AddDays(-1).ToString("yyyy-MM-dd")],
        ]));
        (await admin.Http.PostAsync("/api/learning/certificates/import", Xlsx.Upload(file))).EnsureSuccessStatusCode();
        var job = _app.Services.GetRequiredService<Training.Learning.Jobs.CertificateReminderJob>();

        var first = await job.RunAsync(CancellationToken.None);
        var second = await job.RunAsync(CancellationToken.None);

        first.ShouldBeGreaterThanOrEqualTo(2);
        second.ShouldBe(0);
        var lead = _app.CreateApiClient();
        await lead.LoginAsync(Demo.Lead); // holder of the expiring one, and lead of S0006's unit
        var leadInbox = await lead.GetAsync<PagedResult<Training.Platform.NotificationDto>>("/api/platform/notifications?maxResultCount=50");
        leadInbox.Items.Count(n => n.Kind == "Learning.CertificateExpiring").ShouldBe(1);
        leadInbox.Items.Count(n => n.Kind == "Learning.CertificateExpired").ShouldBe(1);

        var holder = _app.CreateApiClient();
        await holder.LoginAsync("S0006");
        var certificate = (await holder.GetAsync<List<CertificateDto>>("/api/learning/my/certificates")).Single(c => c.IssuedOn == today.AddDays(-900));
        await admin.PostAsync<CertificateDto>($"/api/learning/certificates/{certificate.Id}/revoke", new RevokeCertificateInput("档案核查不符"));
        await _app.Services.GetRequiredService<OutboxProcessor>().DrainAsync();
        var holderInbox = await holder.GetAsync<PagedResult<Training.Platform.NotificationDto>>("/api/platform/notifications?maxResultCount=50");
        holderInbox.Items.Select(n => n.Kind).ShouldContain("Learning.CertificateExpired");
        holderInbox.Items.Single(n => n.Kind == "Learning.CertificateRevoked").Body!.ShouldContain("档案核查不符");
    }

    private static string Shape(AttemptDto a) =>
        string.Join(";", a.Questions.Select(q => q.Stem + ":" + string.Join(",", q.Options.Select(o => o.Key + o.Text))));
}

public sealed class ExamTests_Sqlite(SqliteClockedAppFixture fixture) : ExamTests(fixture), IClassFixture<SqliteClockedAppFixture>;

public sealed class ExamTests_PostgreSql(PostgreSqlClockedAppFixture fixture) : ExamTests(fixture), IClassFixture<PostgreSqlClockedAppFixture>;

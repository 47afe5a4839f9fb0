using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Training.Learning;
using Training.Learning.Domain;
using Training.Platform;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.Tests.Infrastructure;

namespace Training.Tests.Learning;

/// <summary>
/// A lesson counts as read only after the minimum reading time (setting, 60 s) since the server saw it opened: a sooner
/// "done" is refused with the seconds left, so the course, its certificate and every count only see real reading.
/// </summary>
public abstract class LessonReadingTests(ClockedAppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;
    private readonly FakeTimeProvider _clock = fixture.Clock;

    /// <summary>A published course for everyone with two lessons, awarding a certificate; the learner enrolled in it.</summary>
    private async Task<(ApiClient Learner, CourseDto Course, Guid EnrollmentId)> EnrolledAsync(string who)
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var course = await admin.PostAsync<CourseDto>("/api/learning/courses", new SaveCourseInput($"R{Random.Shared.Next(100000, 999999)}",
            "多岗技能储备：阅读", CourseKind.MultiPost, null, 2, false, true, null, IssuesCertificate: true));
        await admin.PostAsync<CourseDto>($"/api/learning/courses/{course.Id}/lessons", new SaveLessonInput("第一课", "<p>首问负责</p>", 10));
        course = await admin.PostAsync<CourseDto>($"/api/learning/courses/{course.Id}/lessons", new SaveLessonInput("第二课", "<p>一次性告知</p>", 10));
        var learner = _app.CreateApiClient();
        await learner.LoginAsync(who);
        var enrollment = await learner.PostAsync<MyCourseDto>($"/api/learning/my/courses/{course.Id}/enroll", null);
        return (learner, course, enrollment.EnrollmentId);
    }

    private static string Url(Guid enrollmentId, Guid lessonId, string action) => $"/api/learning/my/enrollments/{enrollmentId}/lessons/{lessonId}/{action}";

    private static async Task<(HttpStatusCode Status, string? Code, string? Title)> ProblemOf(HttpResponseMessage response)
    {
        var problem = await ApiClient.ProblemAsync(response);
        return (response.StatusCode, problem.GetProperty("code").GetString(), problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Should_refuse_a_lesson_marked_read_before_the_minimum_reading_time_and_accept_it_after()
    {
        var (learner, course, enrollmentId) = await EnrolledAsync(Demo.Staff);
        var first = course.Lessons[0].Id;

        var unopened = await ProblemOf(await learner.PostRawAsync(Url(enrollmentId, first, "complete"), null));
        var opened = await learner.PostAsync<LessonReadingDto>(Url(enrollmentId, first, "open"), null);
        _clock.Advance(TimeSpan.FromSeconds(59));
        var early = await ProblemOf(await learner.PostRawAsync(Url(enrollmentId, first, "complete"), null));
        learner.Http.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var earlyInEnglish = await ProblemOf(await learner.PostRawAsync(Url(enrollmentId, first, "complete"), null));
        learner.Http.DefaultRequestHeaders.AcceptLanguage.Clear();
        var reopened = await learner.PostAsync<LessonReadingDto>(Url(enrollmentId, first, "open"), null);
        var progressWhileRefused = (await learner.GetAsync<List<MyCourseDto>>("/api/learning/my/courses")).Single(c => c.CourseId == course.Id);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var read = await learner.PostAsync<MyCourseDto>(Url(enrollmentId, first, "complete"), null);

        unopened.ShouldBe((HttpStatusCode.Conflict, LearningErrorCodes.LessonReadTooShort, "请继续阅读：本节还需阅读 60 秒才能标记为已学完。"));
        (opened.MinimumSeconds, opened.SecondsLeft, opened.ReadyAt).ShouldBe((60, 60, opened.OpenedAt.AddSeconds(60)));
        opened.ServerNow.ShouldBe(opened.OpenedAt);
        early.ShouldBe((HttpStatusCode.Conflict, LearningErrorCodes.LessonReadTooShort, "请继续阅读：本节还需阅读 1 秒才能标记为已学完。"));
        earlyInEnglish.Title.ShouldBe("Keep reading: this lesson can be marked as read in 1 seconds.");
        (reopened.OpenedAt, reopened.SecondsLeft).ShouldBe((opened.OpenedAt, 1)); // opening again does not restart the time
        (progressWhileRefused.LessonsDone, progressWhileRefused.CompletedLessonIds.Count).ShouldBe((0, 0));
        read.LessonsDone.ShouldBe(1);
        read.CompletedLessonIds.ShouldBe([first]);
        read.CompletedAt.ShouldBeNull();
    }

    /// <summary>
    /// Lessons opened side by side are not read at the same time: the second one's reading time starts when the first was
    /// marked read. The course completes (and awards its certificate) only with counted lessons.
    /// </summary>
    [Fact]
    public async Task Should_count_the_next_lesson_from_the_previous_completion_and_complete_the_course_only_with_counted_lessons()
    {
        var (learner, course, enrollmentId) = await EnrolledAsync(Demo.OtherStaff);
        var (first, second) = (course.Lessons[0].Id, course.Lessons[1].Id);
        await learner.PostAsync<LessonReadingDto>(Url(enrollmentId, first, "open"), null);
        await learner.PostAsync<LessonReadingDto>(Url(enrollmentId, second, "open"), null); // both open in two tabs

        _clock.Advance(TimeSpan.FromSeconds(60));
        await learner.PostAsync<MyCourseDto>(Url(enrollmentId, first, "complete"), null);
        var secondAtOnce = await ProblemOf(await learner.PostRawAsync(Url(enrollmentId, second, "complete"), null));
        var secondState = await learner.PostAsync<LessonReadingDto>(Url(enrollmentId, second, "open"), null);
        await _app.Services.GetRequiredService<OutboxProcessor>().DrainAsync();
        var certificatesBefore = await learner.GetAsync<List<CertificateDto>>("/api/learning/my/certificates");
        _clock.Advance(TimeSpan.FromSeconds(60));
        var done = await learner.PostAsync<MyCourseDto>(Url(enrollmentId, second, "complete"), null);
        await _app.Services.GetRequiredService<OutboxProcessor>().DrainAsync();
        var certificatesAfter = await learner.GetAsync<List<CertificateDto>>("/api/learning/my/certificates");

        secondAtOnce.Code.ShouldBe(LearningErrorCodes.LessonReadTooShort);
        secondAtOnce.Title!.ShouldContain(" 60 ");
        secondState.SecondsLeft.ShouldBe(60);
        certificatesBefore.ShouldNotContain(c => c.Title.StartsWith("多岗技能储备：阅读"));
        (done.LessonsDone, done.CompletedAt).ShouldBe((2, (DateTime?)_clock.GetUtcNow().UtcDateTime));
        certificatesAfter.ShouldContain(c => c.Title.StartsWith("多岗技能储备：阅读"));
    }

    [Fact]
    public async Task Should_keep_another_persons_enrolment_closed_and_follow_the_administrators_setting()
    {
        var (learner, course, enrollmentId) = await EnrolledAsync(Demo.Lead);
        var nosy = _app.CreateApiClient();
        await nosy.LoginAsync(Demo.Staff);
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var setting = $"/api/platform/settings/{LearningSettings.LessonMinimumReadingSeconds}";

        var stolen = await nosy.PostRawAsync(Url(enrollmentId, course.Lessons[0].Id, "open"), null);
        var otherCourse = await learner.PostRawAsync(Url(enrollmentId, Guid.NewGuid(), "open"), null);
        await admin.PutAsync<SettingDto>(setting, new UpdateSettingInput("5", null));
        MyCourseDto read;
        try
        {
            await learner.PostAsync<LessonReadingDto>(Url(enrollmentId, course.Lessons[0].Id, "open"), null);
            _clock.Advance(TimeSpan.FromSeconds(5));
            read = await learner.PostAsync<MyCourseDto>(Url(enrollmentId, course.Lessons[0].Id, "complete"), null);
        }
        finally
        {
            await admin.PutAsync<SettingDto>(setting, new UpdateSettingInput(null, null));
        }

        stolen.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        otherCourse.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        read.LessonsDone.ShouldBe(1);
    }
}

public sealed class LessonReadingTests_Sqlite(SqliteClockedAppFixture fixture) : LessonReadingTests(fixture), IClassFixture<SqliteClockedAppFixture>;

public sealed class LessonReadingTests_PostgreSql(PostgreSqlClockedAppFixture fixture) : LessonReadingTests(fixture), IClassFixture<PostgreSqlClockedAppFixture>;

/// <summary>The reading rule without a database.</summary>
public sealed class LessonReadingRuleTests
{
    private static readonly DateTime Opened = new(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(null, null, 0.0, 60, 60)]     // never opened: the whole minimum
    [InlineData(0.0, null, 30.0, 60, 30)]     // opened 30 s ago
    [InlineData(0.0, null, 59.5, 60, 1)]      // rounded up: "0" only when it really counts
    [InlineData(0.0, null, 60.0, 60, 0)]
    [InlineData(0.0, 40.0, 60.0, 60, 40)]     // the previous lesson was marked read 40 s after this one opened
    [InlineData(0.0, -10.0, 60.0, 60, 0)]     // a completion before the opening changes nothing
    [InlineData(null, null, 0.0, 0, 0)]       // no minimum: nothing to wait for
    public void Should_count_the_seconds_left_from_the_later_of_the_opening_and_the_previous_completion(
        double? openedAfter, double? previousAfter, double nowAfter, int minimum, int left) =>
        LessonReading.SecondsLeft(At(openedAfter), At(previousAfter), Opened.AddSeconds(nowAfter), minimum).ShouldBe(left);

    [Fact]
    public void Should_refuse_an_early_completion_with_the_seconds_left_and_complete_the_course_only_with_counted_lessons()
    {
        var course = new Course(Guid.NewGuid(), "R1");
        course.Describe("R1", "阅读", CourseKind.Routine, null, 1, false, true);
        var lesson = course.AddLesson("第一课", "<p>正文</p>", 5);
        var enrollment = new Enrollment(course.Id, Guid.NewGuid(), Guid.NewGuid(), null, EnrollmentSource.Self, Opened);

        var opening = enrollment.OpenLesson(course, lesson.Id, Opened);
        var again = enrollment.OpenLesson(course, lesson.Id, Opened.AddSeconds(30));
        var refused = Should.Throw<BusinessException>(() => enrollment.CompleteLesson(course, lesson.Id, Opened.AddSeconds(45), 60));
        var completedAfterRefusal = enrollment.CompletedAt;
        enrollment.CompleteLesson(course, lesson.Id, Opened.AddSeconds(60), 60);

        again.ShouldBeSameAs(opening);
        (refused.Code, refused.Kind, refused.Args.Single()).ShouldBe((LearningErrorCodes.LessonReadTooShort, ErrorKind.Conflict, (object?)15));
        completedAfterRefusal.ShouldBeNull();
        enrollment.CompletedAt.ShouldBe(Opened.AddSeconds(60));
        enrollment.Completions.ShouldHaveSingleItem();
        enrollment.SecondsLeftToRead(lesson.Id, Opened.AddSeconds(61), 600).ShouldBe(0); // done stays done, whatever the setting says later
    }

    private static DateTime? At(double? seconds) => seconds is { } s ? Opened.AddSeconds(s) : null;
}

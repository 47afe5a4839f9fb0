using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Learning;
using Training.Learning.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Paging;
using Training.Tests.Infrastructure;

namespace Training.Tests.Learning;

/// <summary>Courses, enrolment within scope, self-enrolment by audience, progress to completion.</summary>
public abstract class CourseTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    private async Task<(ApiClient Admin, CourseDto Course)> NewCourseAsync(CourseAudienceDto? audience = null, bool published = true)
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var code = $"C{Random.Shared.Next(100000, 999999)}";
        var course = await admin.PostAsync<CourseDto>("/api/learning/courses",
            new SaveCourseInput(code, "窗口服务规范", CourseKind.Routine, "首问负责、一次性告知", 2.5, true, published, audience));
        await admin.PostAsync<CourseDto>($"/api/learning/courses/{course.Id}/lessons",
            new SaveLessonInput("第一课 首问负责制", "<p>首问负责</p><script>alert(1)</script><a href=\"javascript:alert(1)\">点我</a>", 20));
        course = await admin.PostAsync<CourseDto>($"/api/learning/courses/{course.Id}/lessons", new SaveLessonInput("第二课 一次性告知", "<p><b>一次性</b>告知</p>", 15));
        return (admin, course);
    }

    [Fact]
    public async Task Should_keep_only_safe_markup_in_lessons()
    {
        var (_, course) = await NewCourseAsync();

        course.Lessons.Select(l => l.Order).ShouldBe([1, 2]);
        course.Lessons[0].Body.ShouldNotContain("script");
        course.Lessons[0].Body.ShouldNotContain("javascript:");
        course.Lessons[0].Body.ShouldContain("<p>首问负责</p>");
        course.CreditHours.ShouldBe(2.5);
    }

    [Fact]
    public async Task Should_page_filter_and_sort_courses_on_the_server()
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var prefix = $"P{Random.Shared.Next(10000, 99999)}";
        foreach (var (suffix, kind, isPublished) in new[] { ("A", CourseKind.Routine, true), ("B", CourseKind.PreJob, false), ("C", CourseKind.Routine, true) })
            await admin.PostAsync<CourseDto>("/api/learning/courses",
                new SaveCourseInput($"{prefix}{suffix}", $"课程{suffix}", kind, null, 1, false, isPublished, null));
        var withLesson = (await admin.GetAsync<PagedResult<CourseListItemDto>>($"/api/learning/courses?filter={prefix}A")).Items.Single();
        await admin.PostAsync<CourseDto>($"/api/learning/courses/{withLesson.Id}/lessons", new SaveLessonInput("第一课", "<p>正文</p>", 25));

        var page = await admin.GetAsync<PagedResult<CourseListItemDto>>($"/api/learning/courses?filter={prefix}&sorting=code%20desc&maxResultCount=2");
        var second = await admin.GetAsync<PagedResult<CourseListItemDto>>($"/api/learning/courses?filter={prefix}&sorting=code%20desc&maxResultCount=2&skipCount=2");
        var routinePublished = await admin.GetAsync<PagedResult<CourseListItemDto>>($"/api/learning/courses?filter={prefix}&kind=Routine&publishedOnly=true");
        var published = await admin.GetAsync<PagedResult<CourseListItemDto>>($"/api/learning/courses?filter={prefix}&publishedOnly=true&sorting=title%20asc");
        var lessons = (await admin.GetAsync<PagedResult<CourseListItemDto>>($"/api/learning/courses?filter={prefix}A")).Items.Single();
        var badSort = await admin.Http.GetAsync("/api/learning/courses?sorting=description%20asc");

        page.TotalCount.ShouldBe(3);
        page.Items.Select(c => c.Code).ShouldBe([$"{prefix}C", $"{prefix}B"]);
        second.Items.Select(c => c.Code).ShouldBe([$"{prefix}A"]);
        routinePublished.Items.Select(c => c.Code).ShouldBe([$"{prefix}A", $"{prefix}C"], ignoreOrder: true);
        published.Items.Select(c => c.Title).ShouldBe(["课程A", "课程C"]);
        (lessons.LessonCount, lessons.TotalMinutes, lessons.EnrolledCount).ShouldBe((1, 25, 0));
        badSort.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_enrol_only_people_inside_the_managers_scope_and_only_once()
    {
        var (_, course) = await NewCourseAsync();
        var manager = _app.CreateApiClient();
        await manager.LoginAsync(Demo.Manager); // manages SZX
        var otherHall = await _app.HallIdAsync("GXQ");
        var outsider = await _app.WithScopeAsync(sp => sp.GetRequiredService<Training.Organization.EntityFrameworkCore.OrganizationDbContext>()
            .Staff.Where(s => s.HallId == otherHall).Select(s => s.Id).FirstAsync());

        var first = await manager.PostAsync<EnrollResultDto>($"/api/learning/courses/{course.Id}/enrollments", new EnrollInput(null, null, "Comprehensive"));
        var again = await manager.PostAsync<EnrollResultDto>($"/api/learning/courses/{course.Id}/enrollments", new EnrollInput(null, null, "Comprehensive"));
        var refused = await manager.PostRawAsync($"/api/learning/courses/{course.Id}/enrollments", new EnrollInput([outsider], null, null));

        var enrolledHalls = await _app.WithScopeAsync(sp => sp.GetRequiredService<LearningDbContext>().Enrollments
            .Where(e => e.CourseId == course.Id).Select(e => e.HallId).Distinct().ToListAsync());
        first.Enrolled.ShouldBeGreaterThan(0);
        again.ShouldBe(new EnrollResultDto(0, first.Enrolled));
        enrolledHalls.ShouldBe([await _app.HallIdAsync("SZX")]);
        refused.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_enrol_by_window_type_exactly_the_people_of_the_managers_hall()
    {
        var (_, course) = await NewCourseAsync();
        var manager = _app.CreateApiClient();
        await manager.LoginAsync(Demo.Manager); // manages SZX
        var ownHall = await _app.HallIdAsync("SZX");
        var atComprehensiveWindows = await _app.WithScopeAsync(sp =>
        {
            var org = sp.GetRequiredService<Training.Organization.EntityFrameworkCore.OrganizationDbContext>();
            return org.Staff.Where(s => s.Status == StaffStatus.Active
                                        && org.Windows.Any(w => w.Id == s.CurrentWindowId && w.Type == WindowType.Comprehensive))
                .Select(s => new { s.Id, s.HallId }).ToListAsync();
        });

        var result = await manager.PostAsync<EnrollResultDto>($"/api/learning/courses/{course.Id}/enrollments", new EnrollInput(null, null, "Comprehensive"));

        var enrolled = await _app.WithScopeAsync(sp => sp.GetRequiredService<LearningDbContext>().Enrollments
            .Where(e => e.CourseId == course.Id).Select(e => e.StaffId).ToListAsync());
        enrolled.ShouldNotBeEmpty();
        atComprehensiveWindows.ShouldContain(p => p.HallId != ownHall); // other halls have such people: the scope matters
        enrolled.ShouldBe(atComprehensiveWindows.Where(p => p.HallId == ownHall).Select(p => p.Id), ignoreOrder: true);
        result.ShouldBe(new EnrollResultDto(enrolled.Count, 0));
    }

    [Fact]
    public async Task Should_let_a_learner_enrol_only_in_courses_meant_for_them()
    {
        var (_, forDispatched) = await NewCourseAsync(new CourseAudienceDto([], [], ["Dispatched"]));
        var (_, unpublished) = await NewCourseAsync(published: false);
        var own = _app.CreateApiClient();
        await own.LoginAsync(Demo.Staff); // S0004: the hall's own staff
        var dispatchedNumber = await _app.WithScopeAsync(sp => sp.GetRequiredService<Training.Organization.EntityFrameworkCore.OrganizationDbContext>()
            .Staff.Where(s => s.Kind == StaffKind.Dispatched).OrderBy(s => s.StaffNumber).Select(s => s.StaffNumber).FirstAsync());
        var dispatched = _app.CreateApiClient();
        await dispatched.LoginAsync(dispatchedNumber);

        var refused = await own.PostRawAsync($"/api/learning/my/courses/{forDispatched.Id}/enroll", null);
        var hidden = await dispatched.PostRawAsync($"/api/learning/my/courses/{unpublished.Id}/enroll", null);
        var mine = await dispatched.PostAsync<MyCourseDto>($"/api/learning/my/courses/{forDispatched.Id}/enroll", null);

        (await ApiClient.ProblemAsync(refused)).GetProperty("code").GetString().ShouldBe(LearningErrorCodes.CourseNotOpenToYou);
        hidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        mine.Source.ShouldBe(EnrollmentSource.Self);
        mine.LessonCount.ShouldBe(2);
    }

    [Fact]
    public async Task Should_list_the_published_courses_meant_for_the_learner_that_they_are_not_enrolled_in()
    {
        var (_, forEveryone) = await NewCourseAsync();
        var (_, forDispatched) = await NewCourseAsync(new CourseAudienceDto([], [], ["Dispatched"]));
        var (_, forOwnStaff) = await NewCourseAsync(new CourseAudienceDto([], [], ["Own"]));
        var (_, unpublished) = await NewCourseAsync(published: false);
        var learner = _app.CreateApiClient();
        await learner.LoginAsync(Demo.Staff); // S0004: the hall's own staff

        var before = await learner.GetAsync<List<AvailableCourseDto>>("/api/learning/my/available-courses");
        await learner.PostAsync<MyCourseDto>($"/api/learning/my/courses/{forEveryone.Id}/enroll", null);
        var after = await learner.GetAsync<List<AvailableCourseDto>>("/api/learning/my/available-courses");

        var listed = before.Select(c => c.CourseId).ToList();
        listed.ShouldContain(forEveryone.Id);
        listed.ShouldContain(forOwnStaff.Id);
        listed.ShouldNotContain(forDispatched.Id);
        listed.ShouldNotContain(unpublished.Id);
        before.Single(c => c.CourseId == forEveryone.Id).ShouldBe(new AvailableCourseDto(forEveryone.Id, "窗口服务规范", CourseKind.Routine,
            "首问负责、一次性告知", 2.5, true, 2, 35));
        after.Select(c => c.CourseId).ShouldNotContain(forEveryone.Id);
        after.Select(c => c.CourseId).ShouldContain(forOwnStaff.Id);
    }

    [Fact]
    public async Task Should_refuse_the_available_courses_to_an_account_without_a_staff_record()
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);

        var refused = await admin.Http.GetAsync("/api/learning/my/available-courses");

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ApiClient.ProblemAsync(refused)).GetProperty("code").GetString().ShouldBe(LearningErrorCodes.CourseNotOpenToYou);
    }

    [Fact]
    public async Task Should_complete_the_course_with_its_last_lesson_once_and_keep_enrolments_private()
    {
        var (admin, course) = await NewCourseAsync();
        var learnerId = await _app.StaffIdAsync(Demo.OtherStaff);
        await admin.PostAsync<EnrollResultDto>($"/api/learning/courses/{course.Id}/enrollments", new EnrollInput([learnerId], null, null));
        var learner = _app.CreateApiClient();
        await learner.LoginAsync(Demo.OtherStaff);
        var enrollment = (await learner.GetAsync<List<MyCourseDto>>("/api/learning/my/courses")).Single(c => c.CourseId == course.Id);
        var nosy = _app.CreateApiClient();
        await nosy.LoginAsync(Demo.Staff);

        var stolen = await nosy.PostRawAsync($"/api/learning/my/enrollments/{enrollment.EnrollmentId}/lessons/{course.Lessons[0].Id}/complete", null);
        var half = await learner.PostAsync<MyCourseDto>($"/api/learning/my/enrollments/{enrollment.EnrollmentId}/lessons/{course.Lessons[0].Id}/complete", null);
        var done = await learner.PostAsync<MyCourseDto>($"/api/learning/my/enrollments/{enrollment.EnrollmentId}/lessons/{course.Lessons[1].Id}/complete", null);
        var again = await learner.PostAsync<MyCourseDto>($"/api/learning/my/enrollments/{enrollment.EnrollmentId}/lessons/{course.Lessons[1].Id}/complete", null);

        stolen.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        half.CompletedAt.ShouldBeNull();
        (done.LessonsDone, done.LessonCount).ShouldBe((2, 2));
        done.CompletedAt.ShouldNotBeNull();
        again.CompletedAt.ShouldBe(done.CompletedAt);
        var events = await _app.WithScopeAsync(async sp => (await sp.GetRequiredService<LearningDbContext>().Outbox.Select(m => m.Payload).ToListAsync())
            .Count(p => p.Contains(course.Id.ToString()) && p.Contains(learnerId.ToString())));
        events.ShouldBe(1);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CourseTests_Sqlite(SqliteAppFixture fixture) : CourseTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class CourseTests_PostgreSql(PostgreSqlAppFixture fixture) : CourseTests(fixture);

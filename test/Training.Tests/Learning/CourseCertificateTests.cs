using Training.Learning;
using Training.SharedKernel.Data;
using Training.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Training.Tests.Learning;

/// <summary>A course that awards a certificate issues one on completion, once; a course that does not, none.</summary>
public abstract class CourseCertificateTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    private async Task<CourseDto> NewCourseAsync(ApiClient admin, bool awards)
    {
        var course = await admin.PostAsync<CourseDto>("/api/learning/courses", new SaveCourseInput($"CC{Random.Shared.Next(100000, 999999)}",
            awards ? "多岗技能储备：税务业务" : "日常培训：文明用语", CourseKind.MultiPost, null, 4, false, true, null, IssuesCertificate: awards));
        return await admin.PostAsync<CourseDto>($"/api/learning/courses/{course.Id}/lessons", new SaveLessonInput("第一课", "<p>内容</p>", 30));
    }

    [Fact]
    public async Task Should_issue_a_course_certificate_on_completion_once_and_only_when_the_course_awards_one()
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var awarding = await NewCourseAsync(admin, awards: true);
        var plain = await NewCourseAsync(admin, awards: false);
        var learner = _app.CreateApiClient();
        await learner.LoginAsync(Demo.OtherStaff);

        foreach (var course in new[] { awarding, plain })
        {
            var enrollment = await learner.PostAsync<MyCourseDto>($"/api/learning/my/courses/{course.Id}/enroll", null);
            await learner.PostAsync<MyCourseDto>($"/api/learning/my/enrollments/{enrollment.EnrollmentId}/lessons/{course.Lessons[0].Id}/complete", null);
            await learner.PostAsync<MyCourseDto>($"/api/learning/my/enrollments/{enrollment.EnrollmentId}/lessons/{course.Lessons[0].Id}/complete", null);
        }
        await _app.Services.GetRequiredService<OutboxProcessor>().DrainAsync();
        var mine = await learner.GetAsync<List<CertificateDto>>("/api/learning/my/certificates");

        awarding.IssuesCertificate.ShouldBeTrue();
        mine.Where(c => c.Kind == CertificateKind.Course && c.Title.StartsWith("多岗技能储备：税务业务")).ShouldHaveSingleItem()
            .Title.ShouldBe("多岗技能储备：税务业务结业证书");
        mine.ShouldNotContain(c => c.Title.StartsWith("日常培训：文明用语"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CourseCertificateTests_Sqlite(SqliteAppFixture fixture) : CourseCertificateTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class CourseCertificateTests_PostgreSql(PostgreSqlAppFixture fixture) : CourseCertificateTests(fixture);

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Training.Learning;
using Training.Tests.Infrastructure;

namespace Training.Tests.Learning;

/// <summary>Lesson attachments: checked by content and size, stored with the lesson in one go, downloadable by learners.</summary>
public abstract class LessonAttachmentTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    private async Task<(ApiClient Admin, CourseDto Course)> NewCourseAsync()
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var course = await admin.PostAsync<CourseDto>("/api/learning/courses",
            new SaveCourseInput($"AT{Random.Shared.Next(100000, 999999)}", "附件课程", CourseKind.Routine, null, 1, false, true, null));
        return (admin, await admin.PostAsync<CourseDto>($"/api/learning/courses/{course.Id}/lessons", new SaveLessonInput("办事指南", "<p>见附件</p>", 10)));
    }

    private static MultipartFormDataContent File(byte[] bytes, string name, string contentType = "application/pdf")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { content, "file", name } };
    }

    [Fact]
    public async Task Should_attach_a_file_to_a_lesson_and_let_a_learner_download_it_with_its_name()
    {
        var (admin, course) = await NewCourseAsync();
        var lesson = course.Lessons[0];
        var url = $"/api/learning/courses/{course.Id}/lessons/{lesson.Id}/attachments";

        var withFile = await admin.PostMultipartAsync<CourseDto>(url, File(Pdf, "../../办事指南 2026.pdf"));
        var attachment = withFile.Lessons[0].Attachments.Single();
        var learner = _app.CreateApiClient();
        await learner.LoginAsync(Demo.Staff);
        var download = await learner.Http.GetAsync($"{url}/{attachment.Id}");

        (attachment.FileName, attachment.ContentType, attachment.Size).ShouldBe(("办事指南 2026.pdf", "application/pdf", Pdf.Length));
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(Pdf);
        download.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("办事指南 2026.pdf");
        (await learner.GetAsync<CourseDto>($"/api/learning/courses/{course.Id}")).Lessons[0].Attachments.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Should_refuse_a_file_by_its_content_and_a_learner_who_uploads()
    {
        var (admin, course) = await NewCourseAsync();
        var url = $"/api/learning/courses/{course.Id}/lessons/{course.Lessons[0].Id}/attachments";
        var learner = _app.CreateApiClient();
        await learner.LoginAsync(Demo.Staff);

        var script = await admin.Http.PostAsync(url, File("<script>alert(1)</script>"u8.ToArray(), "slides.pdf"));
        var byLearner = await learner.Http.PostAsync(url, File(Pdf, "mine.pdf"));

        script.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await ApiClient.ProblemAsync(script)).GetProperty("code").GetString().ShouldBe("Common:FileTypeNotAllowed");
        byLearner.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await admin.GetAsync<CourseDto>($"/api/learning/courses/{course.Id}")).Lessons[0].Attachments.ShouldBeEmpty();
    }

    /// <summary>An Office file must be an OOXML package, and a file is stored under its detected type, whatever the client called it.</summary>
    [Fact]
    public async Task Should_check_office_files_as_packages_and_name_files_by_their_detected_type()
    {
        var (admin, course) = await NewCourseAsync();
        var url = $"/api/learning/courses/{course.Id}/lessons/{course.Lessons[0].Id}/attachments";
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        using (var entry = archive.CreateEntry("payload.html").Open())
            entry.Write("<script>alert(1)</script>"u8);

        var plainZip = await admin.Http.PostAsync(url, File(zip.ToArray(), "slides.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        var renamed = await admin.PostMultipartAsync<CourseDto>(url, File(Pdf, "办事指南.exe", "application/octet-stream"));
        var workbook = await admin.PostMultipartAsync<CourseDto>(url, File(Xlsx.Build(("名单", ["姓名"], [["张三"]])), "名单.pdf"));

        plainZip.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        renamed.Lessons[0].Attachments.Single().FileName.ShouldBe("办事指南.pdf");
        var stored = workbook.Lessons[0].Attachments.Single(a => a.FileName != "办事指南.pdf");
        (stored.FileName, stored.ContentType).ShouldBe(("名单.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    [Fact]
    public async Task Should_remove_an_attachment_and_its_file()
    {
        var (admin, course) = await NewCourseAsync();
        var url = $"/api/learning/courses/{course.Id}/lessons/{course.Lessons[0].Id}/attachments";
        var attachment = (await admin.PostMultipartAsync<CourseDto>(url, File(Pdf, "a.pdf"))).Lessons[0].Attachments.Single();

        var removed = await admin.Http.DeleteAsync($"{url}/{attachment.Id}");
        var gone = await admin.Http.GetAsync($"{url}/{attachment.Id}");

        removed.StatusCode.ShouldBe(HttpStatusCode.OK);
        gone.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LessonAttachmentTests_Sqlite(SqliteAppFixture fixture) : LessonAttachmentTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class LessonAttachmentTests_PostgreSql(PostgreSqlAppFixture fixture) : LessonAttachmentTests(fixture);

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Learning.Application;
using Training.SharedKernel.Authorization;

namespace Training.Learning.HttpApi;

internal static class CourseEndpoints
{
    public static void MapCourseEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/learning").WithTags("Courses");
        const string read = LearningPermissions.Courses.Default, manage = LearningPermissions.Courses.Manage;

        group.MapGet("/courses", ([AsParameters] CourseListInput input, CourseService s, CancellationToken ct) => s.ListAsync(input, ct))
            .RequirePermission(read).WithName("ListCourses").WithSummary("A page of courses filtered by code or title, kind and publication.");
        group.MapGet("/courses/{id:guid}", (Guid id, CourseService s, CancellationToken ct) => s.GetAsync(id, ct))
            .RequirePermission(read).WithName("GetCourse");
        group.MapPost("/courses", (SaveCourseInput input, CourseService s, CancellationToken ct) => s.CreateAsync(input, ct))
            .RequirePermission(manage).WithName("CreateCourse");
        group.MapPut("/courses/{id:guid}", (Guid id, SaveCourseInput input, CourseService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .RequirePermission(manage).WithName("UpdateCourse");
        group.MapPost("/courses/{id:guid}/lessons", (Guid id, SaveLessonInput input, CourseService s, CancellationToken ct) => s.AddLessonAsync(id, input, ct))
            .RequirePermission(manage).WithName("AddLesson").WithSummary("Adds a lesson; its rich-text body keeps only safe markup.");
        group.MapPut("/courses/{id:guid}/lessons/{lessonId:guid}",
                (Guid id, Guid lessonId, SaveLessonInput input, CourseService s, CancellationToken ct) => s.UpdateLessonAsync(id, lessonId, input, ct))
            .RequirePermission(manage).WithName("UpdateLesson");
        group.MapPost("/courses/{id:guid}/lessons/{lessonId:guid}/attachments",
                (Guid id, Guid lessonId, IFormFile file, LessonAttachmentService s, CancellationToken ct) => s.AttachAsync(id, lessonId, file, ct))
            .RequirePermission(manage).WithName("AttachLessonFile").DisableAntiforgery()
            .WithSummary("Attaches a file to a lesson (pdf, docx, xlsx, pptx, png, jpeg; checked by content and size).");
        group.MapGet("/courses/{id:guid}/lessons/{lessonId:guid}/attachments/{attachmentId:guid}",
                async (Guid id, Guid lessonId, Guid attachmentId, LessonAttachmentService s, CancellationToken ct) =>
                {
                    var file = await s.OpenAsync(id, lessonId, attachmentId, ct);
                    return TypedResults.File(file.Content, file.File.ContentType, file.File.FileName);
                })
            .RequirePermission(read).WithName("DownloadLessonFile");
        group.MapDelete("/courses/{id:guid}/lessons/{lessonId:guid}/attachments/{attachmentId:guid}",
                (Guid id, Guid lessonId, Guid attachmentId, LessonAttachmentService s, CancellationToken ct) => s.DetachAsync(id, lessonId, attachmentId, ct))
            .RequirePermission(manage).WithName("RemoveLessonFile");
        group.MapPost("/courses/{id:guid}/enrollments", (Guid id, EnrollInput input, EnrollmentService s, CancellationToken ct) => s.EnrollAsync(id, input, ct))
            .RequirePermission(LearningPermissions.Courses.Enroll).WithName("EnrollInCourse")
            .WithSummary("Enrols people, a unit or everyone at a window type — only people inside the caller's scope.");

        var mine = app.MapGroup("/api/learning/my").WithTags("MyLearning");
        mine.MapGet("/courses", (EnrollmentService s, CancellationToken ct) => s.MyCoursesAsync(ct))
            .RequirePermission(LearningPermissions.MyLearning.Default).WithName("ListMyCourses");
        mine.MapGet("/available-courses", (EnrollmentService s, CancellationToken ct) => s.AvailableAsync(ct))
            .RequirePermission(LearningPermissions.MyLearning.Default).WithName("ListMyAvailableCourses")
            .WithSummary("Published courses meant for the caller (unit, window type, staff kind) that they are not enrolled in.");
        mine.MapGet("/training-records", (TrainingRecordService s, CancellationToken ct) => s.MineAsync(ct))
            .RequirePermission(LearningPermissions.MyLearning.Default).WithName("ListMyTrainingRecords")
            .WithSummary("The caller's training hours from outside the courses (contests, meetings …), newest first.");
        mine.MapPost("/courses/{id:guid}/enroll", (Guid id, EnrollmentService s, CancellationToken ct) => s.EnrollSelfAsync(id, ct))
            .RequirePermission(LearningPermissions.MyLearning.Default).WithName("EnrollMyself");
        mine.MapPost("/enrollments/{id:guid}/lessons/{lessonId:guid}/open",
                (Guid id, Guid lessonId, EnrollmentService s, CancellationToken ct) => s.OpenLessonAsync(id, lessonId, ct))
            .RequirePermission(LearningPermissions.MyLearning.Default).WithName("OpenLesson")
            .WithSummary("Notes when the caller first opened a lesson (server time) and says when it may be marked read.");
        mine.MapPost("/enrollments/{id:guid}/lessons/{lessonId:guid}/complete",
                (Guid id, Guid lessonId, EnrollmentService s, CancellationToken ct) => s.CompleteLessonAsync(id, lessonId, ct))
            .RequirePermission(LearningPermissions.MyLearning.Default).WithName("CompleteLesson")
            .WithSummary("Marks a lesson read; refused (409 Learning:00034, with the seconds left) before its minimum reading time.");
    }
}

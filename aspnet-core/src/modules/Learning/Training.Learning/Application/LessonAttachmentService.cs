using Microsoft.AspNetCore.Http;
using Training.Learning.EntityFrameworkCore;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Files;

namespace Training.Learning.Application;

/// <summary>
/// Files that go with a lesson. Type (by content) and size (the upload setting) are checked before anything is stored;
/// the file and the lesson's record of it are written in one transaction, so neither exists without the other.
/// </summary>
internal sealed class LessonAttachmentService(LearningDbContext db, CourseService courses, IFileStorage files, UploadReader uploads, UnitOfWork unitOfWork)
{
    public const string Purpose = "Learning.LessonAttachment";

    /// <summary>Slides, documents, spreadsheets and pictures — nothing a browser would run.</summary>
    public static readonly FileKind[] Allowed = [FileKind.Pdf, FileKind.Docx, FileKind.Xlsx, FileKind.Pptx, FileKind.Png, FileKind.Jpeg];

    public async Task<CourseDto> AttachAsync(Guid courseId, Guid lessonId, IFormFile? file, CancellationToken cancellationToken)
    {
        var bytes = await uploads.ReadAsync(file, Allowed, cancellationToken);
        var course = await courses.LoadForChangeAsync(courseId, cancellationToken);
        var lesson = course.Lesson(lessonId);
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var stored = await files.SaveAsync(new FileUpload(file!.FileName, bytes, Purpose, Allowed), cancellationToken);
        lesson.Attach(stored.Id, stored.FileName, stored.ContentType, stored.Size);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync();
        return await courses.GetAsync(courseId, cancellationToken);
    }

    public async Task<FileContent> OpenAsync(Guid courseId, Guid lessonId, Guid attachmentId, CancellationToken cancellationToken)
    {
        var course = await courses.LoadReadableAsync(courseId, tracked: false, cancellationToken);
        var attachment = course.Lesson(lessonId).Attachment(attachmentId);
        return await files.OpenAsync(attachment.FileId, cancellationToken) ?? throw new EntityNotFoundException("LessonAttachment", attachmentId);
    }

    public async Task<CourseDto> DetachAsync(Guid courseId, Guid lessonId, Guid attachmentId, CancellationToken cancellationToken)
    {
        var course = await courses.LoadForChangeAsync(courseId, cancellationToken);
        var lesson = course.Lesson(lessonId);
        var fileId = lesson.Attachment(attachmentId).FileId;
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        lesson.Detach(attachmentId);
        await db.SaveChangesAsync(cancellationToken);
        await files.DeleteAsync(fileId, cancellationToken);
        await transaction.CommitAsync();
        return await courses.GetAsync(courseId, cancellationToken);
    }
}

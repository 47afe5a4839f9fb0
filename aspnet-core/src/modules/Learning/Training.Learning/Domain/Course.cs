using Training.SharedKernel.Domain;
using Training.SharedKernel.Errors;

namespace Training.Learning.Domain;

/// <summary>
/// A course: kind, credit hours, required or elective, its audience, and ordered lessons. Lesson bodies arrive already
/// sanitised (see <see cref="RichText"/>). Audience lists are empty for "anyone".
/// </summary>
public sealed class Course : AggregateRoot
{
    private readonly List<Lesson> _lessons = [];

    private Course() { }

    public Course(Guid id, string code, Guid? ownerHallId = null) : base(id)
    {
        Code = Check.NotBlank(code, "code", CourseConsts.MaxCodeLength);
        OwnerHallId = ownerHallId;
    }

    /// <summary>The hall that owns the course (its managers change it); null = the city's, changed by administrators only.</summary>
    public Guid? OwnerHallId { get; private set; }

    public string Code { get; private set; } = "";
    public string Title { get; private set; } = "";
    public CourseKind Kind { get; private set; }
    public string? Description { get; private set; }

    /// <summary>Credit hours in hundredths (SQLite cannot compare decimals in SQL).</summary>
    public int CreditHundredths { get; private set; }
    public bool IsRequired { get; private set; }
    public bool IsPublished { get; private set; }
    public IReadOnlyList<Guid> AudienceUnitIds { get; private set; } = [];
    public IReadOnlyList<string> AudienceWindowTypes { get; private set; } = [];
    public IReadOnlyList<string> AudienceStaffKinds { get; private set; } = [];
    public IReadOnlyList<Lesson> Lessons => _lessons;

    public double CreditHours => CreditHundredths / 100.0;

    public void Describe(string code, string title, CourseKind kind, string? description, double creditHours, bool isRequired, bool isPublished)
    {
        Code = Check.NotBlank(code, "code", CourseConsts.MaxCodeLength);
        Title = Check.NotBlank(title, "title", CourseConsts.MaxTitleLength);
        Kind = kind;
        Description = Check.Optional(description, "description", CourseConsts.MaxDescriptionLength);
        if (creditHours is < 0 or > CourseConsts.MaxCreditHours)
            throw new BusinessException(CommonErrorCodes.OutOfRange, "creditHours", 0, CourseConsts.MaxCreditHours);
        CreditHundredths = (int)Math.Round(creditHours * 100);
        IsRequired = isRequired;
        IsPublished = isPublished;
    }

    /// <summary>
    /// A course other than the pre-job one may award its own certificate on completion (the pre-job certificate has its
    /// own rule: the exam and every required pre-job course).
    /// </summary>
    public bool IssuesCertificate { get; private set; }

    public void AwardCertificateOnCompletion(bool award) => IssuesCertificate = award && Kind != CourseKind.PreJob;

    public void SetAudience(IReadOnlyList<Guid> unitIds, IReadOnlyList<string> windowTypes, IReadOnlyList<string> staffKinds)
    {
        AudienceUnitIds = unitIds.Distinct().ToList();
        AudienceWindowTypes = windowTypes.Distinct().ToList();
        AudienceStaffKinds = staffKinds.Distinct().ToList();
    }

    /// <summary>Whether a person (unit, current window type, staff kind) belongs to the audience.</summary>
    public bool IsFor(Guid? unitId, string? windowType, string staffKind) =>
        (AudienceUnitIds.Count == 0 || (unitId is { } u && AudienceUnitIds.Contains(u)))
        && (AudienceWindowTypes.Count == 0 || (windowType is not null && AudienceWindowTypes.Contains(windowType)))
        && (AudienceStaffKinds.Count == 0 || AudienceStaffKinds.Contains(staffKind));

    public Lesson AddLesson(string title, string safeBody, int minutes)
    {
        var lesson = new Lesson(Id, _lessons.Count == 0 ? 1 : _lessons.Max(l => l.Order) + 1, title, safeBody, minutes);
        _lessons.Add(lesson);
        return lesson;
    }

    public Lesson Lesson(Guid lessonId) =>
        _lessons.FirstOrDefault(l => l.Id == lessonId) ?? throw new BusinessException(LearningErrorCodes.LessonNotInCourse) { Kind = ErrorKind.NotFound };

    public void RemoveLesson(Guid lessonId) => _lessons.Remove(Lesson(lessonId));
}

public sealed class Lesson : Entity
{
    private Lesson() { }

    internal Lesson(Guid courseId, int order, string title, string safeBody, int minutes) : base(Guid.NewGuid())
    {
        CourseId = courseId;
        Order = order;
        Update(title, safeBody, minutes);
    }

    public Guid CourseId { get; private set; }
    public int Order { get; private set; }
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";
    public int Minutes { get; private set; }

    public IReadOnlyList<LessonAttachment> Attachments => _attachments;

    private readonly List<LessonAttachment> _attachments = [];

    public void Update(string title, string safeBody, int minutes)
    {
        Title = Check.NotBlank(title, "title", CourseConsts.MaxTitleLength);
        Body = Check.NotBlank(safeBody, "body", CourseConsts.MaxLessonBodyLength);
        Minutes = Math.Clamp(minutes, 0, 600);
    }

    /// <summary>Attaches a stored file (checked by type and size when it was stored); a lesson holds a few, not a library.</summary>
    public LessonAttachment Attach(Guid fileId, string fileName, string contentType, long size)
    {
        if (_attachments.Count >= CourseConsts.MaxAttachmentsPerLesson)
            throw new BusinessException(LearningErrorCodes.TooManyAttachments, CourseConsts.MaxAttachmentsPerLesson) { Kind = ErrorKind.Conflict };
        var attachment = new LessonAttachment(Id, fileId, fileName, contentType, size);
        _attachments.Add(attachment);
        return attachment;
    }

    public LessonAttachment Attachment(Guid attachmentId) =>
        _attachments.FirstOrDefault(a => a.Id == attachmentId) ?? throw new EntityNotFoundException("LessonAttachment", attachmentId);

    public void Detach(Guid attachmentId) => _attachments.Remove(Attachment(attachmentId));
}

/// <summary>A file that goes with a lesson (slides, a regulation, a form); the bytes live in the file storage.</summary>
public sealed class LessonAttachment : Entity
{
    private LessonAttachment() { }

    internal LessonAttachment(Guid lessonId, Guid fileId, string fileName, string contentType, long size) : base(Guid.NewGuid()) =>
        (LessonId, FileId, FileName, ContentType, Size) = (lessonId, fileId, fileName, contentType, size);

    public Guid LessonId { get; private set; }
    public Guid FileId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
}

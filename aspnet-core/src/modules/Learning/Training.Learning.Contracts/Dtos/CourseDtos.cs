using System.ComponentModel.DataAnnotations;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Validation;

namespace Training.Learning;

/// <summary>
/// Who a course is for; an empty list means "anyone" for that dimension. Window types and staff kinds are
/// Organization's enum names ("Comprehensive", "Dispatched" …), as strings so Contracts stay free of other modules.
/// </summary>
public sealed record CourseAudienceDto(
    [property: MaxLength(CourseConsts.MaxAudienceItems)] IReadOnlyList<Guid> UnitIds,
    [property: MaxLength(CourseConsts.MaxAudienceItems), ItemMaxLength(CourseConsts.MaxAudienceNameLength)] IReadOnlyList<string> WindowTypes,
    [property: MaxLength(CourseConsts.MaxAudienceItems), ItemMaxLength(CourseConsts.MaxAudienceNameLength)] IReadOnlyList<string> StaffKinds)
{
    public static readonly CourseAudienceDto Everyone = new([], [], []);
}

/// <summary>The course list: a page of courses filtered by code or title, kind and publication.</summary>
public sealed record CourseListInput : PagedRequest
{
    /// <summary>Part of the code or the title.</summary>
    [StringLength(MaxFilterLength)]
    public string? Filter { get; init; }
    public CourseKind? Kind { get; init; }
    public bool? PublishedOnly { get; init; }
}

/// <summary>A row of the course list: no lesson bodies, only how many lessons and minutes.</summary>
public sealed record CourseListItemDto(
    Guid Id, string Code, string Title, CourseKind Kind, double CreditHours, bool IsRequired, bool IsPublished, int LessonCount,
    int TotalMinutes, int EnrolledCount, Guid? OwnerHallId);

public sealed record LessonDto(Guid Id, int Order, string Title, string Body, int Minutes, IReadOnlyList<LessonAttachmentDto> Attachments);

/// <summary>A lesson's file; downloaded from /api/learning/courses/{courseId}/lessons/{lessonId}/attachments/{id}.</summary>
public sealed record LessonAttachmentDto(Guid Id, string FileName, string ContentType, long Size);

public sealed record CourseDto(
    Guid Id, string Code, string Title, CourseKind Kind, string? Description, double CreditHours, bool IsRequired, bool IsPublished,
    CourseAudienceDto Audience, IReadOnlyList<LessonDto> Lessons, int EnrolledCount, bool IssuesCertificate, Guid? OwnerHallId);

/// <summary>
/// A course to create or change. <see cref="OwnerHallId"/> counts on create only: the hall that owns it (null = the city,
/// for administrators; a manager of several halls chooses one of theirs). The owner never changes afterwards.
/// </summary>
public sealed record SaveCourseInput(
    [property: Required, StringLength(CourseConsts.MaxCodeLength)] string Code,
    [property: Required, StringLength(CourseConsts.MaxTitleLength)] string Title,
    CourseKind Kind,
    [property: StringLength(CourseConsts.MaxDescriptionLength)] string? Description,
    [property: Range(0, CourseConsts.MaxCreditHours)] double CreditHours,
    bool IsRequired,
    bool IsPublished,
    CourseAudienceDto? Audience,
    bool IssuesCertificate = false,
    Guid? OwnerHallId = null);

/// <summary>A lesson's body is rich text (HTML); the server keeps only safe markup.</summary>
public sealed record SaveLessonInput(
    [property: Required, StringLength(CourseConsts.MaxTitleLength)] string Title,
    [property: Required, StringLength(CourseConsts.MaxLessonBodyLength)] string Body,
    [property: Range(0, 600)] int Minutes);

/// <summary>Enrol named people, everyone of a unit, or everyone now at windows of a type (any combination).</summary>
public sealed record EnrollInput(
    [property: MaxLength(CourseConsts.MaxEnrollStaff)] IReadOnlyList<Guid>? StaffIds,
    Guid? UnitId,
    [property: StringLength(CourseConsts.MaxAudienceNameLength)] string? WindowType);

public sealed record EnrollResultDto(int Enrolled, int AlreadyEnrolled);

/// <summary>A course on the learner's own list, with progress.</summary>
public sealed record MyCourseDto(
    Guid EnrollmentId, Guid CourseId, string Title, CourseKind Kind, double CreditHours, bool IsRequired, EnrollmentSource Source,
    int LessonsDone, int LessonCount, IReadOnlyList<Guid> CompletedLessonIds, DateTime EnrolledAt, DateTime? CompletedAt);

/// <summary>
/// A lesson the learner has opened: when (server time, the first opening), the minimum reading time, and when it may be
/// marked read (<see cref="ReadyAt"/>, by the server's clock — <see cref="ServerNow"/> lets a browser count down without
/// trusting its own clock — and <see cref="SecondsLeft"/>, 0 once it may be or has been marked read).
/// </summary>
public sealed record LessonReadingDto(Guid LessonId, DateTime OpenedAt, int MinimumSeconds, DateTime ReadyAt, int SecondsLeft, DateTime ServerNow);

/// <summary>A published course meant for the learner that they may enrol in themselves (not enrolled yet).</summary>
public sealed record AvailableCourseDto(
    Guid CourseId, string Title, CourseKind Kind, string? Description, double CreditHours, bool IsRequired, int LessonCount, int Minutes);

using Microsoft.EntityFrameworkCore;
using Training.Learning.Domain;
using Training.Learning.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Paging;

namespace Training.Learning.Application;

/// <summary>
/// Authoring of courses and lessons (managers, of the courses their halls own; administrators, of every course). The
/// catalogue shows the city's courses, those of the halls the caller reads (see <see cref="ContentAccess"/>), and the
/// courses the caller is enrolled in.
/// </summary>
internal sealed class CourseService(LearningDbContext db, ContentAccess access)
{
    private static readonly SortMap<Course> Sort = new SortMap<Course>("code asc")
        .Add("code", c => c.Code).Add("title", c => c.Title).Add("kind", c => c.Kind)
        .Add("creditHours", c => c.CreditHundredths).Add("isPublished", c => c.IsPublished);

    public async Task<PagedResult<CourseListItemDto>> ListAsync(CourseListInput input, CancellationToken cancellationToken)
    {
        var query = await ReadableAsync(db.Courses.AsNoTracking(), cancellationToken);
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            query = query.Where(c => c.Code.Contains(filter) || c.Title.Contains(filter));
        }
        if (input.Kind is { } kind) query = query.Where(c => c.Kind == kind);
        if (input.PublishedOnly == true) query = query.Where(c => c.IsPublished);
        return await query.ToPagedResultAsync(input, Sort, c => new CourseListItemDto(c.Id, c.Code, c.Title, c.Kind, c.CreditHundredths / 100.0,
            c.IsRequired, c.IsPublished, c.Lessons.Count, c.Lessons.Sum(l => l.Minutes), db.Enrollments.Count(e => e.CourseId == c.Id), c.OwnerHallId), cancellationToken);
    }

    public async Task<CourseDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var course = await LoadReadableAsync(id, tracked: false, cancellationToken);
        return ToDto(course, await db.Enrollments.CountAsync(e => e.CourseId == id, cancellationToken));
    }

    public async Task<CourseDto> CreateAsync(SaveCourseInput input, CancellationToken cancellationToken)
    {
        var code = input.Code.Trim();
        if (await db.Courses.AnyAsync(c => c.Code == code, cancellationToken))
            throw new BusinessException(LearningErrorCodes.CourseCodeTaken, code) { Kind = ErrorKind.Conflict };
        var owner = await access.OwnerForNewAsync(input.OwnerHallId, cancellationToken);
        var course = new Course(Guid.NewGuid(), code, owner);
        Apply(course, input);
        db.Courses.Add(course);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(course.Id, cancellationToken);
    }

    public async Task<CourseDto> UpdateAsync(Guid id, SaveCourseInput input, CancellationToken cancellationToken)
    {
        var course = await LoadForChangeAsync(id, cancellationToken);
        var code = input.Code.Trim();
        if (await db.Courses.AnyAsync(c => c.Code == code && c.Id != id, cancellationToken))
            throw new BusinessException(LearningErrorCodes.CourseCodeTaken, code) { Kind = ErrorKind.Conflict };
        Apply(course, input);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    public async Task<CourseDto> AddLessonAsync(Guid courseId, SaveLessonInput input, CancellationToken cancellationToken)
    {
        var course = await LoadForChangeAsync(courseId, cancellationToken);
        course.AddLesson(input.Title, RichText.Sanitize(input.Body), input.Minutes);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(courseId, cancellationToken);
    }

    public async Task<CourseDto> UpdateLessonAsync(Guid courseId, Guid lessonId, SaveLessonInput input, CancellationToken cancellationToken)
    {
        var course = await LoadForChangeAsync(courseId, cancellationToken);
        course.Lesson(lessonId).Update(input.Title, RichText.Sanitize(input.Body), input.Minutes);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(courseId, cancellationToken);
    }

    /// <summary>A course the caller reads (catalogue, enrolling others, downloads); any other answers 404.</summary>
    internal async Task<Course> LoadReadableAsync(Guid id, bool tracked, CancellationToken cancellationToken) =>
        await LoadAsync(await ReadableAsync(tracked ? db.Courses : db.Courses.AsNoTracking(), cancellationToken), id, cancellationToken);

    /// <summary>A course the caller may change: one they do not read answers 404, the city's (for a manager) 403.</summary>
    internal async Task<Course> LoadForChangeAsync(Guid id, CancellationToken cancellationToken)
    {
        var course = await LoadReadableAsync(id, tracked: true, cancellationToken);
        await access.RequireChangeAsync(course.OwnerHallId, "Course", id, cancellationToken);
        return course;
    }

    /// <summary>The city's courses, those of the halls the caller reads, and those the caller is enrolled in.</summary>
    private async Task<IQueryable<Course>> ReadableAsync(IQueryable<Course> query, CancellationToken cancellationToken)
    {
        var rights = await access.GetAsync(cancellationToken);
        if (rights.Everything) return query;
        var halls = rights.ReadHalls.Select(h => (Guid?)h).ToList();
        var me = rights.StaffId ?? Guid.Empty;
        return query.Where(c => c.OwnerHallId == null || halls.Contains(c.OwnerHallId)
                                || db.Enrollments.Any(e => e.CourseId == c.Id && e.StaffId == me));
    }

    /// <summary>A course whatever its owner: for the learner's own enrolments, where the audience rules decide.</summary>
    internal Task<Course> LoadAsync(Guid id, bool tracked, CancellationToken cancellationToken) =>
        LoadAsync(tracked ? db.Courses : db.Courses.AsNoTracking(), id, cancellationToken);

    private static async Task<Course> LoadAsync(IQueryable<Course> query, Guid id, CancellationToken cancellationToken)
    {
        return await query.Include(c => c.Lessons).ThenInclude(l => l.Attachments).AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
               ?? throw new EntityNotFoundException("Course", id);
    }

    private static void Apply(Course course, SaveCourseInput input)
    {
        course.Describe(input.Code, input.Title, input.Kind, input.Description, input.CreditHours, input.IsRequired, input.IsPublished);
        course.AwardCertificateOnCompletion(input.IssuesCertificate);
        var audience = input.Audience ?? CourseAudienceDto.Everyone;
        course.SetAudience(audience.UnitIds, audience.WindowTypes.Select(Parse<WindowType>).ToList(), audience.StaffKinds.Select(Parse<StaffKind>).ToList());
    }

    /// <summary>Audience values are Organization's enum names; anything else is refused with the value named.</summary>
    internal static string Parse<T>(string value) where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed.ToString()
            : throw new BusinessException(LearningErrorCodes.UnknownAudienceValue, value);

    internal static CourseDto ToDto(Course c, int enrolled) => new(c.Id, c.Code, c.Title, c.Kind, c.Description, c.CreditHours,
        c.IsRequired, c.IsPublished, new CourseAudienceDto(c.AudienceUnitIds, c.AudienceWindowTypes, c.AudienceStaffKinds),
        c.Lessons.OrderBy(l => l.Order).Select(l => new LessonDto(l.Id, l.Order, l.Title, l.Body, l.Minutes,
            l.Attachments.Select(a => new LessonAttachmentDto(a.Id, a.FileName, a.ContentType, a.Size)).ToList())).ToList(), enrolled,
        c.IssuesCertificate, c.OwnerHallId);
}

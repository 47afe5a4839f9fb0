using Microsoft.EntityFrameworkCore;
using Training.Learning.Domain;
using Training.Learning.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Settings;

namespace Training.Learning.Application;

/// <summary>
/// Enrolment by a manager (people, a unit, a window type — only people inside the manager's scope) or by the learner
/// (published courses meant for them), and the learner's progress: a lesson counts once it has been open for the minimum
/// reading time. Enrolling twice is one enrolment.
/// </summary>
internal sealed class EnrollmentService(
    LearningDbContext db, CourseService courses, IStaffIntegrationService staff, IDataScopeProvider scopes, LearnerContext learner,
    ISettingProvider settings, TimeProvider clock)
{
    public async Task<EnrollResultDto> EnrollAsync(Guid courseId, EnrollInput input, CancellationToken cancellationToken)
    {
        await courses.LoadReadableAsync(courseId, tracked: false, cancellationToken);
        if (input.StaffIds is not { Count: > 0 } && input.UnitId is null && input.WindowType is null)
            throw new BusinessException(LearningErrorCodes.NothingToEnroll);
        var windowType = input.WindowType is null ? (WindowType?)null : Enum.Parse<WindowType>(CourseService.Parse<WindowType>(input.WindowType));
        // Organization applies the caller's scope in its query: a named person outside it is not found (404).
        var scope = await scopes.GetAsync(cancellationToken);
        var people = await staff.SearchAsync(new StaffSearch(input.StaffIds, input.UnitId, windowType, scope), cancellationToken);
        var outside = (input.StaffIds ?? []).FirstOrDefault(id => people.All(p => p.Id != id));
        if (outside != Guid.Empty) throw new EntityNotFoundException("StaffMember", outside);
        return await AddAsync(courseId, people, EnrollmentSource.Manager, cancellationToken);
    }

    public async Task<MyCourseDto> EnrollSelfAsync(Guid courseId, CancellationToken cancellationToken)
    {
        var me = await learner.MeAsync(cancellationToken);
        var course = await courses.LoadAsync(courseId, tracked: false, cancellationToken);
        if (!course.IsPublished || !course.IsFor(me))
            throw new BusinessException(LearningErrorCodes.CourseNotOpenToYou) { Kind = ErrorKind.Forbidden };
        await AddAsync(courseId, [me], EnrollmentSource.Self, cancellationToken);
        return (await MyCoursesAsync(cancellationToken)).First(c => c.CourseId == courseId);
    }

    /// <summary>
    /// Published courses meant for the learner that they are not enrolled in: one query for the candidates (with their
    /// lesson counts), then the audience rule of <see cref="EnrollSelfAsync"/> on each.
    /// </summary>
    public async Task<IReadOnlyList<AvailableCourseDto>> AvailableAsync(CancellationToken cancellationToken)
    {
        var me = await learner.MeAsync(cancellationToken);
        var rows = await db.Courses.AsNoTracking()
            .Where(c => c.IsPublished && !db.Enrollments.Any(e => e.CourseId == c.Id && e.StaffId == me.Id))
            .OrderByDescending(c => c.IsRequired).ThenBy(c => c.Kind).ThenBy(c => c.Code)
            .Select(c => new
            {
                Course = c,
                Lessons = db.Lessons.Count(l => l.CourseId == c.Id),
                Minutes = db.Lessons.Where(l => l.CourseId == c.Id).Sum(l => l.Minutes),
            })
            .ToListAsync(cancellationToken);
        return rows.Where(r => r.Course.IsFor(me)).Select(r => new AvailableCourseDto(r.Course.Id, r.Course.Title, r.Course.Kind,
            r.Course.Description, r.Course.CreditHours, r.Course.IsRequired, r.Lessons, r.Minutes)).ToList();
    }

    public async Task<IReadOnlyList<MyCourseDto>> MyCoursesAsync(CancellationToken cancellationToken)
    {
        var staffId = await learner.StaffIdAsync(cancellationToken);
        var rows = await (from e in db.Enrollments.AsNoTracking().Include(e => e.Completions)
                          join c in db.Courses.AsNoTracking() on e.CourseId equals c.Id
                          where e.StaffId == staffId
                          orderby e.CompletedAt != null, c.IsRequired descending, e.EnrolledAt
                          select new { e, c.Title, c.Kind, c.CreditHundredths, c.IsRequired, Lessons = db.Lessons.Count(l => l.CourseId == c.Id) })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new MyCourseDto(r.e.Id, r.e.CourseId, r.Title, r.Kind, r.CreditHundredths / 100.0, r.IsRequired, r.e.Source,
            r.e.Completions.Count, r.Lessons, r.e.Completions.Select(c => c.LessonId).ToList(), r.e.EnrolledAt, r.e.CompletedAt)).ToList();
    }

    /// <summary>
    /// The learner opens a lesson of their own enrolment: the server notes the time (the first opening only) and says when
    /// it may be marked read. Another person's enrolment answers 404.
    /// </summary>
    public async Task<LessonReadingDto> OpenLessonAsync(Guid enrollmentId, Guid lessonId, CancellationToken cancellationToken)
    {
        var (enrollment, course) = await LoadMineAsync(enrollmentId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        enrollment.OpenLesson(course, lessonId, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A racing open of the same lesson won (a double click, two tabs): its time counts.
            db.ChangeTracker.Clear();
            (enrollment, course) = await LoadMineAsync(enrollmentId, cancellationToken);
        }
        var minimum = await MinimumReadingSecondsAsync(cancellationToken);
        var opened = enrollment.Openings.Single(o => o.LessonId == lessonId).OpenedAt;
        var left = enrollment.SecondsLeftToRead(lessonId, now, minimum);
        var ready = left == 0 ? now : enrollment.ReadyAt(lessonId, minimum)!.Value;
        return new LessonReadingDto(lessonId, opened, minimum, ready, left, now);
    }

    /// <summary>
    /// The learner marks a lesson of their own enrolment done — refused (409, with the seconds left) before it has been
    /// open for <see cref="LearningSettings.LessonMinimumReadingSeconds"/>. Another person's enrolment answers 404.
    /// </summary>
    public async Task<MyCourseDto> CompleteLessonAsync(Guid enrollmentId, Guid lessonId, CancellationToken cancellationToken)
    {
        var (enrollment, course) = await LoadMineAsync(enrollmentId, cancellationToken);
        enrollment.CompleteLesson(course, lessonId, clock.GetUtcNow().UtcDateTime, await MinimumReadingSecondsAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return (await MyCoursesAsync(cancellationToken)).First(c => c.EnrollmentId == enrollmentId);
    }

    private async Task<(Enrollment, Course)> LoadMineAsync(Guid enrollmentId, CancellationToken cancellationToken)
    {
        var staffId = await learner.StaffIdAsync(cancellationToken);
        var enrollment = await db.Enrollments.Include(e => e.Completions).Include(e => e.Openings).AsSplitQuery()
                             .FirstOrDefaultAsync(e => e.Id == enrollmentId && e.StaffId == staffId, cancellationToken)
                         ?? throw new EntityNotFoundException("Enrollment", enrollmentId);
        return (enrollment, await courses.LoadAsync(enrollment.CourseId, tracked: false, cancellationToken));
    }

    private Task<int> MinimumReadingSecondsAsync(CancellationToken cancellationToken) =>
        settings.GetIntAsync(LearningSettings.LessonMinimumReadingSeconds, cancellationToken: cancellationToken);

    private async Task<EnrollResultDto> AddAsync(Guid courseId, IReadOnlyList<StaffSummary> people, EnrollmentSource source, CancellationToken cancellationToken)
    {
        var ids = people.Select(p => p.Id).ToList();
        var already = (await db.Enrollments.Where(e => e.CourseId == courseId && ids.Contains(e.StaffId)).Select(e => e.StaffId)
            .ToListAsync(cancellationToken)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        var added = people.Where(p => !already.Contains(p.Id)).DistinctBy(p => p.Id)
            .Select(p => new Enrollment(courseId, p.Id, p.HallId, p.UnitId, source, now)).ToList();
        db.Enrollments.AddRange(added);
        await db.SaveChangesAsync(cancellationToken);
        return new EnrollResultDto(added.Count, already.Count);
    }
}

using Training.SharedKernel.Domain;

namespace Training.Learning.Domain;

/// <summary>
/// A person on a course, with the hall and unit they belonged to when enrolled (statistics "by unit" use them).
/// Completing the last lesson completes the course once and raises <see cref="CourseCompletedEto"/>.
/// </summary>
public sealed class Enrollment : AggregateRoot
{
    private readonly List<LessonCompletion> _completions = [];

    private Enrollment() { }

    public Enrollment(Guid courseId, Guid staffId, Guid hallId, Guid? unitId, EnrollmentSource source, DateTime now) : base(Guid.NewGuid())
    {
        (CourseId, StaffId, HallId, UnitId, Source, EnrolledAt) = (courseId, staffId, hallId, unitId, source, now);
    }

    public Guid CourseId { get; private set; }
    public Guid StaffId { get; private set; }
    public Guid HallId { get; private set; }
    public Guid? UnitId { get; private set; }
    public EnrollmentSource Source { get; private set; }
    public DateTime EnrolledAt { get; private set; }
    public DateTime? CompletedAt { get; private set; }
    public IReadOnlyList<LessonCompletion> Completions => _completions;

    /// <summary>Marks a lesson done (again is harmless) and completes the course when every lesson is done.</summary>
    public void CompleteLesson(Course course, Guid lessonId, DateTime now)
    {
        course.Lesson(lessonId);
        if (_completions.All(c => c.LessonId != lessonId)) _completions.Add(new LessonCompletion(Id, lessonId, now));
        if (CompletedAt is null && course.Lessons.All(l => _completions.Any(c => c.LessonId == l.Id)))
        {
            CompletedAt = now;
            AddEvent(new CourseCompletedEto(Guid.NewGuid(), StaffId, CourseId, course.Kind, course.CreditHours, HallId, UnitId, now));
        }
    }
}

public sealed class LessonCompletion : Entity
{
    private LessonCompletion() { }

    internal LessonCompletion(Guid enrollmentId, Guid lessonId, DateTime at) : base(Guid.NewGuid()) =>
        (EnrollmentId, LessonId, CompletedAt) = (enrollmentId, lessonId, at);

    public Guid EnrollmentId { get; private set; }
    public Guid LessonId { get; private set; }
    public DateTime CompletedAt { get; private set; }
}

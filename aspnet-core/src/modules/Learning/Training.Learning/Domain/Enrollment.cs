using Training.SharedKernel.Domain;
using Training.SharedKernel.Errors;

namespace Training.Learning.Domain;

/// <summary>
/// A person on a course, with the hall and unit they belonged to when enrolled (statistics "by unit" use them).
/// A lesson is marked read only after the minimum reading time since it was opened (<see cref="LessonReading"/>), so
/// every completion counts; completing the last lesson completes the course once and raises <see cref="CourseCompletedEto"/>.
/// </summary>
public sealed class Enrollment : AggregateRoot
{
    private readonly List<LessonCompletion> _completions = [];
    private readonly List<LessonOpening> _openings = [];

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

    /// <summary>When the learner first opened each lesson (server time): where the reading time starts.</summary>
    public IReadOnlyList<LessonOpening> Openings => _openings;

    /// <summary>Records that the learner opened a lesson, the first time only (reopening does not restart the time).</summary>
    public LessonOpening OpenLesson(Course course, Guid lessonId, DateTime now)
    {
        course.Lesson(lessonId);
        var opening = _openings.FirstOrDefault(o => o.LessonId == lessonId);
        if (opening is null) _openings.Add(opening = new LessonOpening(Id, lessonId, now));
        return opening;
    }

    public bool IsDone(Guid lessonId) => _completions.Any(c => c.LessonId == lessonId);

    /// <summary>When the lesson may be marked read (null: not opened yet); the previous completion is the latest one of this course.</summary>
    public DateTime? ReadyAt(Guid lessonId, int minimumSeconds) => LessonReading.ReadyAt(OpenedAt(lessonId), LastCompletedAt(lessonId), minimumSeconds);

    /// <summary>Whole seconds before the lesson may be marked read (0 once done).</summary>
    public int SecondsLeftToRead(Guid lessonId, DateTime now, int minimumSeconds) =>
        IsDone(lessonId) ? 0 : LessonReading.SecondsLeft(OpenedAt(lessonId), LastCompletedAt(lessonId), now, minimumSeconds);

    /// <summary>
    /// Marks a lesson done (again is harmless) once it has been open for the minimum reading time — sooner is refused
    /// with the seconds left (<see cref="LearningErrorCodes.LessonReadTooShort"/>) — and completes the course when every
    /// lesson is done.
    /// </summary>
    public void CompleteLesson(Course course, Guid lessonId, DateTime now, int minimumReadingSeconds)
    {
        course.Lesson(lessonId);
        if (!IsDone(lessonId))
        {
            var left = SecondsLeftToRead(lessonId, now, minimumReadingSeconds);
            if (left > 0) throw new BusinessException(LearningErrorCodes.LessonReadTooShort, left) { Kind = ErrorKind.Conflict };
            _completions.Add(new LessonCompletion(Id, lessonId, now));
        }
        if (CompletedAt is null && course.Lessons.All(l => _completions.Any(c => c.LessonId == l.Id)))
        {
            CompletedAt = now;
            AddEvent(new CourseCompletedEto(Guid.NewGuid(), StaffId, CourseId, course.Kind, course.CreditHours, HallId, UnitId, now));
        }
    }

    private DateTime? OpenedAt(Guid lessonId) => _openings.FirstOrDefault(o => o.LessonId == lessonId)?.OpenedAt;

    private DateTime? LastCompletedAt(Guid exceptLessonId) =>
        _completions.Where(c => c.LessonId != exceptLessonId).Select(c => (DateTime?)c.CompletedAt).Max();
}

/// <summary>The first time a learner opened a lesson of their enrolment, by the server's clock.</summary>
public sealed class LessonOpening : Entity
{
    private LessonOpening() { }

    internal LessonOpening(Guid enrollmentId, Guid lessonId, DateTime at) : base(Guid.NewGuid()) =>
        (EnrollmentId, LessonId, OpenedAt) = (enrollmentId, lessonId, at);

    public Guid EnrollmentId { get; private set; }
    public Guid LessonId { get; private set; }
    public DateTime OpenedAt { get; private set; }
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

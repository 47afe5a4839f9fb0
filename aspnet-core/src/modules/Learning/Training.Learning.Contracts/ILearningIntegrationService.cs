namespace Training.Learning;

/// <summary>
/// Learning facts per person and period for other modules (appraisals, the person file, HR exports), computed
/// set-based: a few grouped queries for any number of people.
/// </summary>
public interface ILearningIntegrationService
{
    Task<IReadOnlyList<PersonLearningSummary>> GetSummariesAsync(
        IReadOnlyCollection<Guid> staffIds, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default);

    /// <summary>The exam's owner, title and window, or null when there is no such exam (a contest links its written round by it).</summary>
    Task<ExamReference?> GetExamAsync(Guid examId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Restricts the exam to exactly these people (replaces the list; the same list again changes nothing): only they see it
    /// in "my exams" and may start it. An empty list leaves it restricted to nobody.
    /// </summary>
    Task SetExamAudienceAsync(Guid examId, IReadOnlyCollection<Guid> staffIds, CancellationToken cancellationToken = default);

    /// <summary>Per person with a graded attempt of the exam: the best score (percent), when that attempt was handed in, passed.</summary>
    Task<IReadOnlyList<ExamResult>> GetExamResultsAsync(Guid examId, IReadOnlyCollection<Guid> staffIds, CancellationToken cancellationToken = default);
}

/// <summary>An exam as another module needs it: who owns it (null = the city), its title and window.</summary>
public sealed record ExamReference(Guid Id, Guid? OwnerHallId, string Title, DateTime OpensAt, DateTime ClosesAt, bool IsRestricted);

/// <summary>
/// A person's best graded attempt of an exam: score in percent (two decimals), its hand-in time (earlier wins a tie), and
/// whether any graded attempt passed.
/// </summary>
public sealed record ExamResult(Guid StaffId, double BestScorePercent, DateTime SubmittedAt, bool Passed);

/// <summary>
/// Training hours and completions of courses completed in the period; exams passed and the best score (percent) of
/// attempts graded in the period; the pre-job certificate's state today.
/// </summary>
public sealed record PersonLearningSummary(
    Guid StaffId, double TrainingHours, int CoursesCompleted, int ExamsPassed, int? BestScorePercent,
    CertificateStatus? PreJobCertificate, DateOnly? PreJobCertificateExpiresOn);

/// <summary>Completion and pass rates of one unit (as people belonged when they enrolled or sat).</summary>
public sealed record UnitLearningStatisticsDto(Guid? UnitId, Guid HallId, int Enrolled, int Completed, double CompletionRate,
    int Attempts, int Passed, double PassRate);

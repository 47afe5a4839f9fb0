namespace Training.Learning;

/// <summary>
/// Learning facts per person and period for other modules (appraisals, the person file, HR exports), computed
/// set-based: a few grouped queries for any number of people.
/// </summary>
public interface ILearningIntegrationService
{
    Task<IReadOnlyList<PersonLearningSummary>> GetSummariesAsync(
        IReadOnlyCollection<Guid> staffIds, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default);
}

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

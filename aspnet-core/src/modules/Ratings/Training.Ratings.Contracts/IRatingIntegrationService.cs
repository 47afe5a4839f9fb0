namespace Training.Ratings;

/// <summary>
/// Ratings facts for other modules (appraisals): set-based, one call for many people, windows or units and a date range
/// (both dates included, by the rating's business date). No data scope is applied: callers check theirs. Excluded
/// ratings never count (nor their cases).
/// </summary>
public interface IRatingIntegrationService
{
    Task<IReadOnlyList<RatingFacts>> GetByStaffAsync(IReadOnlyCollection<Guid> staffIds, DateOnly from, DateOnly to,
        CancellationToken cancellationToken = default);

    Task<IReadOnlyList<RatingFacts>> GetByWindowsAsync(IReadOnlyCollection<Guid> windowIds, DateOnly from, DateOnly to,
        CancellationToken cancellationToken = default);

    /// <summary>With the units' survey scores (the mean of the periods overlapping the range).</summary>
    Task<IReadOnlyList<RatingFacts>> GetByUnitsAsync(IReadOnlyCollection<Guid> unitIds, DateOnly from, DateOnly to,
        CancellationToken cancellationToken = default);

    /// <summary>The records behind people's facts, to explain a score: ratings, bad-rating cases and service records.</summary>
    Task<IReadOnlyList<RatingSource>> GetSourcesAsync(IReadOnlyCollection<Guid> staffIds, DateOnly from, DateOnly to,
        CancellationToken cancellationToken = default);
}

/// <summary>
/// The facts of one person, window or unit (every id asked is answered, zeros without data). Satisfaction 0–1 per the
/// settings, null without ratings. Bad ratings: verified real, mistaken or malicious, excluded by an appeal (counted
/// apart; not in the levels), overdue today. Timeliness: callbacks due (real-name, verdict real or pending) and made on
/// time; rectifications due and made on time. <see cref="SurveyScore"/>: units only. Service efficiency: people and
/// units (windows have none).
/// </summary>
public sealed record RatingFacts(
    Guid Id, int VerySatisfied, int Satisfied, int Basic, int Dissatisfied, int VeryDissatisfied, int Total,
    double? SatisfactionRate, double? AveragePoints,
    int Bad, int BadVerifiedReal, int BadMistakenOrMalicious, int Excluded, int Overdue,
    int CallbackDue, int CalledBackOnTime, int RectifyDue, int RectifiedOnTime,
    double? SurveyScore, int CaseVolume, int OnTimeCount);

public enum RatingSourceKind
{
    Rating = 0,
    BadRatingCase = 1,
    ServiceRecord = 2,
}

/// <summary>
/// One record behind a person's facts: a rating (its level and points; <see cref="Excluded"/> when an appeal excluded
/// it), a case (its state), a service record (the month's first day, the case volume as <see cref="Points"/>).
/// </summary>
public sealed record RatingSource(Guid StaffId, RatingSourceKind Kind, Guid Id, DateOnly Date, RatingLevel? Level, double? Points,
    bool Excluded, CaseState? CaseState);

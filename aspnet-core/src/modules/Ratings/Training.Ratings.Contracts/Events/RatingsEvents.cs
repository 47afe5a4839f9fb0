using Training.SharedKernel.Events;

namespace Training.Ratings.Events;

/// <summary>A bad-rating case closed (appraisals recount; the person file notes it). Handlers are idempotent.</summary>
public sealed record BadRatingCaseClosedEto(Guid EventId, 
    Guid CaseId, Guid RatingId, Guid HallId, Guid UnitId, Guid WindowId, Guid? StaffId, CaseVerdict? Verdict,
    bool CalledBackOnTime, bool RectifiedOnTime, DateTime ClosedAt) : IEto;

/// <summary>An appeal excluded a rating: it stops counting in statistics, the integration service and later appraisals.</summary>
public sealed record RatingExcludedEto(Guid EventId, Guid RatingId, Guid AppealId, Guid HallId, Guid UnitId, Guid? StaffId, DateOnly Date, DateTime ExcludedAt) : IEto;

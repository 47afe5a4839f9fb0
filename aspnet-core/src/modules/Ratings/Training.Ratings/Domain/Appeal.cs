using Training.Ratings.Events;
using Training.SharedKernel.Domain;
using Training.SharedKernel.Errors;

namespace Training.Ratings.Domain;

/// <summary>
/// A staff member's (or their unit's) request to exclude a mistaken or malicious rating, with evidence files; the hall
/// manager approves or rejects it with a reason. One open appeal per rating; an approved one excludes the rating
/// (<see cref="Rating.Exclude"/>, in the same transaction).
/// </summary>
public sealed class Appeal : AggregateRoot
{
    private readonly List<AppealEvidence> _evidence = [];

    private Appeal() { }

    public Appeal(Guid id, Guid ratingId, Guid hallId, Guid unitId, Guid? staffId, AppealReason reason, string statement,
        Guid requestedBy, string requestedByName, DateTime requestedAt) : base(id)
    {
        (RatingId, HallId, UnitId, StaffId, Reason) = (ratingId, hallId, unitId, staffId, reason);
        Statement = Check.NotBlank(statement, "statement", RatingsConsts.MaxNoteLength);
        RequestedBy = requestedBy;
        RequestedByName = Check.NotBlank(requestedByName, "requestedByName", RatingsConsts.MaxPersonNameLength);
        RequestedAt = requestedAt;
        State = AppealState.Pending;
    }

    public Guid RatingId { get; private set; }
    public Guid HallId { get; private set; }
    public Guid UnitId { get; private set; }

    /// <summary>The staff member the rating is attributed to (the appeal may come from them or their unit's lead).</summary>
    public Guid? StaffId { get; private set; }

    public AppealReason Reason { get; private set; }
    public string Statement { get; private set; } = "";
    public Guid RequestedBy { get; private set; }
    public string RequestedByName { get; private set; } = "";
    public DateTime RequestedAt { get; private set; }
    public AppealState State { get; private set; }
    public Guid? DecidedBy { get; private set; }
    public string? DecidedByName { get; private set; }
    public string? DecisionReason { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyList<AppealEvidence> Evidence => _evidence;

    public void AddEvidence(Guid fileId, string fileName, long size) => _evidence.Add(new AppealEvidence(Id, fileId, fileName, size));

    /// <summary>Approves: the rating is excluded and <see cref="RatingExcludedEto"/> is written with the appeal, in one transaction.</summary>
    public void Approve(Rating rating, string reason, Guid by, string byName, DateTime at, Guid eventId)
    {
        if (rating.Id != RatingId) throw new ArgumentException("The appeal is about another rating.", nameof(rating));
        if (State != AppealState.Pending) throw new BusinessException(RatingsErrorCodes.AppealDecided) { Kind = ErrorKind.Conflict };
        if (rating.ExcludedAt is not null) throw new BusinessException(RatingsErrorCodes.AlreadyExcluded) { Kind = ErrorKind.Conflict };
        Decide(approve: true, reason, by, byName, at);
        rating.Exclude(Id, at);
        AddEvent(new RatingExcludedEto(eventId, RatingId, Id, rating.HallId, rating.UnitId, rating.StaffId, rating.Date, at));
    }

    public void Reject(string reason, Guid by, string byName, DateTime at) => Decide(approve: false, reason, by, byName, at);

    private void Decide(bool approve, string reason, Guid by, string byName, DateTime at)
    {
        if (State != AppealState.Pending) throw new BusinessException(RatingsErrorCodes.AppealDecided) { Kind = ErrorKind.Conflict };
        State = approve ? AppealState.Approved : AppealState.Rejected;
        DecisionReason = Check.NotBlank(reason, "reason", RatingsConsts.MaxNoteLength);
        (DecidedBy, DecidedByName, DecidedAt) = (by, byName, at);
        Version++;
    }
}

/// <summary>A file attached to an appeal (kept in the file storage; the row names it).</summary>
public sealed class AppealEvidence
{
    private AppealEvidence() { }

    public AppealEvidence(Guid appealId, Guid fileId, string fileName, long size) => (AppealId, FileId, FileName, Size) = (appealId, fileId, fileName, size);

    public Guid AppealId { get; private set; }
    public Guid FileId { get; private set; }
    public string FileName { get; private set; } = "";
    public long Size { get; private set; }
}

using Training.SharedKernel.Domain;
using Training.SharedKernel.Errors;
using Training.Supervision.Events;

namespace Training.Supervision.Domain;

/// <summary>
/// What an inspection found about a person or a window: a catalogue item (the version it was recorded with, its points
/// copied here), a note and photos. Its person or unit may dispute it once, until <see cref="DisputeUntil"/>; the hall
/// manager upholds or withdraws it. It counts while <see cref="FindingState.Recorded"/> (from its recording) or
/// <see cref="FindingState.Upheld"/> (from its <see cref="Date"/>); disputed it does not count, withdrawn never.
/// Commendations are findings too (锦旗、感谢信、好人好事) and cannot be disputed.
/// </summary>
public sealed class Finding : AggregateRoot
{
    private readonly List<FindingPhoto> _photos = [];

    private Finding() { }

    public Finding(Guid id, Guid inspectionId, CatalogueItem item, FindingTarget target, Guid hallId, Guid unitId,
        Guid? windowId, Guid? staffId, DateOnly date, string? note, Guid recordedBy, string recordedByName,
        DateTime recordedAt, DateOnly disputeUntil, Guid? clientKey) : base(id)
    {
        if (!item.IsCurrent || item.IsRetired)
            throw new BusinessException(SupervisionErrorCodes.CatalogueItemRetired, item.NameZh);
        if (target == FindingTarget.Person && staffId is null) throw new BusinessException(CommonErrorCodes.Required, "staffId");
        if (target == FindingTarget.Window && windowId is null) throw new BusinessException(CommonErrorCodes.Required, "windowId");
        InspectionId = inspectionId;
        (CatalogueItemId, ItemCode, ItemVersion, Kind, Category) = (item.Id, item.Code, item.Version, item.Kind, item.Category);
        (PersonPoints, UnitPoints) = (target == FindingTarget.Person ? item.PersonPoints : 0, item.UnitPoints);
        (Target, HallId, UnitId, WindowId, StaffId) = (target, hallId, unitId, windowId, target == FindingTarget.Person ? staffId : null);
        Date = date;
        Note = Check.Optional(note, "note", SupervisionConsts.MaxNoteLength);
        RecordedBy = recordedBy;
        RecordedByName = Check.NotBlank(recordedByName, "recordedByName", SupervisionConsts.MaxPersonNameLength);
        RecordedAt = recordedAt;
        DisputeUntil = disputeUntil;
        ClientKey = clientKey;
        State = FindingState.Recorded;
    }

    public Guid InspectionId { get; private set; }
    public Guid CatalogueItemId { get; private set; }
    public string ItemCode { get; private set; } = "";
    public int ItemVersion { get; private set; }
    public CatalogueKind Kind { get; private set; }
    public CatalogueCategory Category { get; private set; }

    /// <summary>The version's points for the person (0 for a finding against a window).</summary>
    public double PersonPoints { get; private set; }

    /// <summary>The version's points for the unit (a finding against a person counts for their unit too).</summary>
    public double UnitPoints { get; private set; }

    public FindingTarget Target { get; private set; }
    public Guid HallId { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid? WindowId { get; private set; }
    public Guid? StaffId { get; private set; }

    /// <summary>The day it was found (the inspection's day, or the day a commendation came in).</summary>
    public DateOnly Date { get; private set; }

    public string? Note { get; private set; }
    public Guid RecordedBy { get; private set; }
    public string RecordedByName { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }

    /// <summary>The last day a dispute is taken (working days after the recording, per the hall's setting).</summary>
    public DateOnly DisputeUntil { get; private set; }

    public FindingState State { get; private set; }
    public string? DisputeReason { get; private set; }
    public Guid? DisputedBy { get; private set; }
    public string? DisputedByName { get; private set; }
    public DateTime? DisputedAt { get; private set; }
    public string? DecisionReason { get; private set; }
    public Guid? DecidedBy { get; private set; }
    public string? DecidedByName { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public Guid? ClientKey { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyList<FindingPhoto> Photos => _photos;

    /// <summary>Whether it counts now (appraisals, statistics, bulletins).</summary>
    public static bool CountsIn(FindingState state) => state is FindingState.Recorded or FindingState.Upheld;

    /// <summary>A photo, named by the SHA-256 of the bytes as uploaded, so that the same upload retried is stored once.</summary>
    public void AddPhoto(Guid fileId, string fileName, long size, int width, int height, string contentHash)
    {
        if (_photos.Count >= SupervisionConsts.MaxPhotosPerFinding)
            throw new BusinessException(CommonErrorCodes.TooManyItems, "photos", SupervisionConsts.MaxPhotosPerFinding);
        _photos.Add(new FindingPhoto(Id, fileId, Check.NotBlank(fileName, "fileName", SupervisionConsts.MaxNameLength), size, width, height,
            Check.NotBlank(contentHash, "contentHash", SupervisionConsts.ContentHashLength)));
    }

    /// <summary>Once, before <see cref="DisputeUntil"/> (the caller's "today" in the hall's time zone).</summary>
    public void Dispute(string reason, Guid by, string byName, DateTime at, DateOnly today)
    {
        if (Kind == CatalogueKind.Commendation) throw new BusinessException(SupervisionErrorCodes.CommendationNotDisputable);
        if (DisputedAt is not null) throw new BusinessException(SupervisionErrorCodes.FindingDisputed) { Kind = ErrorKind.Conflict };
        if (today > DisputeUntil) throw new BusinessException(SupervisionErrorCodes.DisputeClosed, DisputeUntil.ToString("yyyy-MM-dd")) { Kind = ErrorKind.Conflict };
        DisputeReason = Check.NotBlank(reason, "reason", SupervisionConsts.MaxNoteLength);
        (DisputedBy, DisputedByName, DisputedAt) = (by, Check.NotBlank(byName, "disputedByName", SupervisionConsts.MaxPersonNameLength), at);
        State = FindingState.Disputed;
        Version++;
    }

    /// <summary>Upheld: it counts again, from its date; <see cref="FindingUpheldEto"/> is written in the same transaction.</summary>
    public void Uphold(string reason, Guid by, string byName, DateTime at, Guid eventId)
    {
        Decide(FindingState.Upheld, reason, by, byName, at);
        AddEvent(new FindingUpheldEto(eventId, Id, HallId, UnitId, StaffId, Category, Date, at));
    }

    /// <summary>Withdrawn: it never counts; <see cref="FindingWithdrawnEto"/> is written in the same transaction.</summary>
    public void Withdraw(string reason, Guid by, string byName, DateTime at, Guid eventId)
    {
        Decide(FindingState.Withdrawn, reason, by, byName, at);
        AddEvent(new FindingWithdrawnEto(eventId, Id, HallId, UnitId, StaffId, Category, Date, at));
    }

    private void Decide(FindingState outcome, string reason, Guid by, string byName, DateTime at)
    {
        if (State != FindingState.Disputed) throw new BusinessException(SupervisionErrorCodes.DisputeNotPending) { Kind = ErrorKind.Conflict };
        DecisionReason = Check.NotBlank(reason, "reason", SupervisionConsts.MaxNoteLength);
        (DecidedBy, DecidedByName, DecidedAt) = (by, Check.NotBlank(byName, "decidedByName", SupervisionConsts.MaxPersonNameLength), at);
        State = outcome;
        Version++;
    }
}

/// <summary>A photo of a finding: stored re-encoded (EXIF, location included, gone), named by its file in the storage.</summary>
public sealed class FindingPhoto
{
    private FindingPhoto() { }

    public FindingPhoto(Guid findingId, Guid fileId, string fileName, long size, int width, int height, string contentHash) =>
        (FindingId, FileId, FileName, Size, Width, Height, ContentHash) = (findingId, fileId, fileName, size, width, height, contentHash);

    public Guid FindingId { get; private set; }
    public Guid FileId { get; private set; }
    public string FileName { get; private set; } = "";
    public long Size { get; private set; }
    public int Width { get; private set; }
    public int Height { get; private set; }

    /// <summary>SHA-256 (hex) of the bytes as uploaded, before re-encoding: a retried upload of the same photo matches it.</summary>
    public string ContentHash { get; private set; } = "";
}

using Training.SharedKernel.Domain;

namespace Training.Attendance.Domain;

/// <summary>
/// One uploaded punch file and its import job: the device and hall it belongs to (scope), the stored file, where the job
/// stands and what the lines came to. Good lines are stored as they are read (ADR 0004), so the counts grow while the
/// job runs and the page shows them as progress.
/// </summary>
public sealed class PunchImport : AggregateRoot
{
    private PunchImport() { }

    public PunchImport(Guid fileId, string fileName, PunchFileFormat format, Guid deviceId, string deviceSerial, Guid hallId, string? createdByName)
        : base(Guid.NewGuid())
    {
        FileId = fileId;
        FileName = fileName;
        Format = format;
        DeviceId = deviceId;
        DeviceSerial = deviceSerial;
        HallId = hallId;
        CreatedByName = createdByName;
        Status = PunchImportStatus.Queued;
    }

    public Guid FileId { get; private set; }
    public string FileName { get; private set; } = "";
    public PunchFileFormat Format { get; private set; }
    public Guid DeviceId { get; private set; }
    public string DeviceSerial { get; private set; } = "";
    public Guid HallId { get; private set; }
    public string? CreatedByName { get; private set; }
    public PunchImportStatus Status { get; private set; }
    public int? TotalLines { get; private set; }
    public int LinesRead { get; private set; }
    public int NewCount { get; private set; }
    public int DuplicateCount { get; private set; }

    /// <summary>Lines listed instead of stored, unknown users included.</summary>
    public int BadCount { get; private set; }

    public int UnknownUserCount { get; private set; }

    /// <summary>New punches of a closed month: stored and flagged, counted only after a reopen.</summary>
    public int FlaggedCount { get; private set; }

    /// <summary>Why the whole file failed (not a line's problem): the localized message at the time.</summary>
    public string? Failure { get; private set; }

    public DateTime? StartedAt { get; private set; }
    public DateTime? FinishedAt { get; private set; }

    public bool IsFinished => Status is PunchImportStatus.Completed or PunchImportStatus.Failed;

    /// <summary>(Re)starts from the first line: a job run again after a crash counts again, and stored punches turn up as duplicates.</summary>
    public void Start(DateTime now, int? totalLines)
    {
        Status = PunchImportStatus.Running;
        StartedAt = now;
        TotalLines = totalLines;
        LinesRead = NewCount = DuplicateCount = BadCount = UnknownUserCount = FlaggedCount = 0;
        Failure = null;
        FinishedAt = null;
    }

    public void Progress(int linesRead, int inserted, int duplicates, int bad, int unknownUsers, int flagged)
    {
        LinesRead = linesRead;
        NewCount = inserted;
        DuplicateCount = duplicates;
        BadCount = bad;
        UnknownUserCount = unknownUsers;
        FlaggedCount = flagged;
    }

    public void Complete(DateTime now)
    {
        Status = PunchImportStatus.Completed;
        TotalLines = LinesRead;
        FinishedAt = now;
    }

    public void Fail(DateTime now, string failure)
    {
        Status = PunchImportStatus.Failed;
        Failure = failure.Length > AttendanceConsts.MaxReasonLength ? failure[..AttendanceConsts.MaxReasonLength] : failure;
        FinishedAt = now;
    }
}

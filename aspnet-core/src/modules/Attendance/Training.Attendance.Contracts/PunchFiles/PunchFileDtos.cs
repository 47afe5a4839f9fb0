using System.ComponentModel.DataAnnotations;
using Training.SharedKernel.Paging;

namespace Training.Attendance;

/// <summary>How a punch file is read: the devices' attlog text (built-in columns), or .csv / .xlsx through the model's mapping.</summary>
public enum PunchFileFormat { Attlog, Csv, Xlsx }

public enum PunchImportStatus { Queued, Running, Completed, Failed }

/// <summary>
/// Which column (1-based) of a device model's .csv or .xlsx export holds what, the time format, the header rows to skip
/// and the .csv delimiter. The attlog text needs none: its columns are fixed.
/// </summary>
public sealed record PunchColumnMappingDto(
    Guid Id, string Model, int HeaderRows, string Delimiter, int UserIdColumn, int TimeColumn, int? VerifyModeColumn,
    int? StateColumn, int? WorkCodeColumn, int? SerialColumn, string TimeFormat, DateTime? ModifiedAt);

public sealed record SavePunchColumnMappingInput
{
    public const int MaxColumn = 100;
    public const int MaxHeaderRows = 20;
    public const int MaxTimeFormatLength = 32;

    [Required, StringLength(AttendanceConsts.MaxNameLength, MinimumLength = 1)]
    public string Model { get; init; } = "";

    [Range(0, MaxHeaderRows)]
    public int HeaderRows { get; init; }

    /// <summary>"," ";" "|" or "\t" (the tab character).</summary>
    [Required, StringLength(1, MinimumLength = 1)]
    public string Delimiter { get; init; } = ",";

    [Range(1, MaxColumn)]
    public int UserIdColumn { get; init; }

    [Range(1, MaxColumn)]
    public int TimeColumn { get; init; }

    [Range(1, MaxColumn)]
    public int? VerifyModeColumn { get; init; }

    [Range(1, MaxColumn)]
    public int? StateColumn { get; init; }

    [Range(1, MaxColumn)]
    public int? WorkCodeColumn { get; init; }

    /// <summary>A column naming the device's serial on every line (the file's device is then read from it).</summary>
    [Range(1, MaxColumn)]
    public int? SerialColumn { get; init; }

    /// <summary>A .NET exact date-time format such as <c>yyyy-MM-dd HH:mm:ss</c> or <c>yyyy/M/d H:mm</c>.</summary>
    [Required, StringLength(MaxTimeFormatLength, MinimumLength = 1)]
    public string TimeFormat { get; init; } = "yyyy-MM-dd HH:mm:ss";
}

/// <summary>One punch file's import: its device, where it stands, and what its lines came to.</summary>
public sealed record PunchImportDto(
    Guid Id, string FileName, PunchFileFormat Format, Guid DeviceId, string DeviceSerial, Guid HallId, PunchImportStatus Status,
    int? TotalLines, int LinesRead, int NewCount, int DuplicateCount, int BadCount, int UnknownUserCount, int FlaggedCount,
    string? Failure, string? CreatedByName, DateTime CreatedAt, DateTime? StartedAt, DateTime? FinishedAt);

/// <summary>A line that was not stored: its number in the file, why, and its text to fix and import again.</summary>
public sealed record PunchImportLineDto(int LineNumber, string Code, string Message, string Text);

public sealed record PunchImportListInput : PagedRequest
{
    public Guid? DeviceId { get; init; }
}

public sealed record PunchImportLinesInput : PagedRequest;

/// <summary>A stored punch as the punch list shows it: the device's reading, the corrected instant and business date.</summary>
public sealed record PunchDto(
    long Id, Guid StaffId, string DeviceSerial, string DeviceUserId, DateTime RawLocalTime, DateTime At, DateOnly Date, int VerifyMode,
    int State, PunchSource Source, bool ArrivedAfterClose, Guid? ImportId);

/// <summary>One person's punches from … to (local business dates, both inclusive; at most a year).</summary>
public sealed record PunchListInput : PagedRequest
{
    [Required]
    public Guid StaffId { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }
}

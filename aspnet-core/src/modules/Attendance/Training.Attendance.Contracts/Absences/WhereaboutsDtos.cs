using System.ComponentModel.DataAnnotations;
using Training.SharedKernel.Paging;

namespace Training.Attendance;

public sealed record OpenNoteInput(
    [property: Required, StringLength(AttendanceConsts.MaxReasonLength)] string Destination,
    DateTime ExpectedBackAt);

/// <param name="IsOverdue">Still open after the expected return.</param>
public sealed record WhereaboutsNoteDto(
    Guid Id, Guid StaffId, string StaffNumber, string StaffName, Guid? UnitId, Guid? WindowId, string? WindowCode,
    string Destination, DateTime LeftAt, DateTime ExpectedBackAt, DateTime? ReturnedAt, DateOnly Date, bool IsOverdue);

/// <summary>The caller's open note (if any) and today's notes.</summary>
public sealed record MyWhereaboutsDto(WhereaboutsNoteDto? Open, IReadOnlyList<WhereaboutsNoteDto> Today);

public sealed record NoteListInput : PagedRequest
{
    public Guid? UnitId { get; init; }
    public Guid? StaffId { get; init; }

    /// <summary>The local date (today when empty).</summary>
    public DateOnly? Date { get; init; }
}

using System.ComponentModel.DataAnnotations;
using Training.SharedKernel.Paging;

namespace Training.Ratings;

/// <summary>An appeal: the rating it is about (no citizen data), who asked and why, the evidence, and the decision.</summary>
public sealed record AppealDto(
    Guid Id, Guid RatingId, string CaseNumber, RatingLevel Level, DateOnly RatingDate, string? Comment,
    Guid HallId, Guid UnitId, string UnitName, Guid? StaffId, string? StaffNumber, string? StaffName,
    AppealReason Reason, string Statement, string RequestedByName, DateTime RequestedAt,
    AppealState State, string? DecidedByName, string? DecisionReason, DateTime? DecidedAt,
    IReadOnlyList<AppealEvidenceDto> Evidence, int Version);

public sealed record AppealEvidenceDto(Guid FileId, string FileName, long Size);

/// <summary>Appeals in the caller's scope: one's own (staff), the units led (leads), the hall (managers). Sorting: <c>requestedAt</c>, <c>decidedAt</c>.</summary>
public sealed record AppealListInput : PagedRequest
{
    public AppealState? State { get; init; }
    public Guid? UnitId { get; init; }
    public Guid? StaffId { get; init; }
    public Guid? RatingId { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
}

/// <summary>The hall manager's decision, with a reason of at least <c>Ratings.ReasonMinLength</c> characters.</summary>
public sealed record DecideAppealInput(
    [property: Range(0, int.MaxValue)] int Version,
    bool Approve,
    [property: Required, StringLength(RatingsConsts.MaxNoteLength)] string Reason);

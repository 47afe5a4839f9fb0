using System.ComponentModel.DataAnnotations;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Validation;

namespace Training.Ratings;

/// <summary>
/// The citizen or enterprise behind a rating as everyone but the callback's handler sees it (张*, 138****5678; an
/// enterprise's name is public). <see cref="Removed"/>: the rating was real-name but the data is gone after the
/// retention period. A distinct type from <see cref="RaterDto"/>, so a masked answer can never carry a phone by mistake.
/// </summary>
public sealed record MaskedRaterDto(RaterKind Kind, string? MaskedName, string? MaskedPhone, string? EnterpriseName, string? MaskedCreditCode, bool Removed);

/// <summary>The rater in full: only for the handler of the rating's callback, in an audited read.</summary>
public sealed record RaterDto(RaterKind Kind, string? Name, string? Phone, string? EnterpriseName, string? CreditCode, bool Removed);

/// <summary>A rating as lists show it: names resolved, the rater masked, its case and exclusion when it has them.</summary>
public sealed record RatingDto(
    Guid Id, RatingChannel Channel, string CaseNumber, RatingLevel Level, bool IsBad, string? Comment, DateTime RatedAt, DateOnly Date,
    Guid HallId, Guid UnitId, string UnitName, Guid WindowId, string WindowCode, string WindowName,
    Guid? MatterId, string? MatterCode, string? MatterName,
    Guid? StaffId, string? StaffNumber, string? StaffName, Attribution Attribution, IReadOnlyList<RatingCandidateDto> Candidates,
    IReadOnlyList<string> Tags, MaskedRaterDto? Rater, bool IsRealName,
    Guid? CaseId, CaseState? CaseState, bool Excluded, DateTime? ExcludedAt);

public sealed record RatingCandidateDto(Guid StaffId, string StaffNumber, string Name);

/// <summary>The ratings in scope, filtered on the server.</summary>
public sealed record RatingListInput : PagedRequest
{
    public Guid? HallId { get; init; }
    public Guid? UnitId { get; init; }
    public Guid? WindowId { get; init; }
    public Guid? StaffId { get; init; }
    public Guid? MatterId { get; init; }
    public Guid? TagId { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public RatingLevel? Level { get; init; }
    public bool? BadOnly { get; init; }
    public bool? NeedsAttribution { get; init; }
    public bool? Excluded { get; init; }
    public RatingChannel? Channel { get; init; }

    /// <summary>Part of a case number.</summary>
    [StringLength(MaxFilterLength)]
    public string? Filter { get; init; }
}

/// <summary>A lead names who served, among the people who could have been at the window.</summary>
public sealed record AttributeRatingInput(Guid StaffId);

// ---- The rating pads' device API ----

/// <summary>A batch of ratings from a window's pad: at most <see cref="RatingsConsts.MaxBatch"/>.</summary>
public sealed record PushRatingsInput(
    [property: Required, MinLength(1), MaxLength(RatingsConsts.MaxBatch)] IReadOnlyList<PushedRating> Ratings);

/// <summary>
/// One rating, identified by the pad's <see cref="EventId"/> (a resend of the same id is a duplicate, not a second rating).
/// <see cref="Window"/> is the window's code in the pad's hall (default: the pad's own window). <see cref="At"/> is ISO
/// 8601: with an offset or Z an instant, without one the hall's local time. <see cref="StaffNumber"/> when the pad knows
/// who served; otherwise the person at the window at that instant is looked up. <see cref="Tags"/> are tag codes.
/// </summary>
public sealed record PushedRating(
    [property: Required, StringLength(RatingsConsts.MaxEventIdLength)] string EventId,
    [property: Required, StringLength(RatingsConsts.MaxCaseNumberLength)] string CaseNumber,
    [property: Range(1, 5)] int Level,
    [property: Required, StringLength(40)] string At,
    [property: StringLength(64)] string? Window = null,
    [property: StringLength(RatingsConsts.MaxCodeLength)] string? MatterCode = null,
    [property: MaxLength(RatingsConsts.MaxTagsPerRating), ItemMaxLength(RatingsConsts.MaxCodeLength)] IReadOnlyList<string>? Tags = null,
    [property: StringLength(RatingsConsts.MaxCommentLength)] string? Comment = null,
    [property: StringLength(32)] string? StaffNumber = null,
    RaterKind RaterKind = RaterKind.Anonymous,
    [property: StringLength(RatingsConsts.MaxPersonNameLength)] string? RaterName = null,
    [property: StringLength(RatingsConsts.MaxPhoneLength)] string? RaterPhone = null,
    [property: StringLength(RatingsConsts.MaxNameLength)] string? EnterpriseName = null,
    [property: StringLength(RatingsConsts.MaxCreditCodeLength)] string? CreditCode = null);

/// <summary>One answer per rating, in the order sent: stored, duplicate (that event id is already stored) or refused with the reason.</summary>
public sealed record PushedRatingResult(int Index, PushItemOutcome Outcome, string? Code, string? Message);

public sealed record PushRatingsResultDto(int Stored, int Duplicate, int Refused, IReadOnlyList<PushedRatingResult> Results);

// ---- The public QR page ----

/// <summary>What the QR page of a window shows: where the citizen is and what they can choose.</summary>
public sealed record PublicWindowDto(Guid WindowId, string HallName, string UnitName, string WindowCode, string WindowName,
    IReadOnlyList<PublicMatterDto> Matters, IReadOnlyList<PublicTagDto> Tags);

public sealed record PublicMatterDto(string Code, string Name);

public sealed record PublicTagDto(string Code, string NameZh, string NameEn);

/// <summary>
/// A citizen's rating from the QR page. <see cref="SubmissionId"/> is made by the page once per form (a double tap or
/// a retry after a lost answer sends the same id and gets the same answer).
/// </summary>
public sealed record PublicRatingInput(
    Guid WindowId,
    [property: Required, StringLength(RatingsConsts.MaxEventIdLength, MinimumLength = 8)] string SubmissionId,
    [property: Required, StringLength(RatingsConsts.MaxCaseNumberLength)] string CaseNumber,
    [property: Range(1, 5)] int Level,
    [property: StringLength(RatingsConsts.MaxCodeLength)] string? MatterCode = null,
    [property: MaxLength(RatingsConsts.MaxTagsPerRating), ItemMaxLength(RatingsConsts.MaxCodeLength)] IReadOnlyList<string>? Tags = null,
    [property: StringLength(RatingsConsts.MaxCommentLength)] string? Comment = null,
    RaterKind RaterKind = RaterKind.Anonymous,
    [property: StringLength(RatingsConsts.MaxPersonNameLength)] string? RaterName = null,
    [property: StringLength(RatingsConsts.MaxPhoneLength)] string? RaterPhone = null,
    [property: StringLength(RatingsConsts.MaxNameLength)] string? EnterpriseName = null,
    [property: StringLength(RatingsConsts.MaxCreditCodeLength)] string? CreditCode = null);

/// <summary>The QR page's answer: stored (or already stored under this submission id), and whether it opened a case.</summary>
public sealed record PublicRatingResultDto(bool Stored, bool Duplicate, bool OpensCase);

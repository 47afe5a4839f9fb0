using System.ComponentModel.DataAnnotations;
using Training.SharedKernel.Paging;

namespace Training.Ratings;

/// <summary>
/// The bad-rating workbench's list, in the caller's scope. <see cref="Mine"/>: the caller is the handler.
/// <see cref="Overdue"/> and <see cref="DueToday"/> look at the step the case waits for (callback, rectification), with
/// today in Asia/Shanghai. <see cref="From"/>/<see cref="To"/> bound the date the case opened.
/// Sorting: <c>callbackDue</c>, <c>rectifyDue</c>, <c>openedAt</c> (default <c>rectifyDue asc</c>).
/// </summary>
public sealed record CaseListInput : PagedRequest
{
    public bool? Mine { get; init; }
    public CaseState? State { get; init; }
    public bool? Overdue { get; init; }
    public bool? DueToday { get; init; }
    public Guid? HallId { get; init; }
    public Guid? UnitId { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
}

/// <summary>The rating behind a case, with names resolved, the rater masked and its exclusion.</summary>
public sealed record CaseRatingDto(
    Guid Id, RatingChannel Channel, string CaseNumber, RatingLevel Level, string? Comment, DateTime RatedAt, DateOnly Date,
    Guid UnitId, string UnitName, Guid WindowId, string WindowCode, string WindowName,
    Guid? StaffId, string? StaffNumber, string? StaffName, bool IsRealName, MaskedRaterDto? Rater, bool Excluded, DateTime? ExcludedAt);

/// <summary>
/// One case of the workbench. <see cref="CallbackOverdue"/>/<see cref="RectifyOverdue"/>: the step is still to do and
/// its deadline has passed (today in Asia/Shanghai). <see cref="Version"/> goes back with every action (optimistic
/// concurrency: an action on a case someone changed meanwhile answers 409).
/// </summary>
public sealed record CaseDto(
    Guid Id, CaseRatingDto Rating, CaseState State, DateTime OpenedAt, DateOnly OpenedDate, DateOnly CallbackDue, DateOnly RectifyDue,
    bool CallbackOverdue, bool RectifyOverdue, Guid? HandlerUserId, string? HandlerName, bool IsMine, CaseVerdict? Verdict,
    DateTime? OverdueNotifiedAt, int Version);

/// <summary>The citizen's follow-up evaluation 回访评价 (its own record, not a second rating).</summary>
public sealed record FollowUpDto(RatingLevel Level, bool Satisfied, string? Comment, FollowUpSource Source, DateTime At);

/// <summary>The appeal of the case's rating (the latest), as the workbench shows it.</summary>
public sealed record CaseAppealDto(Guid Id, AppealReason Reason, AppealState State, DateTime RequestedAt, string RequestedByName,
    string? DecisionReason, DateTime? DecidedAt);

/// <summary>
/// A case with every step's note and time, the follow-up and the appeal. <see cref="RaterInFull"/>: the citizen's
/// name and phone, only for the case's handler (the read is audited), null for everyone else, who see the masked rater
/// of the rating. <see cref="ClosedByAppealId"/>: an approved appeal excluded the rating and closed the case.
/// </summary>
public sealed record CaseDetailDto(
    CaseDto Case,
    RaterDto? RaterInFull,
    string? VerificationNote, DateTime? VerifiedAt,
    string? CallbackNote, DateTime? CalledBackAt,
    string? RectificationNote, DateTime? RectifiedAt,
    string? Reply, DateTime? RepliedAt, DateTime? FollowUpLinkExpiresAt,
    DateTime? ClosedAt, Guid? ClosedByAppealId,
    FollowUpDto? FollowUp, CaseAppealDto? Appeal);

/// <summary>The version the caller saw (take, close).</summary>
public sealed record CaseVersionInput([property: Range(0, int.MaxValue)] int Version);

/// <summary>Verification: real, mistaken or malicious, with a note of at least <c>Ratings.ReasonMinLength</c> characters.</summary>
public sealed record VerifyCaseInput(
    [property: Range(0, int.MaxValue)] int Version,
    CaseVerdict Verdict,
    [property: Required, StringLength(RatingsConsts.MaxNoteLength)] string Note);

/// <summary>A step's note: what the callback found, what was rectified.</summary>
public sealed record CaseNoteInput(
    [property: Range(0, int.MaxValue)] int Version,
    [property: Required, StringLength(RatingsConsts.MaxNoteLength)] string Note);

/// <summary>The public reply 答复 (shown on the disclosure page), at least <c>Ratings.ReasonMinLength</c> characters.</summary>
public sealed record ReplyCaseInput(
    [property: Range(0, int.MaxValue)] int Version,
    [property: Required, StringLength(RatingsConsts.MaxNoteLength)] string Reply);

/// <summary>The reply stored, and the citizen's follow-up link's token: shown this once (only its SHA-256 is kept).</summary>
public sealed record CaseReplyResultDto(CaseDetailDto Case, string FollowUpToken, DateTime FollowUpLinkExpiresAt);

/// <summary>The citizen's follow-up evaluation as the handler records it during the follow-up call.</summary>
public sealed record RecordFollowUpInput(
    [property: Range(0, int.MaxValue)] int Version,
    [property: Range(1, 5)] int Level,
    [property: StringLength(RatingsConsts.MaxCommentLength)] string? Comment = null);

// ---- The citizen's follow-up page (anonymous, reached through the link the reply opened) ----
// The link's token travels in the body, never in an API URL: request logs and audit rows record paths.

/// <summary>The follow-up link's token: 32 random bytes in base64url.</summary>
public static class FollowUpLink
{
    public const int TokenLength = 43;
}

/// <summary>The link's token, to open the follow-up page.</summary>
public sealed record PublicFollowUpLinkInput(
    [property: Required, StringLength(FollowUpLink.TokenLength, MinimumLength = FollowUpLink.TokenLength)] string Token);

/// <summary>What the follow-up page shows: where and when, and the reply. Nothing personal.</summary>
public sealed record PublicFollowUpDto(string HallName, string UnitName, string WindowCode, string WindowName, DateOnly Date,
    string Reply, DateTime RepliedAt, bool Recorded);

/// <summary>The citizen's follow-up evaluation through the link: one per case.</summary>
public sealed record PublicFollowUpInput(
    [property: Required, StringLength(FollowUpLink.TokenLength, MinimumLength = FollowUpLink.TokenLength)] string Token,
    [property: Range(1, 5)] int Level,
    [property: StringLength(RatingsConsts.MaxCommentLength)] string? Comment = null);

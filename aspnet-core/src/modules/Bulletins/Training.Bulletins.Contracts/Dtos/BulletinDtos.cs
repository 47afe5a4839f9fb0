using System.ComponentModel.DataAnnotations;
using Training.Bulletins.Kinds;
using Training.SharedKernel.Paging;

namespace Training.Bulletins;

public enum BulletinState { Rendering = 0, Draft = 1, Failed = 2, Published = 3, Withdrawn = 4 }

public sealed record BulletinKindDto(
    string Code, string NameZhHans, string NameEn, IReadOnlyList<BulletinPeriodKind> PeriodKinds, IReadOnlyList<BulletinScope> Scopes,
    bool NeedsClosedPeriod, string? Cron, bool ScheduleEnabled, IReadOnlyList<DateTime> NextRunsUtc);

public sealed record BulletinDto(
    Guid Id, string Kind, string KindNameZhHans, string KindNameEn, string Title, BulletinScope Scope, Guid? HallId, string? HallName,
    BulletinPeriodKind PeriodKind, int Year, int? Month, string PeriodLabelZhHans, string PeriodLabelEn, BulletinState State,
    string? NumberText, string IssuingBody, DateOnly? IssuedOn, DateTime? PublishedAt, DateTime? WithdrawnAt, string? WithdrawReason,
    int? PageCount, long? Size, string? Sha256, string? VerificationCode, int ProgressDone, int ProgressTotal, string? FailureCode,
    string? FailureMessage, DateTime CreatedAt);

public sealed record BulletinListInput : PagedRequest
{
    [StringLength(64)] public string? Kind { get; init; }
    [Range(2000, 2100)] public int? Year { get; init; }
    public BulletinState? State { get; init; }
    public Guid? HallId { get; init; }
}

public sealed class GenerateBulletinInput
{
    [Required, StringLength(64)] public string Kind { get; set; } = "";
    public BulletinScope Scope { get; set; } = BulletinScope.Hall;
    public Guid? HallId { get; set; }
    public BulletinPeriodKind PeriodKind { get; set; } = BulletinPeriodKind.Month;
    [Range(2000, 2100)] public int Year { get; set; }
    [Range(1, 12)] public int? Month { get; set; }
}

public sealed class WithdrawBulletinInput
{
    [Required, StringLength(500)] public string Reason { get; set; } = "";
}

public sealed class UpdateBulletinScheduleInput
{
    [Required, StringLength(64)] public string Cron { get; set; } = "";
    public bool Enabled { get; set; } = true;
}

/// <summary>What the public verification page may say of a document: nothing personal.</summary>
public sealed record DocumentVerificationDto(
    bool Found, string? KindNameZhHans = null, string? KindNameEn = null, string? Title = null, string? NumberText = null,
    string? IssuingBody = null, DateOnly? IssuedOn = null, string? Sha256 = null, BulletinState? State = null, string? WithdrawReason = null,
    DateTime? WithdrawnAt = null);

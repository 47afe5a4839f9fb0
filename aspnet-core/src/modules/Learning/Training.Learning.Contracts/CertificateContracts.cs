using System.ComponentModel.DataAnnotations;
using Training.SharedKernel.Events;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Settings;

namespace Training.Learning;

/// <summary>岗前培训合格证 (pre-job), or a certificate of another course.</summary>
public enum CertificateKind { PreJob, Course }

/// <summary>Earned in the portal, or recorded from an earlier paper certificate by import.</summary>
public enum CertificateSource { Earned, Imported }

public enum CertificateStatus { Valid, Expired, Revoked }

public static class LearningCertificatePermissions
{
    public const string Default = "Learning.Certificates";
    public const string Manage = "Learning.Certificates.Manage";
}

public static class LearningSettings
{
    /// <summary>DOMAIN: each certificate has a validity period (configurable).</summary>
    public const string CertificateValidityMonths = "Learning.Certificates.ValidityMonths";

    /// <summary>How many days before expiry the holder and their lead are reminded.</summary>
    public const string CertificateReminderDays = "Learning.Certificates.ReminderDays";

    /// <summary>A save or submit this many seconds after the deadline still counts (a slow network, not extra time).</summary>
    public const string ExamGraceSeconds = "Learning.Exams.GraceSeconds";
}

public sealed class LearningSettingDefinitions : ISettingDefinitionProvider
{
    public IEnumerable<SettingDefinition> Define() =>
    [
        new(LearningSettings.CertificateValidityMonths, "36", SettingType.Int, "合格证有效期（月）", "Certificate validity (months)",
            Min: 1, Max: 240, Source: "DOMAIN.md: Certificates — validity period, configurable"),
        new(LearningSettings.CertificateReminderDays, "30", SettingType.Int, "合格证到期提前提醒（天）", "Remind before certificate expiry (days)", Min: 1, Max: 365),
        new(LearningSettings.ExamGraceSeconds, "30", SettingType.Int, "交卷网络宽限（秒）", "Network grace after an exam deadline (seconds)", Min: 0, Max: 300),
    ];
}

public sealed record CertificateDto(
    Guid Id, string Code, Guid StaffId, string HolderName, CertificateKind Kind, string Title, CertificateSource Source,
    DateOnly IssuedOn, DateOnly? ExpiresOn, CertificateStatus Status, DateTime? RevokedAt, string? RevokedReason);

public sealed record CertificateListInput : PagedRequest
{
    public Guid? StaffId { get; init; }
    public CertificateKind? Kind { get; init; }
    public CertificateStatus? Status { get; init; }
}

public sealed record RevokeCertificateInput([property: Required, StringLength(500)] string Reason);

/// <summary>What the public verification page shows: genuine or not, its state, and the holder's name partly masked.</summary>
public sealed record CertificateVerificationDto(bool Genuine, CertificateStatus? Status, string? Title, string? HolderMasked,
    DateOnly? IssuedOn, DateOnly? ExpiresOn);

public sealed record CertificateImportResultDto(int Created, int Updated, int Unchanged);

public sealed record CertificateIssuedEto(Guid EventId, Guid CertificateId, Guid StaffId, CertificateKind Kind, DateOnly IssuedOn, DateOnly? ExpiresOn) : IEto;

public sealed record CertificateRevokedEto(Guid EventId, Guid CertificateId, Guid StaffId, CertificateKind Kind, string Reason) : IEto;

using System.ComponentModel.DataAnnotations;
using Training.SharedKernel.Paging;

namespace Training.Learning;

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

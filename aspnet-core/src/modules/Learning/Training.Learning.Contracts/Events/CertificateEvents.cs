using Training.SharedKernel.Events;

namespace Training.Learning;

public sealed record CertificateIssuedEto(Guid EventId, Guid CertificateId, Guid StaffId, CertificateKind Kind, DateOnly IssuedOn, DateOnly? ExpiresOn) : IEto;

public sealed record CertificateRevokedEto(Guid EventId, Guid CertificateId, Guid StaffId, CertificateKind Kind, string Reason) : IEto;

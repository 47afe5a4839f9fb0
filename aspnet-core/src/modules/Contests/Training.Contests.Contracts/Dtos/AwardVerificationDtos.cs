namespace Training.Contests;

/// <summary>
/// The public verification page's answer for an award certificate's code: whether it is genuine and, if so, the contest,
/// the tier, the issue date and a masked name — nothing more.
/// </summary>
public sealed record AwardCertificateVerificationDto(bool Genuine, string? ContestTitle, AwardTier? Tier, string? HolderMasked, DateOnly? IssuedOn);

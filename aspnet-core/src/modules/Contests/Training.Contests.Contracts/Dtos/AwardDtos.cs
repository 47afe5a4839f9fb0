using System.ComponentModel.DataAnnotations;

namespace Training.Contests;

/// <summary>An award: the entry (rank, final score, names), its tier, and the reason when an organiser changed it.</summary>
public sealed record AwardDto(Guid Id, Guid EntryId, int DrawNumber, IReadOnlyList<EntryMemberDto> Members, int Rank, double FinalScore,
    AwardTier? Tier, AwardTier? ComputedTier, string? EditReason);

/// <summary>The awards from the final ranking, how the tiers' counts were rounded, and whether they are published.</summary>
public sealed record AwardsDto(Guid ContestId, IReadOnlyList<AwardDto> Awards, string RoundingRule, bool Published, DateTime? PublishedAt);

/// <summary>An organiser's change of an entry's tier before publishing (null = no award), with the reason (kept).</summary>
public sealed record SetAwardInput(AwardTier? Tier, [property: Required, StringLength(ContestsConsts.MaxReasonLength, MinimumLength = 2)] string Reason);

/// <summary>An award certificate of the caller (my contests), with its verification code.</summary>
public sealed record MyAwardCertificateDto(Guid ContestId, string ContestTitle, Guid AwardId, AwardTier Tier, string VerificationCode, DateOnly PublishedOn);

using Training.SharedKernel.Domain;
using Training.SharedKernel.Errors;

namespace Training.Contests.Domain;

/// <summary>
/// An entry's place in the final ranking and its award tier: computed from the tiers, changeable by an organiser with a
/// reason before publishing (the computed tier and the reason are kept).
/// </summary>
public sealed class Award : Entity
{
    private Award() { }

    public Award(Guid id, Guid contestId, Guid entryId, int rank, double finalScore, AwardTier? computedTier) : base(id) =>
        (ContestId, EntryId, Rank, FinalScore, ComputedTier, Tier) = (contestId, entryId, rank, finalScore, computedTier, computedTier);

    public Guid ContestId { get; private set; }
    public Guid EntryId { get; private set; }
    public int Rank { get; private set; }
    public double FinalScore { get; private set; }
    public AwardTier? ComputedTier { get; private set; }
    public AwardTier? Tier { get; private set; }
    public string? EditReason { get; private set; }
    public Guid? EditedByStaffId { get; private set; }
    public DateTime? EditedAt { get; private set; }

    /// <summary>An organiser's change before publishing (null = no award); the computed tier stays beside it.</summary>
    public void Change(AwardTier? tier, string reason, Guid? byStaffId, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new BusinessException(ContestsErrorCodes.ReasonRequired);
        (Tier, EditReason, EditedByStaffId, EditedAt) = (tier, reason.Trim(), byStaffId, now);
    }
}

/// <summary>An awarded person's certificate: the verification code printed on it (checked on the public page).</summary>
public sealed class AwardCertificate : Entity
{
    private AwardCertificate() { }

    public AwardCertificate(Guid awardId, Guid contestId, Guid staffId, string holderName, DateOnly issuedOn) : base(Guid.NewGuid()) =>
        (AwardId, ContestId, StaffId, HolderName, IssuedOn, Code) = (awardId, contestId, staffId, holderName, issuedOn, VerificationCodes.New());

    public Guid AwardId { get; private set; }
    public Guid ContestId { get; private set; }
    public Guid StaffId { get; private set; }
    public string HolderName { get; private set; } = "";
    public DateOnly IssuedOn { get; private set; }
    public string Code { get; private set; } = "";
}

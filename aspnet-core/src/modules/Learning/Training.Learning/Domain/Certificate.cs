using Training.SharedKernel.Domain;
using Training.SharedKernel.Errors;

namespace Training.Learning.Domain;

/// <summary>
/// A certificate of one person. Its verification code is random (not derived from anything guessable) and unique;
/// the public page shows only whether it is genuine, its state and a masked name. An imported certificate keeps the
/// number of the earlier paper certificate, which is the import's natural key.
/// </summary>
public sealed class Certificate : AggregateRoot
{
    private Certificate() { }

    private Certificate(Guid staffId, Guid hallId, Guid? unitId, string holderName, CertificateKind kind, Guid? courseId, string title,
        CertificateSource source, string? originalNumber, DateOnly issuedOn, DateOnly? expiresOn) : base(Guid.NewGuid())
    {
        (StaffId, HallId, UnitId, Kind, CourseId, Source) = (staffId, hallId, unitId, kind, courseId, source);
        Code = VerificationCodes.New();
        Describe(holderName, title, originalNumber, issuedOn, expiresOn);
        AddEvent(new CertificateIssuedEto(Guid.NewGuid(), Id, StaffId, Kind, IssuedOn, ExpiresOn));
    }

    public string Code { get; private set; } = "";
    public Guid StaffId { get; private set; }

    /// <summary>
    /// The holder's hall and unit when it was issued: a fact of its history. Who reads and revokes it follows the holder's
    /// hall and unit today (see <c>CertificateService</c>), not these.
    /// </summary>
    public Guid HallId { get; private set; }

    public Guid? UnitId { get; private set; }
    public string HolderName { get; private set; } = "";
    public CertificateKind Kind { get; private set; }
    public Guid? CourseId { get; private set; }
    public string Title { get; private set; } = "";
    public CertificateSource Source { get; private set; }
    public string? OriginalNumber { get; private set; }
    public DateOnly IssuedOn { get; private set; }
    public DateOnly? ExpiresOn { get; private set; }
    public DateTime? RevokedAt { get; private set; }
    public string? RevokedReason { get; private set; }

    /// <summary>When the "expires soon" reminder went out (once per certificate).</summary>
    public DateTime? ReminderSentAt { get; private set; }

    /// <summary>When the "has expired" notice went out (once per certificate).</summary>
    public DateTime? ExpiryNoticeSentAt { get; private set; }

    public void MarkReminderSent(DateTime now) => ReminderSentAt ??= now;

    public void MarkExpiryNoticeSent(DateTime now) => ExpiryNoticeSentAt ??= now;

    public static Certificate Imported(Guid staffId, Guid hallId, Guid? unitId, string holderName, CertificateKind kind, string title,
        string originalNumber, DateOnly issuedOn, DateOnly? expiresOn) =>
        new(staffId, hallId, unitId, holderName, kind, null, title, CertificateSource.Imported, originalNumber, issuedOn, expiresOn);

    public static Certificate Earned(Guid staffId, Guid hallId, Guid? unitId, string holderName, CertificateKind kind, Guid? courseId,
        string title, DateOnly issuedOn, DateOnly expiresOn) =>
        new(staffId, hallId, unitId, holderName, kind, courseId, title, CertificateSource.Earned, null, issuedOn, expiresOn);

    /// <summary>Applies imported facts again; returns whether anything changed.</summary>
    public bool Describe(string holderName, string title, string? originalNumber, DateOnly issuedOn, DateOnly? expiresOn)
    {
        if (expiresOn < issuedOn) throw new BusinessException(LearningErrorCodes.ExpiryBeforeIssue, expiresOn, issuedOn);
        var changed = HolderName != holderName || Title != title || OriginalNumber != originalNumber || IssuedOn != issuedOn || ExpiresOn != expiresOn;
        (HolderName, Title, OriginalNumber, IssuedOn, ExpiresOn) =
            (Check.NotBlank(holderName, "holderName", 64), Check.NotBlank(title, "title", CourseConsts.MaxTitleLength), originalNumber, issuedOn, expiresOn);
        return changed;
    }

    /// <summary>The last day of a certificate issued on a day and valid for some months (issued 2026-03-01, 36 months → 2029-02-28).</summary>
    public static DateOnly ExpiryFor(DateOnly issuedOn, int validityMonths) => issuedOn.AddMonths(validityMonths).AddDays(-1);

    public CertificateStatus StatusOn(DateOnly today) =>
        RevokedAt is not null ? CertificateStatus.Revoked
        : ExpiresOn is { } end && end < today ? CertificateStatus.Expired
        : CertificateStatus.Valid;

    public void Revoke(string reason, DateTime now)
    {
        if (RevokedAt is { } at) throw new BusinessException(LearningErrorCodes.CertificateAlreadyRevoked, at.ToString("yyyy-MM-dd")) { Kind = ErrorKind.Conflict };
        RevokedReason = Check.NotBlank(reason, "reason", 500);
        RevokedAt = now;
        AddEvent(new CertificateRevokedEto(Guid.NewGuid(), Id, StaffId, Kind, RevokedReason));
    }

    /// <summary>张三 → 张*, 欧阳娜娜 → 欧**娜 (<see cref="PersonNames.Mask"/>).</summary>
    public static string Mask(string name) => PersonNames.Mask(name);
}

using Microsoft.EntityFrameworkCore;
using Training.Learning.EntityFrameworkCore;
using Training.Organization;

namespace Training.Learning.Application;

/// <summary>
/// The gate (DOMAIN, seed 001 岗前培训合格后方可上岗): a new window post, a move included, needs a pre-job certificate
/// valid on the day of the post. A refusal says what is missing: none yet, expired on a day, or revoked with a reason.
/// Current posts are never touched here; only new ones are asked about. One query for any number of people.
/// </summary>
internal sealed class PreJobWindowPostEligibility(LearningDbContext db) : IWindowPostEligibility
{
    public async Task<IReadOnlyDictionary<WindowPostRequest, WindowPostEligibility>> CheckAsync(
        IReadOnlyCollection<WindowPostRequest> requests, DateOnly date, CancellationToken cancellationToken)
    {
        var staffIds = requests.Select(r => r.StaffId).Distinct().ToList();
        var certificates = (await db.Certificates.AsNoTracking()
                .Where(c => staffIds.Contains(c.StaffId) && c.Kind == CertificateKind.PreJob && c.IssuedOn <= date)
                .Select(c => new { c.StaffId, c.IssuedOn, c.ExpiresOn, c.RevokedAt, c.RevokedReason })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.StaffId);

        return requests.Distinct().ToDictionary(r => r, r =>
        {
            var held = certificates[r.StaffId].ToList();
            if (held.Any(c => c.RevokedAt is null && (c.ExpiresOn is null || c.ExpiresOn >= date))) return WindowPostEligibility.Yes;
            var latest = held.MaxBy(c => c.IssuedOn);
            return latest switch
            {
                null => new WindowPostEligibility(false, LearningErrorCodes.NoPreJobCertificate),
                { RevokedAt: { } at } => new WindowPostEligibility(false, LearningErrorCodes.PreJobCertificateRevoked,
                    [DateOnly.FromDateTime(at).ToString("yyyy-MM-dd"), latest.RevokedReason]),
                _ => new WindowPostEligibility(false, LearningErrorCodes.PreJobCertificateExpired, [latest.ExpiresOn!.Value.ToString("yyyy-MM-dd")]),
            };
        });
    }
}

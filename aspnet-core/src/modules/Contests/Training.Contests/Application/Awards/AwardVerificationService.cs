using Microsoft.EntityFrameworkCore;
using Training.Contests.EntityFrameworkCore;
using Training.SharedKernel.Domain;

namespace Training.Contests.Application.Awards;

/// <summary>
/// The public verification page's answer for a code printed on an award certificate: genuine or not, the contest, the
/// tier, the issue date and a masked name (张三 → 张*) — enough to recognise the paper, nothing to harvest.
/// </summary>
internal sealed class AwardVerificationService(ContestsDbContext db)
{
    public async Task<AwardCertificateVerificationDto> VerifyAsync(string code, CancellationToken cancellationToken)
    {
        var normalized = code.Trim().ToUpperInvariant();
        var found = await (from c in db.AwardCertificates
                           join a in db.Awards on c.AwardId equals a.Id
                           join k in db.Contests on c.ContestId equals k.Id
                           where c.Code == normalized
                           select new { k.Title, a.Tier, c.HolderName, c.IssuedOn }).AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        return found is null
            ? new AwardCertificateVerificationDto(false, null, null, null, null)
            : new AwardCertificateVerificationDto(true, found.Title, found.Tier, PersonNames.Mask(found.HolderName), found.IssuedOn);
    }
}

using Microsoft.EntityFrameworkCore;
using Training.Bulletins.EntityFrameworkCore;

namespace Training.Bulletins.Application;

/// <summary>
/// The public verification page's answer for a code printed on a bulletin: kind, number, issuing body, date and the
/// SHA-256 of the published file (which the page compares with a file the visitor picks) — nothing personal, and a
/// withdrawn bulletin says so with its reason.
/// </summary>
internal sealed class DocumentVerificationService(BulletinsDbContext db, BulletinKindRegistry kinds)
{
    public async Task<DocumentVerificationDto> VerifyAsync(string code, CancellationToken cancellationToken)
    {
        var normalized = code.Trim().ToUpperInvariant();
        var b = await db.Bulletins.AsNoTracking().FirstOrDefaultAsync(x => x.VerificationCode == normalized, cancellationToken);
        if (b is null) return new DocumentVerificationDto(false);
        var kind = kinds.Find(b.Kind)?.Info;
        return new DocumentVerificationDto(true, kind?.NameZhHans ?? b.Kind, kind?.NameEn ?? b.Kind, b.Title, b.NumberText, b.IssuingBody, b.IssuedOn,
            b.Sha256, b.State, b.WithdrawReason, b.WithdrawnAt);
    }
}

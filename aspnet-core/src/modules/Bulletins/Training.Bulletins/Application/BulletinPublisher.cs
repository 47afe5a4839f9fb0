using Microsoft.EntityFrameworkCore;
using Training.Bulletins.Domain;
using Training.Bulletins.EntityFrameworkCore;
using Training.Bulletins.Kinds;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Domain;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Files;
using Training.SharedKernel.Settings;
using Training.SharedKernel.Time;

namespace Training.Bulletins.Application;

/// <summary>
/// Publishes a draft: renders the final PDF with the series' next number, then — in one transaction — moves the series
/// from N−1 to N, stores the file, marks the bulletin published and deletes the draft's file. The number is read before
/// rendering and taken only with the stored file: a render that fails takes no number, and a publish that lost the race
/// for N (another bulletin of the series took it meanwhile) renders again with N+1. So numbers are never taken twice
/// and never skipped.
/// </summary>
internal sealed class BulletinPublisher(
    BulletinsDbContext db, BulletinKindRegistry kinds, BulletinPrinter printer, IssuingBodies bodies, UnitOfWork unitOfWork, IFileStorage files,
    ISettingProvider settings, ICurrentUser currentUser, TimeProvider clock)
{
    private const int Attempts = 5;

    public async Task PublishAsync(Bulletin bulletin, CancellationToken cancellationToken)
    {
        if (bulletin.State == BulletinState.Rendering) throw new BusinessException(BulletinsErrorCodes.StillRendering) { Kind = ErrorKind.Conflict };
        if (bulletin.State != BulletinState.Draft) throw new BusinessException(BulletinsErrorCodes.NotDraft) { Kind = ErrorKind.Conflict };
        var kind = kinds.Get(bulletin.Kind);
        var subject = bulletin.Subject;
        if (kind.Info.NeedsClosedPeriod && !await kind.IsPeriodClosedAsync(subject, cancellationToken))
            throw new BusinessException(BulletinsErrorCodes.PeriodNotClosed, subject.Period.LabelZhHans);
        var body = await kind.ComposeAsync(subject, cancellationToken);
        var issuingBody = await bodies.ForAsync(subject, cancellationToken);
        var baseUrl = await settings.GetAsync(DocumentSettings.PublicBaseUrl, cancellationToken: cancellationToken);
        var today = clock.Today();
        var owner = subject.HallId ?? BulletinSeries.CityOwner;
        var code = VerificationCodes.New();

        for (var attempt = 1; ; attempt++)
        {
            var last = await db.Series.AsNoTracking().Where(s => s.OwnerId == owner && s.Kind == bulletin.Kind && s.Year == today.Year)
                .Select(s => (int?)s.LastNumber).FirstOrDefaultAsync(cancellationToken) ?? 0;
            var number = last + 1;
            var printed = new PrintedAs(issuingBody, today, Bulletin.FormatNumber(today.Year, number), code, baseUrl);
            await using var pdf = await printer.RenderAsync(bulletin, body, printed, progress: null, cancellationToken);

            await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
            if (!await TakeNumberAsync(owner, bulletin.Kind, today.Year, last, cancellationToken))
            {
                if (attempt == Attempts) throw new BusinessException(BulletinsErrorCodes.NotDraft) { Kind = ErrorKind.Conflict };
                continue; // another publish of the series took N: render again with the next one
            }
            var stored = await printer.StoreAsync(pdf, printed, cancellationToken);
            var draftFile = bulletin.FileId;
            bulletin.Publish(pdf.Title, issuingBody, today.Year, number, today, code, stored.Id, stored.Sha256, stored.Size, pdf.PageCount,
                clock.GetUtcNow().UtcDateTime, currentUser.UserId);
            await db.SaveChangesAsync(cancellationToken); // refused (version) if another request published it meanwhile
            if (draftFile is { } old) await files.DeleteAsync(old, cancellationToken);
            await transaction.CommitAsync();
            return;
        }
    }

    /// <summary>Moves the series from <paramref name="last"/> to last+1; false when another publish moved it first.</summary>
    private async Task<bool> TakeNumberAsync(Guid owner, string kind, int year, int last, CancellationToken cancellationToken)
    {
        if (last == 0)
        {
            db.Series.Add(new BulletinSeries { OwnerId = owner, Kind = kind, Year = year, LastNumber = 1 });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return true;
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Entries<BulletinSeries>().ToList().ForEach(e => e.State = EntityState.Detached);
                return false;
            }
        }
        return await db.Series.Where(s => s.OwnerId == owner && s.Kind == kind && s.Year == year && s.LastNumber == last)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastNumber, last + 1), cancellationToken) == 1;
    }
}

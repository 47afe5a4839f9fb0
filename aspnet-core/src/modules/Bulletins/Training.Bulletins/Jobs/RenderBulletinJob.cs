using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Training.Bulletins.Application;
using Training.Bulletins.EntityFrameworkCore;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Modularity;
using Training.SharedKernel.Time;

namespace Training.Bulletins.Jobs;

/// <param name="Version">The bulletin's version when the render was asked for: a later request supersedes this job.</param>
public sealed record RenderBulletinArgs(Guid BulletinId, int Version);

/// <summary>
/// Renders a draft: the kind's rows and layout, printed as a draft (草稿, no number), streamed into a temporary file with
/// its progress written to the bulletin, then stored with the bulletin's new state in one transaction. Safe to run twice:
/// a second run finds the draft done (or superseded) and does nothing; a run killed after rendering committed nothing, so
/// its rerun leaves one bulletin and one file.
/// </summary>
internal sealed class RenderBulletinJob(
    BulletinsDbContext db, BulletinKindRegistry kinds, BulletinPrinter printer, BulletinProgressWriter progress, UnitOfWork unitOfWork,
    Training.SharedKernel.Files.IFileStorage files, ErrorLocalizer errors, TimeProvider clock, ILogger<RenderBulletinJob> logger) : IBackgroundJob<RenderBulletinArgs>
{
    public async Task RunAsync(RenderBulletinArgs args, CancellationToken cancellationToken)
    {
        var bulletin = await db.Bulletins.FirstOrDefaultAsync(b => b.Id == args.BulletinId, cancellationToken);
        if (bulletin is not { State: BulletinState.Rendering } || bulletin.Version != args.Version) return;
        var kind = kinds.Get(bulletin.Kind);
        try
        {
            if (kind.Info.NeedsClosedPeriod && !await kind.IsPeriodClosedAsync(bulletin.Subject, cancellationToken))
                throw new BusinessException(BulletinsErrorCodes.PeriodNotClosed, bulletin.Subject.Period.LabelZhHans);
            var body = await kind.ComposeAsync(bulletin.Subject, cancellationToken);
            var printed = new PrintedAs(bulletin.IssuingBody, clock.Today(), null, null, "");
            await using var pdf = await printer.RenderAsync(bulletin, body, printed, progress.For(bulletin.Id), cancellationToken);

            await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
            var stored = await printer.StoreAsync(pdf, printed, cancellationToken);
            var replaced = bulletin.FileId;
            bulletin.Rendered(pdf.Title, stored.Id, stored.Sha256, stored.Size, pdf.PageCount);
            await db.SaveChangesAsync(cancellationToken); // refused if another run got there first (version)
            if (replaced is { } old) await files.DeleteAsync(old, cancellationToken);
            await transaction.CommitAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogInformation("Bulletin {Id} was rendered or superseded by another run; this run's file is discarded.", bulletin.Id);
        }
        catch (Exception e) when (e is BusinessException or InvalidOperationException or IOException)
        {
            logger.LogWarning(e, "Bulletin {Id} ({Kind}) could not be rendered.", bulletin.Id, bulletin.Kind);
            db.ChangeTracker.Clear();
            var failed = await db.Bulletins.FirstAsync(b => b.Id == args.BulletinId, cancellationToken);
            if (failed.State != BulletinState.Rendering || failed.Version != args.Version) return;
            failed.Failed(e is BusinessException b ? b.Code : BulletinsErrorCodes.RenderFailed, ErrorMessage(e));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Kept in Chinese (a job has no caller's language; the code goes along for the English page).</summary>
    private string ErrorMessage(Exception e) => e is BusinessException b ? errors.Localize(b.Code, b.Args) : e.Message;
}

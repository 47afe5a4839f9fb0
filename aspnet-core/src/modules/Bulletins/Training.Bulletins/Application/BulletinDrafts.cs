using Microsoft.EntityFrameworkCore;
using Training.Bulletins.Domain;
using Training.Bulletins.EntityFrameworkCore;
using Training.Bulletins.Jobs;
using Training.Bulletins.Kinds;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Modularity;

namespace Training.Bulletins.Application;

/// <summary>
/// Asks for a draft: creates the subject's bulletin (or takes the live one back to rendering) and queues its render job.
/// Idempotent by the subject's unique live key: two requests, jobs or nodes at once leave one bulletin. A published
/// bulletin is never touched: a correction starts with a withdrawal.
/// </summary>
internal sealed class BulletinDrafts(BulletinsDbContext db, BulletinKindRegistry kinds, IssuingBodies bodies, IBackgroundJobQueue jobs, TimeProvider clock)
    : IBulletinRequests
{
    /// <summary>A render queued this long ago without an end lost its job (an in-memory queue dies with its process): queue it again.</summary>
    private static readonly TimeSpan StaleRendering = TimeSpan.FromMinutes(10);

    public async Task RequestDraftAsync(string kindCode, BulletinSubject subject, CancellationToken cancellationToken = default) =>
        await RequestAsync(kindCode, subject, DraftRequest.Renew, cancellationToken);

    /// <summary>The bulletin now rendering for the subject (null when a published one stands and is left alone).</summary>
    public async Task<Bulletin?> RequestAsync(string kindCode, BulletinSubject subject, DraftRequest request, CancellationToken cancellationToken)
    {
        var kind = kinds.Get(kindCode);
        var key = Bulletin.KeyOf(kindCode, subject);
        var issuingBody = await bodies.ForAsync(subject, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var live = await db.Bulletins.FirstOrDefaultAsync(b => b.LiveKey == key, cancellationToken);
            if (live is { State: BulletinState.Published })
                return request == DraftRequest.Manager ? throw new BusinessException(BulletinsErrorCodes.AlreadyPublished, live.NumberText!) { Kind = ErrorKind.Conflict } : null;
            if (live is not null && request == DraftRequest.IfAbsent) return null;
            if (live is { State: BulletinState.Rendering } && (live.ModifiedAt ?? live.CreatedAt) > clock.GetUtcNow().UtcDateTime - StaleRendering)
                return live; // its job is queued; Hangfire retries it
            var title = $"{subject.Period.LabelZhHans}{kind.Info.NameZhHans}";
            var bulletin = live ?? new Bulletin(Guid.NewGuid(), kindCode, subject, title, issuingBody);
            if (live is null) db.Bulletins.Add(bulletin);
            else live.Rerender(issuingBody);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another request or node made or changed it first: take theirs.
                db.ChangeTracker.Clear();
                continue;
            }
            jobs.Enqueue<RenderBulletinJob, RenderBulletinArgs>(new RenderBulletinArgs(bulletin.Id, bulletin.Version));
            return bulletin;
        }
    }
}

internal enum DraftRequest
{
    /// <summary>A manager's "generate now": a draft is rendered anew; a published bulletin is an error.</summary>
    Manager,
    /// <summary>The owner's period closed (again): a draft is rendered anew; a published bulletin is left alone.</summary>
    Renew,
    /// <summary>The schedule: only a subject without a live bulletin gets one (a draft under review is not redone).</summary>
    IfAbsent,
}

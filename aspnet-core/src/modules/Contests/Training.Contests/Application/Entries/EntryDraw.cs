using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Training.Contests.Domain;
using Training.Contests.EntityFrameworkCore;
using Training.SharedKernel.Errors;

namespace Training.Contests.Application.Entries;

/// <summary>
/// Closes a contest's entry and draws the numbers 抽签号: the entries not withdrawn get 1..N in a random order (a
/// cryptographic shuffle, stored). Refused while nominations or team entries still wait for an organiser. The organiser's
/// close and the recurring close at the end of the entry window both come here, so numbers are drawn one way only.
/// </summary>
internal sealed class EntryDraw(ContestsDbContext db, TimeProvider clock, ILogger<EntryDraw> logger)
{
    public async Task CloseAsync(Contest contest, CancellationToken cancellationToken)
    {
        var entries = await db.Entries.Where(e => e.ContestId == contest.Id && e.State == EntryState.Entered).ToListAsync(cancellationToken);
        var pending = entries.Count(e => e.ConfirmedAt is null);
        if (pending > 0) throw new BusinessException(ContestsErrorCodes.EntriesAwaitConfirmation, pending) { Kind = ErrorKind.Conflict };
        contest.CloseEntry(clock.GetUtcNow().UtcDateTime);
        var numbers = Enumerable.Range(1, entries.Count).ToArray();
        RandomNumberGenerator.Shuffle(numbers.AsSpan());
        for (var i = 0; i < entries.Count; i++) entries[i].Draw(numbers[i]);
        try
        {
            // The contest's version is the concurrency token: a close saved first by someone else (the organiser, or this
            // job on another node) makes this save change nothing — its numbers included, as they are one save.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessException(CommonErrorCodes.Conflict) { Kind = ErrorKind.Conflict };
        }
    }

    /// <summary>
    /// Closes every announced contest whose entry window has ended, as the organiser's close does. A contest closed
    /// meanwhile is skipped; one with entries still awaiting confirmation stays open (the organiser's to-do shows them)
    /// and is tried again on the next run. Returns how many it closed.
    /// </summary>
    public async Task<int> CloseEndedWindowsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Contests.AsNoTracking().Where(c => c.State == ContestState.Announced && c.EntryClosesAt <= now)
            .Select(c => c.Id).ToListAsync(cancellationToken);
        var closed = 0;
        foreach (var id in due)
        {
            db.ChangeTracker.Clear(); // a contest that failed to close leaves nothing behind for the next one's save
            var contest = await db.Contests.FirstOrDefaultAsync(c => c.Id == id && c.State == ContestState.Announced, cancellationToken);
            if (contest is null) continue;
            try
            {
                await CloseAsync(contest, cancellationToken);
                closed++;
            }
            catch (BusinessException e) when (e.Code is ContestsErrorCodes.EntriesAwaitConfirmation or CommonErrorCodes.Conflict)
            {
                logger.LogInformation("Entry of contest {ContestId} not closed at the end of its window: {Code}", id, e.Code);
            }
        }
        return closed;
    }
}

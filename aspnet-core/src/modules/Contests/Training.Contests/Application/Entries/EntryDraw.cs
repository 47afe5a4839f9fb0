using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Training.Contests.Domain;
using Training.Contests.EntityFrameworkCore;
using Training.SharedKernel.Errors;

namespace Training.Contests.Application.Entries;

/// <summary>
/// Closes a contest's entry and draws the numbers 抽签号: the entries not withdrawn get 1..N in a random order (a
/// cryptographic shuffle, stored). Refused while nominations or team entries still wait for an organiser.
/// </summary>
internal sealed class EntryDraw(ContestsDbContext db, TimeProvider clock)
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
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessException(CommonErrorCodes.Conflict) { Kind = ErrorKind.Conflict };
        }
    }
}

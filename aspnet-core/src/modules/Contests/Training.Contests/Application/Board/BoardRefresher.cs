using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Training.Contests.EntityFrameworkCore;

namespace Training.Contests.Application.Board;

/// <summary>
/// Turns committed sheet submits and corrections into board rows for the open streams, off the request: a post only
/// queues its entry (microseconds), and this worker re-reads just the changed entries' sheets, recomputes the board in
/// memory from the contest's cached inputs (rounds, entries, written results — re-read when older than
/// <see cref="InputsMaxAge"/>), and sends the changed entries' rows with their new ranks. Changes that arrive while it
/// works are taken together in the next pass (at most one a <see cref="PassInterval"/>), so a burst of posts costs one
/// pass, not one each. Contests nobody watches are skipped (a stream that opens reads the board fresh).
/// </summary>
internal sealed class BoardRefresher(IServiceScopeFactory scopes, BoardBroadcaster broadcaster, ILogger<BoardRefresher> logger) : BackgroundService
{
    public static readonly TimeSpan InputsMaxAge = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Viewers get at most four updates a second: a screen cannot show more, and during a round's rush one pass (and one
    /// event per viewer) then carries many posts instead of each post costing every viewer an event.
    /// </summary>
    public static readonly TimeSpan PassInterval = TimeSpan.FromMilliseconds(250);

    private readonly Channel<(Guid ContestId, Guid EntryId)> _changes = Channel.CreateUnbounded<(Guid, Guid)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<Guid, ContestBoardCache> _caches = new();

    /// <summary>Called after the change is committed.</summary>
    public void EntryChanged(Guid contestId, Guid entryId)
    {
        if (broadcaster.SubscriberCount(contestId) > 0) _changes.Writer.TryWrite((contestId, entryId));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await _changes.Reader.WaitToReadAsync(stoppingToken))
        {
            var started = TimeProvider.System.GetTimestamp();
            var batch = new Dictionary<Guid, HashSet<Guid>>();
            while (_changes.Reader.TryRead(out var change))
                (batch.TryGetValue(change.ContestId, out var set) ? set : batch[change.ContestId] = []).Add(change.EntryId);
            foreach (var (contestId, entries) in batch)
            {
                try
                {
                    await RefreshAsync(contestId, entries, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The viewers keep their last rows; the next change (or a reconnect's snapshot) brings them up to date.
                    logger.LogError(e, "Leaderboard refresh of contest {ContestId} failed", contestId);
                    _caches.TryRemove(contestId, out _);
                }
            }
            // At most one pass per interval: what arrives meanwhile is taken together in the next.
            var rest = PassInterval - TimeProvider.System.GetElapsedTime(started);
            if (rest > TimeSpan.Zero) await Task.Delay(rest, stoppingToken);
        }
    }

    private async Task RefreshAsync(Guid contestId, HashSet<Guid> changed, CancellationToken cancellationToken)
    {
        if (broadcaster.SubscriberCount(contestId) == 0)
        {
            _caches.TryRemove(contestId, out _);
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var reader = scope.ServiceProvider.GetRequiredService<BoardReader>();
        var now = DateTime.UtcNow;
        if (!_caches.TryGetValue(contestId, out var cache) || now - cache.LoadedAt > InputsMaxAge)
        {
            var db = scope.ServiceProvider.GetRequiredService<ContestsDbContext>();
            var contest = await db.Contests.AsNoTracking().FirstAsync(c => c.Id == contestId, cancellationToken);
            var inputs = await reader.InputsAsync(contest, cancellationToken);
            var sheets = await reader.SheetTotalsAsync(contestId, null, cancellationToken);
            cache = _caches[contestId] = new ContestBoardCache(inputs, sheets.GroupBy(s => s.EntryId).ToDictionary(g => g.Key, g => g.ToList()), now);
        }
        else
        {
            var fresh = (await reader.SheetTotalsAsync(contestId, changed, cancellationToken)).GroupBy(s => s.EntryId).ToDictionary(g => g.Key, g => g.ToList());
            foreach (var entryId in changed) cache.Sheets[entryId] = fresh.GetValueOrDefault(entryId) ?? [];
        }

        var lines = BoardCalculator.Compute(cache.Inputs.Rounds, cache.Inputs.BoardEntries, cache.Sheets.Values.SelectMany(s => s),
            cache.Inputs.Written, cache.Inputs.TrimmedMeanMinJudges);
        // Only the changed entries' totals move (the others' ranks may shift; each row carries its rank and the page re-sorts).
        await broadcaster.PublishAsync(contestId, lines.Where(l => changed.Contains(l.EntryId)).Select(BoardRows.Anonymous).ToList(), cancellationToken);
    }

    private sealed class ContestBoardCache(BoardInputs inputs, Dictionary<Guid, List<SheetTotal>> sheets, DateTime loadedAt)
    {
        public BoardInputs Inputs { get; } = inputs;
        public Dictionary<Guid, List<SheetTotal>> Sheets { get; } = sheets;
        public DateTime LoadedAt { get; } = loadedAt;
    }
}

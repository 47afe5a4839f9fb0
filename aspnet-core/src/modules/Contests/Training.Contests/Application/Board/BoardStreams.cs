using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Training.Contests.Domain;

namespace Training.Contests.Application.Board;

/// <summary>
/// The leaderboard's server-sent events: a "snapshot" first, then "changes" with the moved entries, a "ping" when nothing
/// changed for a while. A stream lives as long as a screen stays open — hours — so it holds no database context: the
/// snapshot is read in a scope of its own that ends before the first event is sent, and a stream that fell behind reads
/// its fresh snapshot in another. Read in the request's scope, each open stream kept four pooled contexts leased (~400 KB
/// with what they had read); 200 screens' worth then survived into the judging, and the collector copying them out of
/// gen1 held every judge's post for 50–90 ms in <c>etc/bench.sh contest-judging</c>.
/// </summary>
internal sealed class BoardStreams(IServiceScopeFactory scopes, BoardBroadcaster broadcaster, TimeProvider clock)
{
    /// <summary>For a person who sees the contest (404 when they do not).</summary>
    public async Task<IResult> OpenAsync(Guid contestId, HttpContext http) =>
        Events(http, await StartAsync(board => board.OpenStreamAsync(contestId, http.RequestAborted)));

    /// <summary>For the hall's screen, by its display link (404 for an unknown link).</summary>
    public async Task<IResult> OpenDisplayAsync(string token, HttpContext http) =>
        Events(http, await StartDisplayAsync(token, http.RequestAborted));

    private IResult Events(HttpContext http, BoardStreamStart start)
    {
        // The iterator releases the queue when it ends; with the response too, so a stream whose events were never
        // enumerated (the request failed in between) is not counted as a viewer for the rest of the process.
        http.Response.RegisterForDispose(start.Subscription);
        return TypedResults.ServerSentEvents(EventsAsync(start, http.RequestAborted));
    }

    internal Task<BoardStreamStart> StartDisplayAsync(string token, CancellationToken cancellationToken) =>
        StartAsync(board => board.OpenDisplayStreamAsync(token, cancellationToken));

    /// <summary>Reads in a scope that ends here; the caller is still known (the current user comes from the request).</summary>
    private async Task<BoardStreamStart> StartAsync(Func<BoardService, Task<BoardStreamStart>> open)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await open(scope.ServiceProvider.GetRequiredService<BoardService>());
    }

    /// <summary>
    /// The events as JSON text. The snapshot is this viewer's (names if they may see them, their own entry marked); a change
    /// is the broadcaster's one serialisation for every viewer: names and whose entry is whose do not change during a
    /// stream, so the page keeps them from the snapshot (a hall of 200 screens costs one serialisation a pass).
    /// </summary>
    internal async IAsyncEnumerable<SseItem<string>> EventsAsync(BoardStreamStart start, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var subscription = start.Subscription;
        using var _ = subscription;
        yield return new SseItem<string>(start.TakeSnapshot(), "snapshot");
        Task<bool>? waiting = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            waiting ??= subscription.Changes.WaitToReadAsync(cancellationToken).AsTask();
            var first = await Task.WhenAny(waiting, Task.Delay(start.KeepAlive, cancellationToken));
            if (first != waiting)
            {
                yield return new SseItem<string>(broadcaster.Serialize(clock.GetUtcNow().UtcDateTime), "ping");
                continue;
            }
            if (!await waiting) yield break;
            waiting = null;
            if (subscription.TakeLagged())
            {
                while (subscription.Changes.TryRead(out var _)) { } // the snapshot covers what was queued
                yield return new SseItem<string>(await FreshSnapshotAsync(start, cancellationToken), "snapshot");
                continue;
            }
            while (subscription.Changes.TryRead(out var change)) yield return new SseItem<string>(change.Json, "changes");
        }
    }

    private async Task<string> FreshSnapshotAsync(BoardStreamStart start, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BoardService>().SnapshotTextAsync(start.Contest, start.View, cancellationToken);
    }
}

/// <summary>
/// What a stream keeps: its queue, the contest, the viewer's view and the keep-alive. The first snapshot's text is taken
/// once, not kept: an iterator holds its arguments to the end, and a hall's screens would each hold a whole board.
/// </summary>
internal sealed class BoardStreamStart(BoardSubscription subscription, Contest contest, BoardView view, TimeSpan keepAlive, string snapshot)
{
    private string? _snapshot = snapshot;

    public BoardSubscription Subscription { get; } = subscription;
    public Contest Contest { get; } = contest;
    public BoardView View { get; } = view;
    public TimeSpan KeepAlive { get; } = keepAlive;

    public string TakeSnapshot() => Interlocked.Exchange(ref _snapshot, null) ?? throw new InvalidOperationException("the first snapshot was already sent");
}

using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Training.Contests.Application.Board;

/// <summary>
/// The in-process fan-out of leaderboard changes: each open stream subscribes to its contest and receives every pass's
/// changed rows as everyone may see them (no names, not marked as anyone's; each page keeps those from its snapshot),
/// serialised here once for all the viewers (a hall of 200 screens is one serialisation a pass, not 200). A viewer that
/// falls more than <see cref="Backlog"/> passes behind is not allowed to hold memory or slow the others: its queue stops
/// taking changes and is marked lagged, and its stream sends a fresh snapshot instead of what it missed.
/// </summary>
internal sealed class BoardBroadcaster(IOptions<JsonOptions> json)
{
    public const int Backlog = 64;

    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<BoardSubscription, byte>> _contests = new();

    public int SubscriberCount(Guid contestId) => _contests.TryGetValue(contestId, out var set) ? set.Count : 0;

    public BoardSubscription Subscribe(Guid contestId)
    {
        var subscription = new BoardSubscription(this, contestId);
        _contests.GetOrAdd(contestId, _ => new()).TryAdd(subscription, 0);
        return subscription;
    }

    /// <summary>Viewers handed a change at once; the next ones get it <see cref="SliceGap"/> later.</summary>
    public const int SliceSize = 10;

    /// <summary>
    /// Handing a change to a whole hall at once queued hundreds of stream writes (and the screens' reading of them) in
    /// front of the judges' posts, which then all waited together: in <c>etc/bench.sh contest-judging</c> the post p99
    /// went from ~120 ms to ~65 ms with slices. 200 viewers take 19 gaps: the last sees a change ~200 ms after the first,
    /// inside the stream's 1 s promise (the pass waits for its slices; the next pass takes what came meanwhile). Larger
    /// slices, or a longer pass, made the bursts bigger; 5 ms gaps overslept and stretched the passes.
    /// </summary>
    public static readonly TimeSpan SliceGap = TimeSpan.FromMilliseconds(10);

    public async Task PublishAsync(Guid contestId, IReadOnlyList<BoardRowDto> changed, CancellationToken cancellationToken)
    {
        if (changed.Count == 0 || !_contests.TryGetValue(contestId, out var subscribers) || subscribers.IsEmpty) return;
        var change = new BoardChange(Serialize(new BoardChangeDto(changed)));
        var handed = 0;
        foreach (var subscriber in subscribers.Keys)
        {
            if (handed > 0 && handed % SliceSize == 0) await Task.Delay(SliceGap, cancellationToken);
            subscriber.Offer(change);
            handed++;
        }
    }

    /// <summary>JSON as the API writes it (the host's options: camelCase, enums as names).</summary>
    public string Serialize<T>(T value) => JsonSerializer.Serialize(value, json.Value.SerializerOptions);

    internal void Remove(BoardSubscription subscription)
    {
        if (_contests.TryGetValue(subscription.ContestId, out var set)) set.TryRemove(subscription, out _);
    }
}

/// <summary>One pass's "changes" event as JSON: the changed rows as everyone may see them.</summary>
internal sealed record BoardChange(string Json);

/// <summary>One open stream's queue of changes.</summary>
internal sealed class BoardSubscription : IDisposable
{
    private readonly BoardBroadcaster _owner;
    private readonly Channel<BoardChange> _changes = Channel.CreateBounded<BoardChange>(
        new BoundedChannelOptions(BoardBroadcaster.Backlog) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private int _lagged;

    public BoardSubscription(BoardBroadcaster owner, Guid contestId) => (_owner, ContestId) = (owner, contestId);

    public Guid ContestId { get; }

    public ChannelReader<BoardChange> Changes => _changes.Reader;

    /// <summary>True once, after the queue overflowed: the reader should send a snapshot (which covers what it missed).</summary>
    public bool TakeLagged() => Interlocked.Exchange(ref _lagged, 0) == 1;

    internal void Offer(BoardChange change)
    {
        if (!_changes.Writer.TryWrite(change)) Interlocked.Exchange(ref _lagged, 1);
    }

    public void Dispose()
    {
        _owner.Remove(this);
        _changes.Writer.TryComplete();
    }
}

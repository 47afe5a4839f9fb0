using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Training.Contests.Application.Board;

/// <summary>
/// The in-process fan-out of leaderboard changes: each open stream subscribes to its contest and receives every changed
/// row (as everyone may see it: no names, not marked as anyone's). A viewer that falls more than
/// <see cref="Backlog"/> rows behind is not allowed to hold memory or slow the others: its queue stops taking rows and is
/// marked lagged, and its stream sends a fresh snapshot instead of the rows it missed.
/// </summary>
internal sealed class BoardBroadcaster
{
    public const int Backlog = 1024;

    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<BoardSubscription, byte>> _contests = new();

    public int SubscriberCount(Guid contestId) => _contests.TryGetValue(contestId, out var set) ? set.Count : 0;

    public BoardSubscription Subscribe(Guid contestId)
    {
        var subscription = new BoardSubscription(this, contestId);
        _contests.GetOrAdd(contestId, _ => new()).TryAdd(subscription, 0);
        return subscription;
    }

    public void Publish(Guid contestId, IReadOnlyList<BoardRowDto> changed)
    {
        if (changed.Count == 0 || !_contests.TryGetValue(contestId, out var subscribers)) return;
        foreach (var subscriber in subscribers.Keys)
        foreach (var row in changed)
            if (!subscriber.Offer(row)) break;
    }

    internal void Remove(BoardSubscription subscription)
    {
        if (_contests.TryGetValue(subscription.ContestId, out var set)) set.TryRemove(subscription, out _);
    }
}

/// <summary>One open stream's queue of changed rows.</summary>
internal sealed class BoardSubscription : IDisposable
{
    private readonly BoardBroadcaster _owner;
    private readonly Channel<BoardRowDto> _rows = Channel.CreateBounded<BoardRowDto>(
        new BoundedChannelOptions(BoardBroadcaster.Backlog) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private int _lagged;

    public BoardSubscription(BoardBroadcaster owner, Guid contestId) => (_owner, ContestId) = (owner, contestId);

    public Guid ContestId { get; }

    public ChannelReader<BoardRowDto> Rows => _rows.Reader;

    /// <summary>True once, after the queue overflowed: the reader should send a snapshot (which covers what it missed).</summary>
    public bool TakeLagged() => Interlocked.Exchange(ref _lagged, 0) == 1;

    internal bool Offer(BoardRowDto row)
    {
        if (_rows.Writer.TryWrite(row)) return true;
        Interlocked.Exchange(ref _lagged, 1);
        return false;
    }

    public void Dispose()
    {
        _owner.Remove(this);
        _rows.Writer.TryComplete();
    }
}

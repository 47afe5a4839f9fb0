using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Training.SharedKernel.Auditing;

/// <summary>
/// The queue between the requests that are audited and the audit table. A request hands its line over here and answers;
/// <see cref="AuditTrailWriter"/> writes whatever has queued in one insert transaction. One writer's turn for many lines
/// instead of one each: on SQLite every line used to wait for the process's single writer while the request held its
/// answer back (a judge's score post spent more time queued for its audit line than for its own insert). A line is
/// in the table about a tenth of a second after its request (the writer lets lines gather); code that reads the table
/// and must see every line so far (the audit page) calls <see cref="FlushAsync"/> first, which also cuts the gathering
/// short. A full queue makes the requests wait instead of holding unbounded memory.
/// </summary>
public sealed class AuditTrail
{
    /// <summary>Lines held at most while the database is slow; more make the next audited request wait.</summary>
    public const int Capacity = 10_000;

    private readonly Channel<object> _queue = Channel.CreateBounded<object>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private int _flushesWaiting;
    private volatile bool _closed;
    private TaskCompletionSource _hurry = NewHurry();

    internal ChannelReader<object> Queue => _queue.Reader;

    /// <summary>Someone waits for the lines (a flush) or the writer is stopping: the lines are written without gathering more.</summary>
    internal bool InAHurry => _closed || Volatile.Read(ref _flushesWaiting) > 0;

    /// <summary>Completes when <see cref="InAHurry"/> becomes true (take it before looking at <see cref="InAHurry"/>).</summary>
    internal Task Hurried => Volatile.Read(ref _hurry).Task;

    /// <summary>Queues a line; waits only when <see cref="Capacity"/> lines are already waiting.</summary>
    public ValueTask RecordAsync(AuditRecord record, CancellationToken cancellationToken = default) =>
        _queue.Writer.WriteAsync(record, cancellationToken);

    /// <summary>
    /// Returns once every line queued before the call is written (or its write has failed and been logged). At once when
    /// the writer has stopped.
    /// </summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        var flushed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Interlocked.Increment(ref _flushesWaiting);
        try
        {
            await _queue.Writer.WriteAsync(flushed, cancellationToken);
        }
        catch (Exception e) when (e is ChannelClosedException or OperationCanceledException)
        {
            Interlocked.Decrement(ref _flushesWaiting);
            if (e is ChannelClosedException) return;
            throw;
        }
        Volatile.Read(ref _hurry).TrySetResult();
        await flushed.Task.WaitAsync(cancellationToken);
    }

    /// <summary>No more lines: the writer writes what is queued and stops.</summary>
    internal void Close()
    {
        _closed = true;
        _queue.Writer.TryComplete();
        Volatile.Read(ref _hurry).TrySetResult();
    }

    /// <summary>The writer has taken a flush's marker off the queue.</summary>
    internal void FlushTaken() => Interlocked.Decrement(ref _flushesWaiting);

    /// <summary>The writer, after a batch: the next one may gather again (a hurry that came meanwhile still counts).</summary>
    internal void Rested()
    {
        if (_hurry.Task.IsCompleted && !_closed) Volatile.Write(ref _hurry, NewHurry());
    }

    private static TaskCompletionSource NewHurry() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>
/// Writes the <see cref="AuditTrail"/>'s lines: all that have queued (up to <see cref="BatchSize"/>) in one
/// <see cref="IAuditLogWriter"/> call, so a burst of requests costs one insert transaction. On stopping it writes
/// what is left before the audit sealer's last round (register it after the sealer: hosted services stop in reverse).
/// A batch that fails is logged and dropped, as a failed line always was: the requests it describes already happened.
/// </summary>
public sealed class AuditTrailWriter(AuditTrail trail, IServiceScopeFactory scopes, ILogger<AuditTrailWriter> logger) : BackgroundService
{
    public const int BatchSize = 500;

    /// <summary>
    /// How long the writer lets lines gather after the first of a batch arrives, unless someone flushes or it stops.
    /// Many lines in one transaction write each database page once: on SQLite a line inserted alone wrote about 8 pages
    /// to the log, one of 20 lines about 2 (its indexes' pages are shared); fewer batches are also fewer writer turns.
    /// Nobody waits for a line (requests answer at once; the audit page flushes), so the delay costs only its freshness.
    /// </summary>
    public TimeSpan GatherDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Not the stopping token: lines queued before the stop are still written (Close ends the loop).
        while (await trail.Queue.WaitToReadAsync(CancellationToken.None))
        {
            var hurried = trail.Hurried;
            if (!trail.InAHurry && trail.Queue.Count < BatchSize) await Task.WhenAny(Task.Delay(GatherDelay, CancellationToken.None), hurried);
            var records = new List<AuditRecord>();
            var flushes = new List<TaskCompletionSource>();
            while (records.Count < BatchSize && trail.Queue.TryRead(out var item))
            {
                if (item is AuditRecord record) records.Add(record);
                else
                {
                    flushes.Add((TaskCompletionSource)item);
                    trail.FlushTaken();
                }
            }
            trail.Rested();
            await WriteAsync(records);
            foreach (var flushed in flushes) flushed.TrySetResult();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        trail.Close();
        if (ExecuteTask is { } running) await running.WaitAsync(cancellationToken);
        await base.StopAsync(cancellationToken);
    }

    private async Task WriteAsync(List<AuditRecord> records)
    {
        if (records.Count == 0) return;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IAuditLogWriter>().WriteAsync(records, CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Could not write {Count} audit lines ({First} … {Last})", records.Count,
                $"{records[0].Method} {records[0].Path}", $"{records[^1].Method} {records[^1].Path}");
        }
    }
}

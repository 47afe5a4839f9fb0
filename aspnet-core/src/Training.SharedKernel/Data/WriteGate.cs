namespace Training.SharedKernel.Data;

/// <summary>
/// SQLite has one writer at a time. A second writer gets SQLITE_BUSY, and Microsoft.Data.Sqlite then sleeps 150 ms
/// before it tries again — under a few hundred writes a second (an exam sitting autosaving) that sleep, not the work,
/// decided the latency. So writers of one process queue here instead, in order, and are let in the moment the
/// previous one commits. PostgreSQL needs none (row locks). Reentrant per <see cref="UnitOfWork"/>: a save inside the
/// request's transaction does not wait for itself.
/// </summary>
public sealed class WriteGate
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    /// <summary>As long as SQLite's own command timeout: a writer that waits longer fails instead of hanging.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    internal async Task EnterAsync(CancellationToken cancellationToken)
    {
        if (!await _semaphore.WaitAsync(Timeout, cancellationToken)) throw new TimeoutException("The database stayed busy with another writer.");
    }

    internal void Enter()
    {
        if (!_semaphore.Wait(Timeout)) throw new TimeoutException("The database stayed busy with another writer.");
    }

    internal void Exit() => _semaphore.Release();
}

/// <summary>A turn at writing; disposing it ends the turn (the outermost one of a unit of work lets the next writer in).</summary>
public readonly struct WriteTurn(UnitOfWork? unitOfWork) : IDisposable
{
    /// <summary>Whether this is a turn taken at a gate (false: none taken, or no gate, as on PostgreSQL).</summary>
    internal bool Held => unitOfWork is not null;

    public void Dispose() => unitOfWork?.ExitWrite();
}

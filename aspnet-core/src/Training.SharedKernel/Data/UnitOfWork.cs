using System.Data.Common;

namespace Training.SharedKernel.Data;

/// <summary>
/// One database connection per request (scope), shared by every module's DbContext. A transaction begun here spans all
/// modules, so a use case that writes in two modules (staff import creating sign-in users) commits or fails as one.
/// </summary>
public sealed class UnitOfWork(IDbConnectionFactory connectionFactory) : IAsyncDisposable, IDisposable
{
    private DbConnection? _connection;
    private int _writeDepth;
    private WriteTurn _transactionTurn;

    public DbConnection Connection => _connection ??= connectionFactory.Create();

    public DbTransaction? Transaction { get; private set; }

    /// <summary>Begins a transaction, or joins the one already running (the outer caller commits).</summary>
    public async Task<UnitOfWorkTransaction> BeginAsync(CancellationToken cancellationToken = default)
    {
        if (Transaction is not null) return new UnitOfWorkTransaction(this, owner: false);
        var turn = await EnterWriteAsync(cancellationToken); // a transaction writes; held until it ends
        try
        {
            if (Connection.State != System.Data.ConnectionState.Open) await Connection.OpenAsync(cancellationToken);
            Transaction = await Connection.BeginTransactionAsync(cancellationToken);
        }
        catch
        {
            turn.Dispose();
            throw;
        }
        _transactionTurn = turn;
        return new UnitOfWorkTransaction(this, owner: true);
    }

    /// <summary>Waits for this unit of work's turn to write (SQLite; at once on PostgreSQL or when it has the turn already).</summary>
    public async ValueTask<WriteTurn> EnterWriteAsync(CancellationToken cancellationToken = default)
    {
        if (connectionFactory.WriteGate is not { } gate) return default;
        if (_writeDepth == 0) await gate.EnterAsync(cancellationToken);
        _writeDepth++;
        return new WriteTurn(this);
    }

    /// <inheritdoc cref="EnterWriteAsync"/>
    public WriteTurn EnterWrite()
    {
        if (connectionFactory.WriteGate is not { } gate) return default;
        if (_writeDepth == 0) gate.Enter();
        _writeDepth++;
        return new WriteTurn(this);
    }

    internal void ExitWrite()
    {
        if (_writeDepth == 0) return;
        if (--_writeDepth == 0) connectionFactory.WriteGate!.Exit();
    }

    private void EndTransactionTurn()
    {
        var turn = _transactionTurn;
        _transactionTurn = default;
        turn.Dispose();
    }

    internal async Task EndAsync(bool commit)
    {
        if (Transaction is null) return;
        try
        {
            if (commit) await Transaction.CommitAsync();
            else await Transaction.RollbackAsync();
        }
        finally
        {
            await Transaction.DisposeAsync();
            Transaction = null;
            EndTransactionTurn();
            TransactionEnded?.Invoke();
        }
    }

    /// <summary>Raised when the transaction ends, so contexts stop referring to it.</summary>
    internal event Action? TransactionEnded;

    /// <summary>
    /// Runs <paramref name="action"/> once the open transaction has ended, or at once when none is open: for work that
    /// must not run before a commit is visible to other requests (dropping cached accounts).
    /// </summary>
    public void AfterTransaction(Action action)
    {
        if (Transaction is null)
        {
            action();
            return;
        }
        void Once()
        {
            TransactionEnded -= Once;
            action();
        }
        TransactionEnded += Once;
    }

    public async ValueTask DisposeAsync()
    {
        if (Transaction is not null) await EndAsync(commit: false);
        if (_connection is not null) await _connection.DisposeAsync();
    }

    /// <summary>Some libraries (Data Protection's key ring) dispose their scopes synchronously.</summary>
    public void Dispose()
    {
        if (Transaction is not null)
        {
            Transaction.Rollback();
            Transaction.Dispose();
            Transaction = null;
            EndTransactionTurn();
            TransactionEnded?.Invoke();
        }
        _connection?.Dispose();
    }
}

public sealed class UnitOfWorkTransaction(UnitOfWork unitOfWork, bool owner) : IAsyncDisposable
{
    private bool _done;

    public async Task CommitAsync()
    {
        _done = true;
        if (owner) await unitOfWork.EndAsync(commit: true);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_done && owner) await unitOfWork.EndAsync(commit: false);
    }
}

/// <summary>Creates the provider's connection (SQLite or PostgreSQL); registered by the host's database set-up.</summary>
public interface IDbConnectionFactory
{
    DbConnection Create();

    /// <summary>The process's queue of writers, for a database with one writer at a time (SQLite); null otherwise.</summary>
    WriteGate? WriteGate { get; }
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
namespace Training.SharedKernel.Data;

/// <summary>
/// Takes the <see cref="WriteGate"/> turns at the moment a write reaches the database. A SaveChanges takes its turn at
/// its first write — the transaction it begins, or its first command — and holds it to its end (see
/// <see cref="ModuleDbContext.SaveTurn"/>). Statements that write outside SaveChanges (ExecuteUpdate, ExecuteDelete, raw
/// SQL such as the outbox claim) hold a turn while they run; the turn is kept on the context, which runs one command at
/// a time. One instance serves every context (it lives in the shared options).
/// </summary>
public sealed class WriteTurnInterceptor : DbCommandInterceptor, IDbTransactionInterceptor
{
    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is ModuleDbContext context)
        {
            if (context.Saving) TakeSaveTurn(context);
            else context.CommandTurn = context.UnitOfWork.EnterWrite();
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ModuleDbContext context)
        {
            if (context.Saving) await TakeSaveTurnAsync(context, cancellationToken);
            else context.CommandTurn = await context.UnitOfWork.EnterWriteAsync(cancellationToken);
        }
        return result;
    }

    /// <summary>SaveChanges sends its inserts, updates and deletes as readers (they read back rows affected).</summary>
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        if (eventData.CommandSource == CommandSource.SaveChanges && eventData.Context is ModuleDbContext { Saving: true } context) TakeSaveTurn(context);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (eventData.CommandSource == CommandSource.SaveChanges && eventData.Context is ModuleDbContext { Saving: true } context)
            await TakeSaveTurnAsync(context, cancellationToken);
        return result;
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result)
    {
        if (eventData.Context is ModuleDbContext { Saving: true } context) TakeSaveTurn(context);
        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ModuleDbContext { Saving: true } context) await TakeSaveTurnAsync(context, cancellationToken);
        return result;
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        EndCommandTurn(eventData.Context);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        EndCommandTurn(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => EndCommandTurn(eventData.Context);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        EndCommandTurn(eventData.Context);
        return Task.CompletedTask;
    }

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => EndCommandTurn(eventData.Context);

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        EndCommandTurn(eventData.Context);
        return Task.CompletedTask;
    }

    private static void TakeSaveTurn(ModuleDbContext context)
    {
        if (!context.SaveTurn.Held) context.SaveTurn = context.UnitOfWork.EnterWrite();
    }

    private static async ValueTask TakeSaveTurnAsync(ModuleDbContext context, CancellationToken cancellationToken)
    {
        if (!context.SaveTurn.Held) context.SaveTurn = await context.UnitOfWork.EnterWriteAsync(cancellationToken);
    }

    /// <summary>Ends a statement's own turn; a save's turn ends with the save (<see cref="ModuleDbContext"/>).</summary>
    private static void EndCommandTurn(Microsoft.EntityFrameworkCore.DbContext? context)
    {
        if (context is not ModuleDbContext module) return;
        var turn = module.CommandTurn;
        module.CommandTurn = default;
        turn.Dispose();
    }
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Training.SharedKernel.Data;

namespace Training.EntityFrameworkCore;

/// <summary>
/// Statements that write outside SaveChanges (ExecuteUpdate, ExecuteDelete, raw SQL such as the outbox claim) take
/// their turn at the <see cref="WriteGate"/> too. One per context: a context runs one command at a time.
/// </summary>
internal sealed class SqliteWriteTurnInterceptor(UnitOfWork unitOfWork) : DbCommandInterceptor
{
    private WriteTurn _turn;

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        _turn = unitOfWork.EnterWrite();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        _turn = await unitOfWork.EnterWriteAsync(cancellationToken);
        return result;
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        EndTurn();
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        EndTurn();
        return ValueTask.FromResult(result);
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => EndTurn();

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        EndTurn();
        return Task.CompletedTask;
    }

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => EndTurn();

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        EndTurn();
        return Task.CompletedTask;
    }

    private void EndTurn()
    {
        var turn = _turn;
        _turn = default;
        turn.Dispose();
    }
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
namespace Training.SharedKernel.Data;

/// <summary>
/// Statements that write outside SaveChanges (ExecuteUpdate, ExecuteDelete, raw SQL such as the outbox claim) take
/// their turn at the <see cref="WriteGate"/> too. One instance serves every context (it lives in the shared options);
/// the turn is kept on the context, which runs one command at a time.
/// </summary>
public sealed class WriteTurnInterceptor : DbCommandInterceptor
{
    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is ModuleDbContext context) context.CommandTurn = context.UnitOfWork.EnterWrite();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ModuleDbContext context) context.CommandTurn = await context.UnitOfWork.EnterWriteAsync(cancellationToken);
        return result;
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        EndTurn(eventData.Context);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        EndTurn(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => EndTurn(eventData.Context);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        EndTurn(eventData.Context);
        return Task.CompletedTask;
    }

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => EndTurn(eventData.Context);

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        EndTurn(eventData.Context);
        return Task.CompletedTask;
    }

    private static void EndTurn(Microsoft.EntityFrameworkCore.DbContext? context)
    {
        if (context is not ModuleDbContext module) return;
        var turn = module.CommandTurn;
        module.CommandTurn = default;
        turn.Dispose();
    }
}

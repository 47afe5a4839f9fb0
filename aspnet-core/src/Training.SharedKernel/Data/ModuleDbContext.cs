using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Domain;

namespace Training.SharedKernel.Data;

/// <summary>What every module context needs besides its options; one scoped bundle keeps module constructors short.</summary>
public sealed class ModuleDbContextServices(TimeProvider clock, IServiceProvider services, UnitOfWork unitOfWork, OutboxSignal outboxSignal)
{
    public TimeProvider Clock { get; } = clock;

    /// <summary>Resolved when a save stamps audit columns: Identity's current user itself reads through a module context.</summary>
    public ICurrentUser CurrentUser => services.GetRequiredService<ICurrentUser>();

    public UnitOfWork UnitOfWork { get; } = unitOfWork;
    public OutboxSignal OutboxSignal { get; } = outboxSignal;
}

/// <summary>
/// Base of each module's DbContext: stamps audit columns, writes aggregates' events to the module's outbox in the same
/// SaveChanges, and joins the request's <see cref="Data.UnitOfWork"/> transaction when one is open. Instances are pooled
/// (see <see cref="DataServiceCollectionExtensions.AddModuleDbContext{TContext}"/>): a rented context is bound to the
/// request's services and connection, and let go of them when the request disposes it.
/// </summary>
public abstract class ModuleDbContext : TrainingDbContextBase
{
    private ModuleDbContextServices? _services;
    private readonly Action _leaveTransaction;

    protected ModuleDbContext(DbContextOptions options) : base(options) =>
        _leaveTransaction = () => Database.UseTransaction(null);

    /// <summary>Binds a context rented from the pool to the request: its services and its shared connection.</summary>
    internal void Bind(ModuleDbContextServices services)
    {
        _services = services;
        CommandTurn = default;
        SaveTurn = default;
        Database.SetDbConnection(services.UnitOfWork.Connection);
        services.UnitOfWork.TransactionEnded += _leaveTransaction;
    }

    public override void Dispose()
    {
        Unbind();
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        Unbind();
        return base.DisposeAsync();
    }

    private void Unbind()
    {
        if (_services is null) return;
        _services.UnitOfWork.TransactionEnded -= _leaveTransaction;
        _services = null;
    }

    protected ModuleDbContextServices Services =>
        _services ?? throw new InvalidOperationException($"{GetType().Name} is used outside the request that rented it.");

    protected internal UnitOfWork UnitOfWork => Services.UnitOfWork;

    /// <summary>The write turn a statement outside SaveChanges holds while it runs (see <see cref="WriteTurnInterceptor"/>).</summary>
    internal WriteTurn CommandTurn { get; set; }

    /// <summary>A SaveChanges is running: its first write (a transaction or a command) takes <see cref="SaveTurn"/>.</summary>
    internal bool Saving { get; private set; }

    /// <summary>
    /// The turn a SaveChanges holds from its first write to its end. Taken there, not when the save starts: finding
    /// the changes and building the SQL need no turn, and under many writers that work, held inside the turn, made
    /// every other writer wait for it.
    /// </summary>
    internal WriteTurn SaveTurn { get; set; }

    /// <summary>Table prefix of the module, e.g. <c>Organization</c>.</summary>
    public abstract string ModulePrefix { get; }

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>(OutboxMessage.TableName(ModulePrefix));

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ConfigureOutbox(ModulePrefix);

    /// <summary>Synchronous saves exist for libraries that need them (Data Protection's key ring).</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var written = BeforeSave();
        int result;
        Saving = true;
        try
        {
            result = base.SaveChanges(acceptAllChangesOnSuccess);
        }
        finally
        {
            EndSaveTurn();
        }
        if (written > 0) Services.OutboxSignal.Notify();
        return result;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var written = BeforeSave();
        int result;
        Saving = true;
        try
        {
            result = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            EndSaveTurn();
        }
        if (written > 0) Services.OutboxSignal.Notify();
        return result;
    }

    private void EndSaveTurn()
    {
        Saving = false;
        var turn = SaveTurn;
        SaveTurn = default;
        turn.Dispose();
    }

    private int BeforeSave()
    {
        JoinUnitOfWork();
        var now = Services.Clock.GetUtcNow().UtcDateTime;
        StampAudit(now, Services.CurrentUser.UserId);
        return WriteEventsToOutbox(now);
    }

    private void JoinUnitOfWork()
    {
        var transaction = Services.UnitOfWork.Transaction;
        if (transaction is not null && Database.CurrentTransaction?.GetDbTransaction() != transaction)
            Database.UseTransaction(transaction);
    }

    private void StampAudit(DateTime now, Guid? userId)
    {
        foreach (var entry in ChangeTracker.Entries<IAuditedEntity>())
        {
            if (entry.State == EntityState.Added) entry.Entity.StampCreated(now, userId);
            else if (entry.State == EntityState.Modified) entry.Entity.StampModified(now, userId);
        }
    }

    private int WriteEventsToOutbox(DateTime now)
    {
        var aggregates = ChangeTracker.Entries<AggregateRoot>().Select(e => e.Entity).Where(a => a.Events.Count > 0).ToList();
        var count = 0;
        foreach (var aggregate in aggregates)
        {
            foreach (var eto in aggregate.Events)
            {
                var type = eto.GetType();
                Outbox.Add(new OutboxMessage
                {
                    Id = eto.EventId,
                    Type = $"{type.FullName}, {type.Assembly.GetName().Name}",
                    Payload = JsonSerializer.Serialize(eto, type),
                    OccurredAt = now,
                });
                count++;
            }
            aggregate.ClearEvents();
        }
        return count;
    }
}

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
/// SaveChanges, and joins the request's <see cref="Data.UnitOfWork"/> transaction when one is open.
/// </summary>
public abstract class ModuleDbContext : TrainingDbContextBase
{
    private readonly ModuleDbContextServices _services;
    private readonly Action _leaveTransaction;

    protected ModuleDbContext(DbContextOptions options, ModuleDbContextServices services) : base(options)
    {
        _services = services;
        // The options are built once for the process; the request's shared connection is bound here, per context.
        Database.SetDbConnection(services.UnitOfWork.Connection);
        _leaveTransaction = () => Database.UseTransaction(null);
        services.UnitOfWork.TransactionEnded += _leaveTransaction;
    }

    public override void Dispose()
    {
        _services.UnitOfWork.TransactionEnded -= _leaveTransaction;
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        _services.UnitOfWork.TransactionEnded -= _leaveTransaction;
        return base.DisposeAsync();
    }

    internal UnitOfWork UnitOfWork => _services.UnitOfWork;

    /// <summary>The write turn a statement outside SaveChanges holds while it runs (see <see cref="WriteTurnInterceptor"/>).</summary>
    internal WriteTurn CommandTurn { get; set; }

    /// <summary>Table prefix of the module, e.g. <c>Organization</c>.</summary>
    public abstract string ModulePrefix { get; }

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>(OutboxMessage.TableName(ModulePrefix));

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ConfigureOutbox(ModulePrefix);

    /// <summary>Synchronous saves exist for libraries that need them (Data Protection's key ring).</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var written = BeforeSave();
        int result;
        using (ChangeTracker.HasChanges() ? _services.UnitOfWork.EnterWrite() : default)
            result = base.SaveChanges(acceptAllChangesOnSuccess);
        if (written > 0) _services.OutboxSignal.Notify();
        return result;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var written = BeforeSave();
        int result;
        using (ChangeTracker.HasChanges() ? await _services.UnitOfWork.EnterWriteAsync(cancellationToken) : default)
            result = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (written > 0) _services.OutboxSignal.Notify();
        return result;
    }

    private int BeforeSave()
    {
        JoinUnitOfWork();
        var now = _services.Clock.GetUtcNow().UtcDateTime;
        StampAudit(now, _services.CurrentUser.UserId);
        return WriteEventsToOutbox(now);
    }

    private void JoinUnitOfWork()
    {
        var transaction = _services.UnitOfWork.Transaction;
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

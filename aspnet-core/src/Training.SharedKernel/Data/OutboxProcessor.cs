using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Training.SharedKernel.Events;

namespace Training.SharedKernel.Data;

/// <summary>One module context whose outbox the dispatcher drains.</summary>
public sealed record OutboxSource(Type ContextType);

/// <summary>
/// Claims a batch of undelivered events through the database, so two nodes never deliver one event at the same time
/// (PostgreSQL <c>FOR UPDATE SKIP LOCKED</c>; SQLite serialises writers), delivers them to the handlers and marks them.
/// A failed delivery is retried with back-off; after <see cref="MaxAttempts"/> it stays with its error for an operator.
/// </summary>
public sealed class OutboxProcessor(
    IServiceScopeFactory scopes, IEnumerable<OutboxSource> sources, TimeProvider clock, ILogger<OutboxProcessor> logger)
{
    public const int MaxAttempts = 10;
    private const int BatchSize = 50;
    private static readonly TimeSpan LockFor = TimeSpan.FromMinutes(2);
    private static readonly ConcurrentDictionary<Type, Func<IServiceProvider, object, CancellationToken, Task>> Invokers = new();
    private static readonly MethodInfo InvokeMethod =
        typeof(OutboxProcessor).GetMethod(nameof(InvokeHandlersAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Delivers everything pending now; returns how many events were delivered.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken = default)
    {
        var total = 0;
        int delivered;
        do
        {
            delivered = 0;
            foreach (var source in sources) delivered += await DispatchBatchAsync(source, cancellationToken);
            total += delivered;
        } while (delivered > 0);
        return total;
    }

    public async Task<int> DispatchBatchAsync(OutboxSource source, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(source.ContextType);
        var token = Guid.NewGuid().ToString("N");
        var now = clock.GetUtcNow().UtcDateTime;
        var claimed = await db.Database.ExecuteSqlRawAsync(ClaimSql(db), [token, now + LockFor, now, MaxAttempts], cancellationToken);
        if (claimed == 0) return 0;

        var messages = await db.Outbox.Where(m => m.LockedBy == token).OrderBy(m => m.OccurredAt).ToListAsync(cancellationToken);
        var delivered = 0;
        foreach (var message in messages)
        {
            try
            {
                await DeliverAsync(message, cancellationToken);
                message.ProcessedAt = clock.GetUtcNow().UtcDateTime;
                message.LastError = null;
                delivered++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                message.Attempts++;
                message.LastError = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
                message.LockedUntil = clock.GetUtcNow().UtcDateTime + TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, message.Attempts)));
                logger.LogWarning(ex, "Outbox event {EventId} of type {Type} failed (attempt {Attempt})", message.Id, message.Type, message.Attempts);
            }
            message.LockedBy = null;
        }
        await db.SaveChangesAsync(cancellationToken);
        return delivered;
    }

    /// <summary>Removes delivered events older than the cut-off (a recurring job calls this).</summary>
    public async Task<int> DeleteDeliveredBeforeAsync(DateTime cutoffUtc, CancellationToken cancellationToken = default)
    {
        var deleted = 0;
        foreach (var source in sources)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(source.ContextType);
            deleted += await db.Outbox.Where(m => m.ProcessedAt != null && m.ProcessedAt < cutoffUtc).ExecuteDeleteAsync(cancellationToken);
        }
        return deleted;
    }

    private static string ClaimSql(ModuleDbContext db)
    {
        var table = OutboxMessage.TableName(db.ModulePrefix);
        var skipLocked = db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true ? " FOR UPDATE SKIP LOCKED" : "";
        return $$"""
            UPDATE "{{table}}" SET "LockedBy" = {0}, "LockedUntil" = {1}
            WHERE "Id" IN (SELECT "Id" FROM "{{table}}"
                           WHERE "ProcessedAt" IS NULL AND ("LockedUntil" IS NULL OR "LockedUntil" < {2}) AND "Attempts" < {3}
                           ORDER BY "OccurredAt" LIMIT {{BatchSize}}{{skipLocked}})
            """;
    }

    private async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var type = Type.GetType(message.Type, throwOnError: true)!;
        var eto = JsonSerializer.Deserialize(message.Payload, type)
                  ?? throw new InvalidOperationException($"Event {message.Id} has an empty payload.");
        var invoke = Invokers.GetOrAdd(type, t => InvokeMethod.MakeGenericMethod(t)
            .CreateDelegate<Func<IServiceProvider, object, CancellationToken, Task>>());
        await using var scope = scopes.CreateAsyncScope();
        await invoke(scope.ServiceProvider, eto, cancellationToken);
    }

    private static async Task InvokeHandlersAsync<TEto>(IServiceProvider services, object eto, CancellationToken cancellationToken)
        where TEto : IEto
    {
        foreach (var handler in services.GetServices<IEventHandler<TEto>>())
            await handler.HandleAsync((TEto)eto, cancellationToken);
    }
}

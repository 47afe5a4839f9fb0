using System.Collections.Concurrent;
using Training.Organization.Events;
using Training.SharedKernel.Events;

namespace Training.Tests.Infrastructure;

/// <summary>Counts deliveries per event id, across every app in the test process.</summary>
public sealed class RecordingHandler(string node) : IEventHandler<StaffMemberCreatedEto>, IEventHandler<StaffAssignedEto>
{
    public static readonly ConcurrentDictionary<Guid, ConcurrentBag<string>> Deliveries = new();

    public Task HandleAsync(StaffMemberCreatedEto eto, CancellationToken cancellationToken) => Record(eto.EventId);

    public Task HandleAsync(StaffAssignedEto eto, CancellationToken cancellationToken) => Record(eto.EventId);

    private Task Record(Guid eventId)
    {
        Deliveries.GetOrAdd(eventId, _ => []).Add(node);
        return Task.CompletedTask;
    }

    public static async Task WaitForAsync(Func<bool> condition, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException("The condition was not met in time.");
            await Task.Delay(100);
        }
    }
}

namespace Training.SharedKernel.Events;

/// <summary>
/// An event transfer object: an immutable <c>sealed record …Eto</c> in a module's Contracts that says what happened.
/// Delivered at least once through the outbox; handlers must be idempotent.
/// </summary>
public interface IEto
{
    /// <summary>Unique per occurrence, so handlers can recognise a redelivery.</summary>
    Guid EventId { get; }
}

/// <summary>Handles one kind of event. Register with <c>services.AddEventHandler&lt;TEto, THandler&gt;()</c>.</summary>
public interface IEventHandler<in TEto> where TEto : IEto
{
    Task HandleAsync(TEto eto, CancellationToken cancellationToken);
}

using Training.SharedKernel.Events;

namespace Training.SharedKernel.Domain;

/// <summary>
/// A consistency boundary. Its events are written to the owning module's outbox in the same transaction as its state
/// (see <see cref="Data.ModuleDbContext"/>), so nothing is lost if the process dies between the two.
/// </summary>
public abstract class AggregateRoot : Entity, IAuditedEntity
{
    private readonly List<IEto> _events = [];

    protected AggregateRoot() { }

    protected AggregateRoot(Guid id) : base(id) { }

    public DateTime CreatedAt { get; private set; }
    public Guid? CreatedBy { get; private set; }
    public DateTime? ModifiedAt { get; private set; }
    public Guid? ModifiedBy { get; private set; }

    public IReadOnlyList<IEto> Events => _events;

    protected void AddEvent(IEto eto) => _events.Add(eto);

    public void ClearEvents() => _events.Clear();

    void IAuditedEntity.StampCreated(DateTime at, Guid? by) => (CreatedAt, CreatedBy) = (at, by);

    void IAuditedEntity.StampModified(DateTime at, Guid? by) => (ModifiedAt, ModifiedBy) = (at, by);
}

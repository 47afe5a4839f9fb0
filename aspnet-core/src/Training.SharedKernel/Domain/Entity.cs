namespace Training.SharedKernel.Domain;

/// <summary>Anything with an identity. Ids are client-generated Guids so aggregates can be built before saving.</summary>
public abstract class Entity
{
    public Guid Id { get; protected set; }

    protected Entity() { }

    protected Entity(Guid id) => Id = id == Guid.Empty ? Guid.NewGuid() : id;
}

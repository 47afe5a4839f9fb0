namespace Training.SharedKernel.Domain;

/// <summary>Who created and last changed a row, and when (UTC). Stamped by the module DbContext, never by hand.</summary>
public interface IAuditedEntity
{
    DateTime CreatedAt { get; }
    Guid? CreatedBy { get; }
    DateTime? ModifiedAt { get; }
    Guid? ModifiedBy { get; }

    void StampCreated(DateTime at, Guid? by);
    void StampModified(DateTime at, Guid? by);
}

using Training.SharedKernel.Events;

namespace Training.Supervision.Events;

/// <summary>A disputed finding was upheld: it counts again, from its date (appraisals recount). Handlers are idempotent.</summary>
public sealed record FindingUpheldEto(Guid EventId, Guid FindingId, Guid HallId, Guid UnitId, Guid? StaffId,
    CatalogueCategory Category, DateOnly Date, DateTime DecidedAt) : IEto;

/// <summary>A disputed finding was withdrawn: it never counts (appraisals recount). Handlers are idempotent.</summary>
public sealed record FindingWithdrawnEto(Guid EventId, Guid FindingId, Guid HallId, Guid UnitId, Guid? StaffId,
    CatalogueCategory Category, DateOnly Date, DateTime DecidedAt) : IEto;

using Training.SharedKernel.Events;

namespace Training.Organization.Events;

public sealed record StaffMemberCreatedEto(Guid EventId, Guid StaffId, string StaffNumber, string Name, Guid HallId, Guid? UnitId) : IEto;

/// <summary>A person took up a window post (a move is an end plus a new assignment, with <see cref="IsMove"/>).</summary>
public sealed record StaffAssignedEto(
    Guid EventId, Guid StaffId, Guid AssignmentId, Guid WindowId, Guid UnitId, Guid HallId, DateOnly StartDate, bool IsMove) : IEto;

public sealed record StaffAssignmentEndedEto(
    Guid EventId, Guid StaffId, Guid AssignmentId, Guid WindowId, Guid UnitId, Guid HallId, DateOnly EndDate,
    AssignmentEndKind EndKind, string? Reason) : IEto;

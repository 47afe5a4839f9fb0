namespace Training.Contests.Domain;

/// <summary>A person's part in one contest (organiser, judge, chief judge); a person may hold several.</summary>
public sealed class ContestStaffRole
{
    private ContestStaffRole() { }

    public ContestStaffRole(Guid contestId, Guid staffId, ContestRole role) => (ContestId, StaffId, Role) = (contestId, staffId, role);

    public Guid ContestId { get; private set; }
    public Guid StaffId { get; private set; }
    public ContestRole Role { get; private set; }
}

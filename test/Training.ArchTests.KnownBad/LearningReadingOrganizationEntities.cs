using Training.Organization.Domain;

namespace Training.ArchTests.KnownBad;

/// <summary>
/// What Learning must never do: read another module's entity instead of asking its integration service. The
/// architecture tests apply the module rules to this assembly as if it were Learning and expect them to fail.
/// </summary>
public static class LearningReadingOrganizationEntities
{
    public static Guid HallOf(StaffMember staff) => staff.HallId;
}

using Microsoft.EntityFrameworkCore;
using Training.Organization.EntityFrameworkCore;

namespace Training.Organization.Application;

internal sealed class StaffIntegrationService(OrganizationDbContext db) : IStaffIntegrationService
{
    public async Task<IReadOnlyList<StaffSummary>> GetByIdsAsync(IReadOnlyCollection<Guid> staffIds, CancellationToken cancellationToken = default)
    {
        var ids = staffIds.Distinct().ToList();
        return await db.Staff.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new StaffSummary(s.Id, s.StaffNumber, s.Name, s.Kind, s.Status, s.HallId, s.UnitId, s.CurrentWindowId, s.UserId))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Guid>> GetLeadUserIdsAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken = default)
    {
        var ids = unitIds.Distinct().ToList();
        return await (from l in db.UnitLeads
                      join s in db.Staff on l.StaffId equals s.Id
                      where ids.Contains(l.UnitId) && s.UserId != null
                      select s.UserId!.Value).Distinct().ToListAsync(cancellationToken);
    }
}

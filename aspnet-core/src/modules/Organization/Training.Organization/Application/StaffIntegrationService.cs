using Microsoft.EntityFrameworkCore;
using Training.Organization.EntityFrameworkCore;
using Training.SharedKernel.Scoping;

namespace Training.Organization.Application;

internal sealed class StaffIntegrationService(OrganizationDbContext db) : IStaffIntegrationService
{
    public async Task<IReadOnlyList<StaffSummary>> GetByIdsAsync(IReadOnlyCollection<Guid> staffIds, CancellationToken cancellationToken = default)
    {
        var ids = staffIds.Distinct().ToList();
        return await Summaries(db.Staff.Where(s => ids.Contains(s.Id))).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<StaffSummary>> GetByStaffNumbersAsync(IReadOnlyCollection<string> staffNumbers, DataScope scope,
        CancellationToken cancellationToken = default)
    {
        var numbers = staffNumbers.Distinct().ToList();
        return await Summaries(db.Staff.Where(s => numbers.Contains(s.StaffNumber)).WhereInScope(scope, s => s.HallId, s => s.UnitId, s => s.Id))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<StaffSummary>> SearchAsync(StaffSearch search, CancellationToken cancellationToken = default)
    {
        var query = db.Staff.Where(s => s.Status == StaffStatus.Active);
        if (search.StaffIds is { } ids) query = query.Where(s => ids.Contains(s.Id));
        if (search.UnitId is { } unitId) query = query.Where(s => s.UnitId == unitId);
        if (search.WindowType is { } type) query = query.Where(s => db.Windows.Any(w => w.Id == s.CurrentWindowId && w.Type == type));
        if (search.Scope is { } scope) query = query.WhereInScope(scope, s => s.HallId, s => s.UnitId, s => s.Id);
        return await Summaries(query).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<StaffPost>> GetPostsInScopeAsync(DataScope scope, CancellationToken cancellationToken = default) =>
        await db.Staff.AsNoTracking().Where(s => s.Status == StaffStatus.Active)
            .WhereInScope(scope, s => s.HallId, s => s.UnitId, s => s.Id)
            .Select(s => new StaffPost(s.Id, s.CurrentWindowId != null))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Guid>> GetIdsInScopeAsync(DataScope scope, CancellationToken cancellationToken = default) =>
        await db.Staff.AsNoTracking().WhereInScope(scope, s => s.HallId, s => s.UnitId, s => s.Id).Select(s => s.Id).ToListAsync(cancellationToken);

    private IQueryable<StaffSummary> Summaries(IQueryable<Domain.StaffMember> staff) =>
        staff.AsNoTracking().Select(s => new StaffSummary(s.Id, s.StaffNumber, s.Name, s.Kind, s.Status, s.HallId, s.UnitId, s.CurrentWindowId,
            db.Windows.Where(w => w.Id == s.CurrentWindowId).Select(w => (WindowType?)w.Type).FirstOrDefault(), s.UserId,
            s.WorkStartDate));

    public async Task<IReadOnlyList<Guid>> GetLeadUserIdsAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken = default)
    {
        var ids = unitIds.Distinct().ToList();
        return await (from l in db.UnitLeads
                      join s in db.Staff on l.StaffId equals s.Id
                      where ids.Contains(l.UnitId) && s.UserId != null
                      select s.UserId!.Value).Distinct().ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Guid>> GetHallManagerUserIdsAsync(IReadOnlyCollection<Guid> hallIds, CancellationToken cancellationToken = default)
    {
        var ids = hallIds.Distinct().ToList();
        return await (from m in db.HallManagers
                      join s in db.Staff on m.StaffId equals s.Id
                      where ids.Contains(m.HallId) && s.UserId != null
                      select s.UserId!.Value).Distinct().ToListAsync(cancellationToken);
    }
}

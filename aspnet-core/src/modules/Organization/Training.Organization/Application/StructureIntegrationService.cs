using Microsoft.EntityFrameworkCore;
using Training.Organization.EntityFrameworkCore;

namespace Training.Organization.Application;

internal sealed class StructureIntegrationService(OrganizationDbContext db) : IStructureIntegrationService
{
    public async Task<IReadOnlyList<HallInfo>> GetHallsAsync(IReadOnlyCollection<Guid>? hallIds = null, CancellationToken cancellationToken = default)
    {
        var halls = db.Halls.AsNoTracking();
        if (hallIds is not null) halls = halls.Where(h => hallIds.Contains(h.Id));
        return await halls.OrderBy(h => h.Code).Select(h => new HallInfo(h.Id, h.Code, h.Name, h.TimeZone, h.IsActive))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<UnitInfo>> GetUnitsAsync(IReadOnlyCollection<Guid>? unitIds, IReadOnlyCollection<Guid>? hallIds = null,
        CancellationToken cancellationToken = default)
    {
        var units = db.Units.AsNoTracking();
        if (unitIds is not null) units = units.Where(u => unitIds.Contains(u.Id));
        if (hallIds is not null) units = units.Where(u => hallIds.Contains(u.HallId));
        return await units.OrderBy(u => u.Code).Select(u => new UnitInfo(u.Id, u.HallId, u.Code, u.Name, u.IsActive, u.DepartmentId))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<WindowInfo>> GetWindowsAsync(IReadOnlyCollection<Guid>? windowIds, IReadOnlyCollection<Guid>? unitIds = null,
        CancellationToken cancellationToken = default)
    {
        var windows = db.Windows.AsNoTracking();
        if (windowIds is not null) windows = windows.Where(w => windowIds.Contains(w.Id));
        if (unitIds is not null) windows = windows.Where(w => unitIds.Contains(w.UnitId));
        return await windows.OrderBy(w => w.Code).Select(w => new WindowInfo(w.Id, w.HallId, w.UnitId, w.Code, w.Name, w.Type, w.IsActive))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DepartmentInfo>> GetDepartmentsAsync(IReadOnlyCollection<Guid>? departmentIds = null,
        CancellationToken cancellationToken = default)
    {
        var departments = db.Departments.AsNoTracking();
        if (departmentIds is not null) departments = departments.Where(d => departmentIds.Contains(d.Id));
        return await departments.OrderBy(d => d.Name).Select(d => new DepartmentInfo(d.Id, d.Name)).ToListAsync(cancellationToken);
    }
}

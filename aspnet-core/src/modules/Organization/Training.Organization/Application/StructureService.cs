using Microsoft.EntityFrameworkCore;
using Training.Organization.Domain;
using Training.Organization.EntityFrameworkCore;
using Training.SharedKernel.Errors;

namespace Training.Organization.Application;

/// <summary>Halls, units, windows and departments: reference data every signed-in role may read.</summary>
internal sealed class StructureService(OrganizationDbContext db)
{
    public async Task<OrganizationTreeDto> GetTreeAsync(CancellationToken cancellationToken)
    {
        var halls = await db.Halls.AsNoTracking().OrderBy(h => h.Code).ToListAsync(cancellationToken);
        var units = await UnitQuery(db.Units.OrderBy(u => u.Code)).ToListAsync(cancellationToken);
        var windows = await WindowQuery(db.Windows.OrderBy(w => w.Code)).ToListAsync(cancellationToken);
        var leads = await (from l in db.UnitLeads
                           join s in db.Staff on l.StaffId equals s.Id
                           select new { l.UnitId, Person = new PersonRefDto(s.Id, s.StaffNumber, s.Name) }).ToListAsync(cancellationToken);
        var windowsByUnit = windows.ToLookup(w => w.UnitId);
        var leadsByUnit = leads.ToLookup(l => l.UnitId, l => l.Person);
        var unitsByHall = units.ToLookup(u => u.HallId);
        return new OrganizationTreeDto(halls.Select(h => new HallNodeDto(ToDto(h),
            unitsByHall[h.Id].Select(u => new UnitNodeDto(u, windowsByUnit[u.Id].ToList(), leadsByUnit[u.Id].ToList())).ToList())).ToList());
    }

    public async Task<IReadOnlyList<HallDto>> ListHallsAsync(CancellationToken cancellationToken) =>
        (await db.Halls.AsNoTracking().OrderBy(h => h.Code).ToListAsync(cancellationToken)).Select(ToDto).ToList();

    public async Task<HallDto> CreateHallAsync(SaveHallInput input, CancellationToken cancellationToken)
    {
        await EnsureHallCodeFreeAsync(input.Code, null, cancellationToken);
        if (input.ParentId is { } parent) await RequireAsync(db.Halls, parent, "Hall", cancellationToken);
        var hall = new Hall(Guid.NewGuid(), input.Code, input.Name, input.Kind, input.ParentId);
        db.Halls.Add(hall);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(hall);
    }

    public async Task<HallDto> UpdateHallAsync(Guid id, SaveHallInput input, CancellationToken cancellationToken)
    {
        var hall = await RequireAsync(db.Halls, id, "Hall", cancellationToken);
        await EnsureHallCodeFreeAsync(input.Code, id, cancellationToken);
        if (input.ParentId is { } parent && await IsDescendantOrSelfAsync(parent, id, cancellationToken))
            throw new BusinessException(OrganizationErrorCodes.HallParentCycle);
        hall.Update(input.Code, input.Name, input.Kind, input.ParentId, input.IsActive);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(hall);
    }

    public async Task<IReadOnlyList<UnitDto>> ListUnitsAsync(Guid? hallId, CancellationToken cancellationToken) =>
        await UnitQuery(db.Units.Where(u => hallId == null || u.HallId == hallId).OrderBy(u => u.Code)).ToListAsync(cancellationToken);

    public async Task<UnitDto> CreateUnitAsync(SaveUnitInput input, CancellationToken cancellationToken)
    {
        await RequireAsync(db.Halls, input.HallId, "Hall", cancellationToken);
        await EnsureUnitCodeFreeAsync(input.HallId, input.Code, null, cancellationToken);
        if (input.DepartmentId is { } dept) await RequireAsync(db.Departments, dept, "Department", cancellationToken);
        var unit = new WindowUnit(Guid.NewGuid(), input.HallId, input.Code, input.Name, input.Kind, input.DepartmentId);
        db.Units.Add(unit);
        await db.SaveChangesAsync(cancellationToken);
        return await UnitQuery(db.Units.Where(u => u.Id == unit.Id)).FirstAsync(cancellationToken);
    }

    public async Task<UnitDto> UpdateUnitAsync(Guid id, SaveUnitInput input, CancellationToken cancellationToken)
    {
        var unit = await RequireAsync(db.Units, id, "Unit", cancellationToken);
        await EnsureUnitCodeFreeAsync(unit.HallId, input.Code, id, cancellationToken);
        if (input.DepartmentId is { } dept) await RequireAsync(db.Departments, dept, "Department", cancellationToken);
        unit.Update(input.Code, input.Name, input.Kind, input.DepartmentId, input.IsActive);
        await db.SaveChangesAsync(cancellationToken);
        return await UnitQuery(db.Units.Where(u => u.Id == id)).FirstAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<WindowDto>> ListWindowsAsync(Guid? hallId, Guid? unitId, CancellationToken cancellationToken) =>
        await WindowQuery(db.Windows.Where(w => (hallId == null || w.HallId == hallId) && (unitId == null || w.UnitId == unitId))
            .OrderBy(w => w.Code)).ToListAsync(cancellationToken);

    public async Task<WindowDto> CreateWindowAsync(SaveWindowInput input, CancellationToken cancellationToken)
    {
        var unit = await RequireAsync(db.Units, input.UnitId, "Unit", cancellationToken);
        await EnsureWindowCodeFreeAsync(unit.HallId, input.Code, null, cancellationToken);
        var window = new Window(Guid.NewGuid(), unit, input.Code, input.Name, input.Type);
        db.Windows.Add(window);
        await db.SaveChangesAsync(cancellationToken);
        return await WindowQuery(db.Windows.Where(w => w.Id == window.Id)).FirstAsync(cancellationToken);
    }

    public async Task<WindowDto> UpdateWindowAsync(Guid id, SaveWindowInput input, CancellationToken cancellationToken)
    {
        var window = await RequireAsync(db.Windows, id, "Window", cancellationToken);
        await EnsureWindowCodeFreeAsync(window.HallId, input.Code, id, cancellationToken);
        if (input.UnitId != window.UnitId) window.MoveToUnit(await RequireAsync(db.Units, input.UnitId, "Unit", cancellationToken));
        window.Update(input.Code, input.Name, input.Type, input.IsActive);
        await db.SaveChangesAsync(cancellationToken);
        return await WindowQuery(db.Windows.Where(w => w.Id == id)).FirstAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DepartmentDto>> ListDepartmentsAsync(CancellationToken cancellationToken) =>
        await db.Departments.AsNoTracking().OrderBy(d => d.Name).Select(d => new DepartmentDto(d.Id, d.Name)).ToListAsync(cancellationToken);

    public async Task<DepartmentDto> CreateDepartmentAsync(CreateDepartmentInput input, CancellationToken cancellationToken)
    {
        var name = input.Name.Trim();
        if (await db.Departments.AnyAsync(d => d.Name == name, cancellationToken))
            throw new BusinessException(CommonErrorCodes.Duplicate, "department", name) { Kind = ErrorKind.Conflict };
        var department = new Department(Guid.NewGuid(), name);
        db.Departments.Add(department);
        await db.SaveChangesAsync(cancellationToken);
        return new DepartmentDto(department.Id, department.Name);
    }

    internal static async Task<T> RequireAsync<T>(DbSet<T> set, Guid id, string entity, CancellationToken cancellationToken)
        where T : SharedKernel.Domain.Entity =>
        await set.FirstOrDefaultAsync(e => e.Id == id, cancellationToken) ?? throw new EntityNotFoundException(entity, id);

    // Filter and order the entities first: EF cannot filter or sort on members of a record built by its constructor.
    private IQueryable<UnitDto> UnitQuery(IQueryable<WindowUnit> units) =>
        units.AsNoTracking().Select(u => new UnitDto(u.Id, u.HallId, u.Code, u.Name, u.Kind, u.DepartmentId,
            db.Departments.Where(d => d.Id == u.DepartmentId).Select(d => d.Name).FirstOrDefault(), u.IsActive));

    private IQueryable<WindowDto> WindowQuery(IQueryable<Window> windows) =>
        windows.AsNoTracking().Select(w => new WindowDto(w.Id, w.HallId, w.UnitId, w.Code, w.Name, w.Type, w.IsActive,
            db.Staff.Count(s => s.CurrentWindowId == w.Id)));

    private async Task<bool> IsDescendantOrSelfAsync(Guid candidate, Guid root, CancellationToken cancellationToken)
    {
        var parents = await db.Halls.AsNoTracking().ToDictionaryAsync(h => h.Id, h => h.ParentId, cancellationToken);
        for (Guid? at = candidate; at is { } id; at = parents.GetValueOrDefault(id))
            if (id == root) return true;
        return false;
    }

    private async Task EnsureHallCodeFreeAsync(string code, Guid? self, CancellationToken cancellationToken)
    {
        code = code.Trim();
        if (await db.Halls.AnyAsync(h => h.Code == code && h.Id != self, cancellationToken))
            throw new BusinessException(OrganizationErrorCodes.HallCodeTaken, code) { Kind = ErrorKind.Conflict };
    }

    private async Task EnsureUnitCodeFreeAsync(Guid hallId, string code, Guid? self, CancellationToken cancellationToken)
    {
        code = code.Trim();
        if (await db.Units.AnyAsync(u => u.HallId == hallId && u.Code == code && u.Id != self, cancellationToken))
            throw new BusinessException(OrganizationErrorCodes.UnitCodeTaken, code) { Kind = ErrorKind.Conflict };
    }

    private async Task EnsureWindowCodeFreeAsync(Guid hallId, string code, Guid? self, CancellationToken cancellationToken)
    {
        code = code.Trim();
        if (await db.Windows.AnyAsync(w => w.HallId == hallId && w.Code == code && w.Id != self, cancellationToken))
            throw new BusinessException(OrganizationErrorCodes.WindowCodeTaken, code) { Kind = ErrorKind.Conflict };
    }

    private static HallDto ToDto(Hall h) => new(h.Id, h.Code, h.Name, h.Kind, h.ParentId, h.IsActive);
}

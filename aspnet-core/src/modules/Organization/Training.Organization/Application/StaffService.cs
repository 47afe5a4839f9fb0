using Microsoft.EntityFrameworkCore;
using Training.Identity;
using Training.Organization.Domain;
using Training.Organization.EntityFrameworkCore;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Time;

namespace Training.Organization.Application;

/// <summary>People records, always read through the caller's data scope (out of scope answers 404).</summary>
internal sealed class StaffService(
    OrganizationDbContext db, IDataScopeProvider scopes, IUserAccountIntegrationService accounts, UnitOfWork unitOfWork, TimeProvider clock)
{
    private static readonly SortMap<StaffRow> Sort = new SortMap<StaffRow>("staffNumber asc")
        .Add("staffNumber", s => s.StaffNumber)
        .Add("name", s => s.Name)
        .Add("kind", s => s.Kind)
        .Add("status", s => s.Status)
        .Add("hallName", s => s.HallName)
        .Add("unitName", s => s.UnitName)
        .Add("windowCode", s => s.WindowCode);

    public async Task<PagedResult<StaffListItemDto>> ListAsync(StaffListInput input, CancellationToken cancellationToken)
    {
        var query = await ScopedAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            query = query.Where(s => s.Name.Contains(filter) || s.StaffNumber.Contains(filter));
        }
        if (input.HallId is { } hallId) query = query.Where(s => s.HallId == hallId);
        if (input.UnitId is { } unitId) query = query.Where(s => s.UnitId == unitId);
        if (input.Kind is { } kind) query = query.Where(s => s.Kind == kind);
        if (input.Status is { } status) query = query.Where(s => s.Status == status);

        var rows = from s in query
                   join h in db.Halls on s.HallId equals h.Id
                   join u in db.Units on s.UnitId equals (Guid?)u.Id into us
                   from u in us.DefaultIfEmpty()
                   join w in db.Windows on s.CurrentWindowId equals (Guid?)w.Id into ws
                   from w in ws.DefaultIfEmpty()
                   select new StaffRow
                   {
                       Id = s.Id, StaffNumber = s.StaffNumber, Name = s.Name, Kind = s.Kind, Status = s.Status, HallId = s.HallId,
                       HallName = h.Name, UnitId = s.UnitId, UnitName = u.Name, WindowId = s.CurrentWindowId, WindowCode = w.Code,
                       WindowName = w.Name, HasAccount = s.UserId != null,
                   };
        return await rows.ToPagedResultAsync(query, input, Sort, r => new StaffListItemDto(r.Id, r.StaffNumber, r.Name, r.Kind, r.Status,
            r.HallId, r.HallName, r.UnitId, r.UnitName, r.WindowId, r.WindowCode, r.WindowName, r.HasAccount), cancellationToken);
    }

    public async Task<StaffDetailDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var staff = await (await ScopedAsync(cancellationToken)).AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
                    ?? throw new EntityNotFoundException("StaffMember", id);
        var history = await (from a in db.Assignments
                             join w in db.Windows on a.WindowId equals w.Id
                             join u in db.Units on a.UnitId equals u.Id
                             join h in db.Halls on a.HallId equals h.Id
                             where a.StaffId == id
                             orderby a.StartDate descending
                             select new AssignmentDto(a.Id, a.WindowId, w.Code, w.Name, a.UnitId, u.Name, a.HallId, h.Name,
                                 a.StartDate, a.EndDate, a.EndKind, a.EndReason)).ToListAsync(cancellationToken);
        var names = await (from h in db.Halls.Where(h => h.Id == staff.HallId)
                           select new
                           {
                               Hall = h.Name,
                               Unit = db.Units.Where(u => u.Id == staff.UnitId).Select(u => u.Name).FirstOrDefault(),
                               Department = db.Departments.Where(d => d.Id == staff.DispatchingDepartmentId).Select(d => d.Name).FirstOrDefault(),
                           }).FirstAsync(cancellationToken);
        return new StaffDetailDto(staff.Id, staff.StaffNumber, staff.Name, staff.Phone, staff.Kind, staff.Status,
            staff.DispatchingDepartmentId, names.Department, staff.HallId, names.Hall, staff.UnitId, names.Unit, staff.UserId,
            history.FirstOrDefault(a => a.EndDate is null), history, staff.CreatedAt, staff.WorkStartDate,
            staff.WorkStartDate is { } start ? ServiceYears.WholeYears(start, clock.Today()) : null);
    }

    /// <summary>Creates the person and their sign-in account (user name = staff number, one-time password) together.</summary>
    public async Task<CreatedStaffDto> CreateAsync(SaveStaffInput input, CancellationToken cancellationToken)
    {
        await EnsureHallInScopeAsync(input.HallId, cancellationToken);
        await ValidateReferencesAsync(input, cancellationToken);
        var number = input.StaffNumber.Trim();
        if (await db.Staff.AnyAsync(s => s.StaffNumber == number, cancellationToken))
            throw new BusinessException(OrganizationErrorCodes.StaffNumberTaken, number) { Kind = ErrorKind.Conflict };

        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var staff = new StaffMember(Guid.NewGuid(), number, input.Name, input.Kind, input.DispatchingDepartmentId, input.HallId, input.UnitId);
        staff.UpdateProfile(input.Name, input.Phone, input.Kind, input.DispatchingDepartmentId);
        staff.SetWorkStartDate(input.WorkStartDate, clock.Today());
        var account = (await accounts.EnsureAccountsAsync(
            [new AccountRequest(number, staff.Name, staff.Id, [RoleNames.Staff])], AccountPasswordPolicy.OneTime, cancellationToken)).Single();
        staff.LinkUser(account.UserId);
        db.Staff.Add(staff);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync();
        return new CreatedStaffDto(await GetAsync(staff.Id, cancellationToken), account.UserName, account.InitialPassword);
    }

    public async Task<StaffDetailDto> UpdateAsync(Guid id, SaveStaffInput input, CancellationToken cancellationToken)
    {
        var staff = await (await ScopedAsync(cancellationToken)).FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
                    ?? throw new EntityNotFoundException("StaffMember", id);
        await EnsureHallInScopeAsync(staff.HallId, cancellationToken);
        await EnsureHallInScopeAsync(input.HallId, cancellationToken);
        await ValidateReferencesAsync(input, cancellationToken);
        staff.UpdateProfile(input.Name, input.Phone, input.Kind, input.DispatchingDepartmentId);
        staff.SetWorkStartDate(input.WorkStartDate, clock.Today());
        if (staff.HallId != input.HallId || staff.UnitId != input.UnitId) staff.PlaceIn(input.HallId, input.UnitId);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>Staff rows the caller may see: by the person's current hall and unit, or the caller's own record.</summary>
    internal async Task<IQueryable<StaffMember>> ScopedAsync(CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        return db.Staff.WhereInScope(scope, s => s.HallId, s => s.UnitId, s => s.Id);
    }

    /// <summary>Writes are allowed only inside the halls the caller manages (Admin: all).</summary>
    internal async Task EnsureHallInScopeAsync(Guid hallId, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        if (!scope.CoversHall(hallId)) throw new BusinessException(OrganizationErrorCodes.OutsideYourHalls) { Kind = ErrorKind.Forbidden };
    }

    private async Task ValidateReferencesAsync(SaveStaffInput input, CancellationToken cancellationToken)
    {
        await StructureService.RequireAsync(db.Halls, input.HallId, "Hall", cancellationToken);
        if (input.UnitId is { } unitId)
        {
            var unit = await StructureService.RequireAsync(db.Units, unitId, "Unit", cancellationToken);
            if (unit.HallId != input.HallId) throw new BusinessException(OrganizationErrorCodes.UnknownReference, "unit", unit.Code);
        }
        if (input.DispatchingDepartmentId is { } dept) await StructureService.RequireAsync(db.Departments, dept, "Department", cancellationToken);
    }

    /// <summary>A flat row built with an object initializer, so EF can sort on its members before the page is cut.</summary>
    private sealed class StaffRow
    {
        public Guid Id { get; init; }
        public string StaffNumber { get; init; } = "";
        public string Name { get; init; } = "";
        public StaffKind Kind { get; init; }
        public StaffStatus Status { get; init; }
        public Guid HallId { get; init; }
        public string HallName { get; init; } = "";
        public Guid? UnitId { get; init; }
        public string? UnitName { get; init; }
        public Guid? WindowId { get; init; }
        public string? WindowCode { get; init; }
        public string? WindowName { get; init; }
        public bool HasAccount { get; init; }
    }
}

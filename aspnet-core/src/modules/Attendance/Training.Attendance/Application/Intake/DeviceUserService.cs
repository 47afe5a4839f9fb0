using Microsoft.EntityFrameworkCore;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Scoping;

namespace Training.Attendance.Application.Intake;

/// <summary>
/// The mapping of enrolment numbers to people, kept per device or for a whole hall, within the caller's halls: a hall
/// or device outside them answers 404 (listing) or is refused (writing). People are found by staff number within the
/// caller's scope for writing, and must belong to the hall.
/// </summary>
internal sealed class DeviceUserService(
    AttendanceDbContext db, IDataScopeProvider scopes, IStaffIntegrationService staff, DeviceService devices)
{
    private static readonly SortMap<DeviceUser> Sort = new SortMap<DeviceUser>("deviceUserId")
        .Add("deviceUserId", u => u.DeviceUserId).Add("createdAt", u => u.CreatedAt);

    public async Task<PagedResult<DeviceUserDto>> ListAsync(DeviceUserListInput input, CancellationToken cancellationToken)
    {
        await EnsureLevelAsync(input.HallId, input.DeviceId, forWriting: false, cancellationToken);
        var query = Level(input.HallId, input.DeviceId).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            // A filter by person goes through Organization: the matching people of the hall, then their entries.
            var f = input.Filter.Trim();
            var people = await staff.SearchAsync(new StaffSearch(Scope: new DataScope(ScopeKind.Halls, null, [], [input.HallId])), cancellationToken);
            var matching = people.Where(p => p.StaffNumber.Contains(f, StringComparison.OrdinalIgnoreCase) || p.Name.Contains(f, StringComparison.Ordinal))
                .Select(p => p.Id).ToList();
            query = query.Where(u => u.DeviceUserId.Contains(f) || matching.Contains(u.StaffId));
        }
        var page = await query.ToPagedResultAsync(input, Sort, u => u, cancellationToken);
        return new PagedResult<DeviceUserDto>(page.TotalCount, await ToDtosAsync(page.Items, cancellationToken));
    }

    public async Task<DeviceUserDto> CreateAsync(SaveDeviceUserInput input, CancellationToken cancellationToken)
    {
        await EnsureLevelAsync(input.HallId, input.DeviceId, forWriting: true, cancellationToken);
        var userId = input.DeviceUserId.Trim();
        if (await Level(input.HallId, input.DeviceId).AnyAsync(u => u.DeviceUserId == userId, cancellationToken))
            throw new BusinessException(AttendanceErrorCodes.DeviceUserIdTaken, userId) { Kind = ErrorKind.Conflict };
        var person = await PersonAsync(input.HallId, input.StaffNumber, cancellationToken);
        var entry = new DeviceUser(Guid.NewGuid(), input.HallId, input.DeviceId, userId, person.Id);
        db.DeviceUsers.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return (await ToDtosAsync([entry], cancellationToken))[0];
    }

    /// <summary>Maps an existing entry to another person (the device user id and the level stay).</summary>
    public async Task<DeviceUserDto> UpdateAsync(Guid id, SaveDeviceUserInput input, CancellationToken cancellationToken)
    {
        var entry = await FindAsync(id, cancellationToken);
        var person = await PersonAsync(entry.HallId, input.StaffNumber, cancellationToken);
        entry.MapTo(person.Id);
        await db.SaveChangesAsync(cancellationToken);
        return (await ToDtosAsync([entry], cancellationToken))[0];
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var entry = await FindAsync(id, cancellationToken);
        db.DeviceUsers.Remove(entry);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The hall is in the caller's scope and the device, when given, is one of its devices.</summary>
    public async Task EnsureLevelAsync(Guid hallId, Guid? deviceId, bool forWriting, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        if (!(forWriting ? scope.ForWriting() : scope).CoversHall(hallId)) throw new EntityNotFoundException("Hall", hallId);
        if (deviceId is { } id && (await devices.FindAsync(id, forWriting: false, cancellationToken)).HallId != hallId)
            throw new BusinessException(AttendanceErrorCodes.DeviceNotInHall);
    }

    /// <summary>The entries of one level: a device's own, or the hall-wide ones.</summary>
    public IQueryable<DeviceUser> Level(Guid hallId, Guid? deviceId) =>
        deviceId is { } id ? db.DeviceUsers.Where(u => u.HallId == hallId && u.DeviceId == id)
            : db.DeviceUsers.Where(u => u.HallId == hallId && u.DeviceId == null);

    public async Task<List<DeviceUserDto>> ToDtosAsync(IReadOnlyList<DeviceUser> entries, CancellationToken cancellationToken)
    {
        var people = (await staff.GetByIdsAsync(entries.Select(e => e.StaffId).Distinct().ToList(), cancellationToken)).ToDictionary(p => p.Id);
        return entries.Select(e =>
        {
            var person = people.GetValueOrDefault(e.StaffId);
            return new DeviceUserDto(e.Id, e.HallId, e.DeviceId, e.DeviceUserId, e.StaffId, person?.StaffNumber ?? "", person?.Name ?? "");
        }).ToList();
    }

    private async Task<DeviceUser> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = (await scopes.GetAsync(cancellationToken)).ForWriting();
        var entry = await db.DeviceUsers.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (entry is null || !scope.CoversHall(entry.HallId)) throw new EntityNotFoundException("DeviceUser", id);
        return entry;
    }

    private async Task<StaffSummary> PersonAsync(Guid hallId, string staffNumber, CancellationToken cancellationToken)
    {
        var scope = (await scopes.GetAsync(cancellationToken)).ForWriting();
        var number = staffNumber.Trim();
        var person = (await staff.GetByStaffNumbersAsync([number], scope, cancellationToken)).FirstOrDefault();
        if (person is null) throw new BusinessException(AttendanceErrorCodes.UnknownStaffNumber, number);
        if (person.HallId != hallId) throw new BusinessException(AttendanceErrorCodes.StaffNotInHall, person.Name);
        return person;
    }
}

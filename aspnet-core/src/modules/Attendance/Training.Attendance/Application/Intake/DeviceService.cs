using Microsoft.EntityFrameworkCore;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.Identity;
using Training.Organization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Scoping;

namespace Training.Attendance.Application.Intake;

/// <summary>
/// Registers devices and their keys. A hall manager or attendance clerk sees and manages the devices of their halls
/// (a device outside the caller's scope answers 404), an administrator all. Registering and rotating issue an Identity
/// device key in the same transaction as the device; its secret is answered once.
/// </summary>
internal sealed class DeviceService(
    AttendanceDbContext db, IDataScopeProvider scopes, IDeviceKeyIntegrationService keys, IStructureIntegrationService structure,
    UnitOfWork unitOfWork)
{
    private static readonly SortMap<AttendanceDevice> Sort = new SortMap<AttendanceDevice>("serialNumber")
        .Add("serialNumber", d => d.SerialNumber).Add("name", d => d.Name).Add("model", d => d.Model)
        .Add("kind", d => d.Kind).Add("isActive", d => d.IsActive).Add("createdAt", d => d.CreatedAt);

    public async Task<PagedResult<DeviceDto>> ListAsync(DeviceListInput input, CancellationToken cancellationToken)
    {
        var query = (await ScopedAsync(cancellationToken)).AsNoTracking();
        if (input.HallId is { } hall) query = query.Where(d => d.HallId == hall);
        if (input.Kind is { } kind) query = query.Where(d => d.Kind == kind);
        if (input.IsActive is { } active) query = query.Where(d => d.IsActive == active);
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var f = input.Filter.Trim();
            query = query.Where(d => d.Name.Contains(f) || d.SerialNumber.Contains(f) || (d.Model != null && d.Model.Contains(f)));
        }
        var page = await query.ToPagedResultAsync(input, Sort, d => d, cancellationToken);
        var halls = await HallNamesAsync(page.Items.Select(d => d.HallId), cancellationToken);
        return new PagedResult<DeviceDto>(page.TotalCount, page.Items.Select(d => ToDto(d, halls)).ToList());
    }

    public async Task<DeviceDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var device = await FindAsync(id, forWriting: false, cancellationToken);
        return ToDto(device, await HallNamesAsync([device.HallId], cancellationToken));
    }

    public async Task<DeviceWithKeyDto> RegisterAsync(RegisterDeviceInput input, CancellationToken cancellationToken)
    {
        await EnsureHallAsync(input.HallId, cancellationToken);
        var serial = input.SerialNumber.Trim();
        if (await db.Devices.AnyAsync(d => d.SerialNumber == serial, cancellationToken))
            throw new BusinessException(AttendanceErrorCodes.SerialNumberTaken, serial) { Kind = ErrorKind.Conflict };
        var timeZone = AttendanceDevice.ValidTimeZone(input.TimeZone);

        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var key = await keys.IssueAsync(KeyName(input.Name, serial), input.HallId, cancellationToken);
        var device = new AttendanceDevice(Guid.NewGuid(), serial, input.Name, input.HallId, input.Model, input.Kind, timeZone, key.Id);
        db.Devices.Add(device);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync();
        return new DeviceWithKeyDto(ToDto(device, await HallNamesAsync([device.HallId], cancellationToken)), key.Prefix, key.Secret);
    }

    public async Task<DeviceDto> UpdateAsync(Guid id, UpdateDeviceInput input, CancellationToken cancellationToken)
    {
        var device = await FindAsync(id, forWriting: true, cancellationToken);
        device.Update(input.Name, input.Model, input.Kind, input.TimeZone);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(device, await HallNamesAsync([device.HallId], cancellationToken));
    }

    /// <summary>Issues a new key and revokes the old one at once (a key seen where it should not be).</summary>
    public async Task<DeviceWithKeyDto> RotateKeyAsync(Guid id, CancellationToken cancellationToken)
    {
        var device = await FindAsync(id, forWriting: true, cancellationToken);
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var key = await keys.IssueAsync(KeyName(device.Name, device.SerialNumber), device.HallId, cancellationToken);
        await keys.RevokeAsync(device.DeviceKeyId, cancellationToken);
        device.ReplaceKey(key.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync();
        return new DeviceWithKeyDto(ToDto(device, await HallNamesAsync([device.HallId], cancellationToken)), key.Prefix, key.Secret);
    }

    /// <summary>
    /// A deactivated device keeps its key, so it can still sign in and be told, event by event, that it is refused
    /// (rather than failing authentication and retrying forever); activating it again lets it report.
    /// </summary>
    public async Task<DeviceDto> SetActiveAsync(Guid id, bool active, CancellationToken cancellationToken)
    {
        var device = await FindAsync(id, forWriting: true, cancellationToken);
        if (active) device.Activate();
        else device.Deactivate();
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(device, await HallNamesAsync([device.HallId], cancellationToken));
    }

    /// <summary>A device in the caller's scope (for writing: without the own-record exception, which devices do not have anyway).</summary>
    public async Task<AttendanceDevice> FindAsync(Guid id, bool forWriting, CancellationToken cancellationToken)
    {
        var query = await ScopedAsync(cancellationToken);
        var device = forWriting
            ? await query.FirstOrDefaultAsync(d => d.Id == id, cancellationToken)
            : await query.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        return device ?? throw new EntityNotFoundException("AttendanceDevice", id);
    }

    /// <summary>The hall exists and the caller may write in it.</summary>
    private async Task EnsureHallAsync(Guid hallId, CancellationToken cancellationToken)
    {
        // A hall outside the caller's halls is answered like one that does not exist.
        var scope = (await scopes.GetAsync(cancellationToken)).ForWriting();
        if (!scope.CoversHall(hallId) || (await structure.GetHallsAsync([hallId], cancellationToken)).Count == 0)
            throw new EntityNotFoundException("Hall", hallId);
    }

    private async Task<IQueryable<AttendanceDevice>> ScopedAsync(CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        return db.Devices.WhereInScope(scope, d => d.HallId, null, null);
    }

    private async Task<Dictionary<Guid, string>> HallNamesAsync(IEnumerable<Guid> hallIds, CancellationToken cancellationToken)
    {
        var ids = hallIds.Distinct().ToList();
        if (ids.Count == 0) return [];
        return (await structure.GetHallsAsync(ids, cancellationToken)).ToDictionary(h => h.Id, h => h.Name);
    }

    private static string KeyName(string name, string serial)
    {
        var text = $"{name.Trim()} ({serial})";
        return text.Length <= IdentityConsts.MaxDeviceNameLength ? text : text[..IdentityConsts.MaxDeviceNameLength];
    }

    private static DeviceDto ToDto(AttendanceDevice d, IReadOnlyDictionary<Guid, string> halls) =>
        new(d.Id, d.SerialNumber, d.Name, d.HallId, halls.GetValueOrDefault(d.HallId, ""), d.Model, d.Kind, d.TimeZone, d.IsActive,
            d.DeviceKeyId, d.CreatedAt);
}

using Microsoft.EntityFrameworkCore;
using Training.Identity;
using Training.Organization;
using Training.Ratings.Domain;
using Training.Ratings.EntityFrameworkCore;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Scoping;

namespace Training.Ratings.Application.Devices;

/// <summary>
/// Registers rating pads and case systems and their keys. A hall manager sees and manages the devices of their halls (a
/// device outside the caller's scope answers 404), an administrator all. Registering and rotating issue an Identity
/// device key in the same transaction as the device; its secret is answered once.
/// </summary>
internal sealed class RatingDeviceService(
    RatingsDbContext db, IDataScopeProvider scopes, IDeviceKeyIntegrationService keys, IStructureIntegrationService structure,
    UnitOfWork unitOfWork)
{
    private static readonly SortMap<RatingDevice> Sort = new SortMap<RatingDevice>("name")
        .Add("name", d => d.Name).Add("kind", d => d.Kind).Add("isActive", d => d.IsActive).Add("createdAt", d => d.CreatedAt);

    public async Task<PagedResult<RatingDeviceDto>> ListAsync(RatingDeviceListInput input, CancellationToken cancellationToken)
    {
        var query = (await ScopedAsync(cancellationToken)).AsNoTracking();
        if (input.HallId is { } hall) query = query.Where(d => d.HallId == hall);
        if (input.Kind is { } kind) query = query.Where(d => d.Kind == kind);
        if (input.IsActive is { } active) query = query.Where(d => d.IsActive == active);
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var f = input.Filter.Trim();
            query = query.Where(d => d.Name.Contains(f));
        }
        var page = await query.ToPagedResultAsync(input, Sort, d => d, cancellationToken);
        return new PagedResult<RatingDeviceDto>(page.TotalCount, await ToDtosAsync(page.Items, cancellationToken));
    }

    public async Task<RatingDeviceWithKeyDto> RegisterAsync(RegisterRatingDeviceInput input, CancellationToken cancellationToken)
    {
        await EnsureHallAsync(input.HallId, cancellationToken);
        var windowId = await CheckedWindowAsync(input.HallId, input.Kind, input.WindowId, cancellationToken);
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var key = await keys.IssueAsync(KeyName(input.Name), input.HallId, cancellationToken);
        var device = new RatingDevice(Guid.NewGuid(), input.HallId, input.Name, input.Kind, windowId, key.Id);
        db.Devices.Add(device);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync();
        return new RatingDeviceWithKeyDto((await ToDtosAsync([device], cancellationToken))[0], key.Prefix, key.Secret);
    }

    public async Task<RatingDeviceDto> UpdateAsync(Guid id, UpdateRatingDeviceInput input, CancellationToken cancellationToken)
    {
        var device = await FindAsync(id, cancellationToken);
        device.Update(input.Name, await CheckedWindowAsync(device.HallId, device.Kind, input.WindowId, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return (await ToDtosAsync([device], cancellationToken))[0];
    }

    /// <summary>Issues a new key and revokes the old one at once (a key seen where it should not be).</summary>
    public async Task<RatingDeviceWithKeyDto> RotateKeyAsync(Guid id, CancellationToken cancellationToken)
    {
        var device = await FindAsync(id, cancellationToken);
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var key = await keys.IssueAsync(KeyName(device.Name), device.HallId, cancellationToken);
        await keys.RevokeAsync(device.DeviceKeyId, cancellationToken);
        device.ReplaceKey(key.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync();
        return new RatingDeviceWithKeyDto((await ToDtosAsync([device], cancellationToken))[0], key.Prefix, key.Secret);
    }

    /// <summary>A deactivated device keeps its key: it can still sign in and be told it is refused, rather than retry forever.</summary>
    public async Task<RatingDeviceDto> SetActiveAsync(Guid id, bool active, CancellationToken cancellationToken)
    {
        var device = await FindAsync(id, cancellationToken);
        if (active) device.Activate();
        else device.Deactivate();
        await db.SaveChangesAsync(cancellationToken);
        return (await ToDtosAsync([device], cancellationToken))[0];
    }

    private async Task<RatingDevice> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await (await ScopedAsync(cancellationToken)).FirstOrDefaultAsync(d => d.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException("RatingDevice", id);

    private async Task EnsureHallAsync(Guid hallId, CancellationToken cancellationToken)
    {
        // A hall outside the caller's halls is answered like one that does not exist.
        var scope = (await scopes.GetAsync(cancellationToken)).ForWriting();
        if (!scope.CoversHall(hallId) || (await structure.GetHallsAsync([hallId], cancellationToken)).Count == 0)
            throw new EntityNotFoundException("Hall", hallId);
    }

    /// <summary>A pad's window must be a window of the device's hall; a case system has none.</summary>
    private async Task<Guid?> CheckedWindowAsync(Guid hallId, RatingDeviceKind kind, Guid? windowId, CancellationToken cancellationToken)
    {
        if (kind != RatingDeviceKind.RatingPad || windowId is not { } id) return null;
        var window = (await structure.GetWindowsAsync([id], null, cancellationToken)).FirstOrDefault();
        if (window is null || window.HallId != hallId)
            throw new BusinessException(RatingsErrorCodes.UnknownWindow, id.ToString()) { Kind = ErrorKind.Invalid };
        return id;
    }

    private async Task<IQueryable<RatingDevice>> ScopedAsync(CancellationToken cancellationToken) =>
        db.Devices.WhereInScope((await scopes.GetAsync(cancellationToken)).ForWriting(), d => d.HallId, null, null);

    private async Task<List<RatingDeviceDto>> ToDtosAsync(IReadOnlyList<RatingDevice> devices, CancellationToken cancellationToken)
    {
        var hallIds = devices.Select(d => d.HallId).Distinct().ToList();
        var windowIds = devices.Select(d => d.WindowId).OfType<Guid>().Distinct().ToList();
        var halls = hallIds.Count == 0 ? [] : (await structure.GetHallsAsync(hallIds, cancellationToken)).ToDictionary(h => h.Id);
        var windows = windowIds.Count == 0 ? [] : (await structure.GetWindowsAsync(windowIds, null, cancellationToken)).ToDictionary(w => w.Id);
        return devices.Select(d =>
        {
            var window = d.WindowId is { } w ? windows.GetValueOrDefault(w) : null;
            return new RatingDeviceDto(d.Id, d.Name, d.Kind, d.HallId, halls.GetValueOrDefault(d.HallId)?.Name ?? "", d.WindowId,
                window?.Code, window?.Name, d.IsActive, d.CreatedAt);
        }).ToList();
    }

    private static string KeyName(string name)
    {
        var text = $"好差评 {name.Trim()}";
        return text.Length <= IdentityConsts.MaxDeviceNameLength ? text : text[..IdentityConsts.MaxDeviceNameLength];
    }
}

using Microsoft.EntityFrameworkCore;
using Training.Identity.Domain;
using Training.Identity.EntityFrameworkCore;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Errors;

namespace Training.Identity.Application;

internal sealed class DeviceKeyService(IdentityModuleDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<IReadOnlyList<DeviceKeyDto>> ListAsync(CancellationToken cancellationToken) =>
        (await db.DeviceKeys.AsNoTracking().OrderByDescending(k => k.CreatedAt).ToListAsync(cancellationToken)).Select(ToDto).ToList();

    public async Task<CreatedDeviceKeyDto> CreateAsync(CreateDeviceKeyInput input, CancellationToken cancellationToken)
    {
        var (key, secret) = DeviceKey.Issue(input.Name, input.HallId, clock.GetUtcNow().UtcDateTime, currentUser.UserId);
        db.DeviceKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedDeviceKeyDto(ToDto(key), secret);
    }

    public async Task RevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        var key = await db.DeviceKeys.FirstOrDefaultAsync(k => k.Id == id, cancellationToken)
                  ?? throw new EntityNotFoundException("DeviceKey", id);
        key.Revoke(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static DeviceKeyDto ToDto(DeviceKey k) => new(k.Id, k.Name, k.Prefix, k.HallId, k.CreatedAt, k.LastUsedAt, k.RevokedAt);
}

using Microsoft.EntityFrameworkCore;
using Training.Ratings.Domain;
using Training.Ratings.EntityFrameworkCore;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Errors;

namespace Training.Ratings.Application.Devices;

/// <summary>The registered Ratings device behind the caller's device key, checked for its kind and state.</summary>
internal static class CallingDevice
{
    /// <summary>
    /// The device, or a refusal: a key of no Ratings device (403 <see cref="RatingsErrorCodes.NotThisDevicesKey"/>), a
    /// device of the other kind (403 <see cref="RatingsErrorCodes.WrongDeviceKind"/>), a deactivated one (403
    /// <see cref="RatingsErrorCodes.InactiveDevice"/>).
    /// </summary>
    public static async Task<RatingDevice> GetAsync(RatingsDbContext db, ICurrentUser currentUser, RatingDeviceKind kind,
        CancellationToken cancellationToken)
    {
        var keyId = currentUser.UserId;
        var device = keyId is null ? null : await db.Devices.AsNoTracking().FirstOrDefaultAsync(d => d.DeviceKeyId == keyId, cancellationToken);
        if (device is null) throw new BusinessException(RatingsErrorCodes.NotThisDevicesKey) { Kind = ErrorKind.Forbidden };
        if (device.Kind != kind) throw new BusinessException(RatingsErrorCodes.WrongDeviceKind) { Kind = ErrorKind.Forbidden };
        if (!device.IsActive) throw new BusinessException(RatingsErrorCodes.InactiveDevice) { Kind = ErrorKind.Forbidden };
        return device;
    }
}

using System.ComponentModel.DataAnnotations;

namespace Training.Identity;

public sealed record DeviceKeyDto(Guid Id, string Name, string Prefix, Guid? HallId, DateTime CreatedAt, DateTime? LastUsedAt, DateTime? RevokedAt);

public sealed record CreateDeviceKeyInput(
    [property: Required, StringLength(IdentityConsts.MaxDeviceNameLength)] string Name, Guid? HallId);

/// <summary>The key itself appears only in this response; the server keeps its hash.</summary>
public sealed record CreatedDeviceKeyDto(DeviceKeyDto Key, string Secret);

public sealed record DeviceWhoAmIDto(Guid DeviceKeyId, string Name, Guid? HallId);

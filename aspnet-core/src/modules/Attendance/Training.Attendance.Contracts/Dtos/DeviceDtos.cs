using System.ComponentModel.DataAnnotations;
using Training.SharedKernel.Paging;

namespace Training.Attendance;

public sealed record DeviceListInput : PagedRequest
{
    /// <summary>Part of the name, serial number or model.</summary>
    [StringLength(MaxFilterLength)]
    public string? Filter { get; init; }

    public Guid? HallId { get; init; }
    public DeviceKind? Kind { get; init; }
    public bool? IsActive { get; init; }
}

public sealed record DeviceDto(
    Guid Id, string SerialNumber, string Name, Guid HallId, string HallName, string? Model, DeviceKind Kind, string TimeZone,
    bool IsActive, Guid DeviceKeyId, DateTime CreatedAt);

public sealed record RegisterDeviceInput(
    [property: Required, StringLength(AttendanceConsts.MaxSerialLength)] string SerialNumber,
    [property: Required, StringLength(AttendanceConsts.MaxNameLength)] string Name,
    Guid HallId,
    [property: StringLength(AttendanceConsts.MaxNameLength)] string? Model,
    DeviceKind Kind,
    [property: StringLength(AttendanceConsts.MaxTimeZoneLength)] string? TimeZone);

public sealed record UpdateDeviceInput(
    [property: Required, StringLength(AttendanceConsts.MaxNameLength)] string Name,
    [property: StringLength(AttendanceConsts.MaxNameLength)] string? Model,
    DeviceKind Kind,
    [property: StringLength(AttendanceConsts.MaxTimeZoneLength)] string? TimeZone);

/// <summary>The device and its key's secret: the secret is in this response only, the server keeps its hash.</summary>
public sealed record DeviceWithKeyDto(DeviceDto Device, string KeyPrefix, string Secret);

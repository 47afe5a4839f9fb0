using System.ComponentModel.DataAnnotations;
using Training.SharedKernel.Paging;

namespace Training.Attendance;

/// <summary>A hall's mapping: the hall-wide entries (no device) or one device's own entries.</summary>
public sealed record DeviceUserListInput : PagedRequest
{
    public Guid HallId { get; init; }

    /// <summary>A device of the hall: its own entries; none: the hall-wide entries.</summary>
    public Guid? DeviceId { get; init; }

    /// <summary>Part of the device user id, the staff number or the name.</summary>
    [StringLength(MaxFilterLength)]
    public string? Filter { get; init; }
}

public sealed record DeviceUserDto(Guid Id, Guid HallId, Guid? DeviceId, string DeviceUserId, Guid StaffId, string StaffNumber, string StaffName);

public sealed record SaveDeviceUserInput(
    Guid HallId,
    Guid? DeviceId,
    [property: Required, StringLength(AttendanceConsts.MaxDeviceUserIdLength)] string DeviceUserId,
    [property: Required, StringLength(AttendanceConsts.MaxStaffNumberLength)] string StaffNumber);

/// <summary>Where an import or export of the mapping applies: a hall's hall-wide entries, or one device's.</summary>
public sealed record DeviceUserScopeInput
{
    public Guid HallId { get; init; }
    public Guid? DeviceId { get; init; }
}

public sealed record DeviceUserImportResultDto(int Created, int Updated, int Unchanged);

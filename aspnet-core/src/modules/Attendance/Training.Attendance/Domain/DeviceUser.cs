using Training.SharedKernel.Domain;

namespace Training.Attendance.Domain;

/// <summary>
/// An enrolment number (device user id) mapped to a person, either for one device or for the whole hall: a hall-wide
/// entry applies to every device of the hall, an entry for the device wins over it. Unique per (hall, device or none,
/// device user id).
/// </summary>
public sealed class DeviceUser : AggregateRoot
{
    private DeviceUser() { }

    public DeviceUser(Guid id, Guid hallId, Guid? deviceId, string deviceUserId, Guid staffId) : base(id)
    {
        HallId = hallId;
        DeviceId = deviceId;
        DeviceUserId = Check.NotBlank(deviceUserId, "deviceUserId", AttendanceConsts.MaxDeviceUserIdLength);
        StaffId = staffId;
    }

    public Guid HallId { get; private set; }

    /// <summary>Null for a hall-wide entry.</summary>
    public Guid? DeviceId { get; private set; }

    public string DeviceUserId { get; private set; } = "";
    public Guid StaffId { get; private set; }

    public void MapTo(Guid staffId) => StaffId = staffId;
}

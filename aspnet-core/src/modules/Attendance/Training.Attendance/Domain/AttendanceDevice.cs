using Training.SharedKernel.Domain;
using Training.SharedKernel.Errors;

namespace Training.Attendance.Domain;

/// <summary>
/// A device that reports to Attendance: a fingerprint clock (punches) or a queue-calling system / rating pad (post
/// status). Registered with its serial number (unique: punches are identified by it), its hall and its time zone; it
/// signs in with an Identity device key whose id it keeps (the secret lives only as a hash in Identity).
/// </summary>
public sealed class AttendanceDevice : AggregateRoot
{
    private AttendanceDevice() { }

    public AttendanceDevice(Guid id, string serialNumber, string name, Guid hallId, string? model, DeviceKind kind, string? timeZone,
        Guid deviceKeyId) : base(id)
    {
        SerialNumber = Check.NotBlank(serialNumber, "serialNumber", AttendanceConsts.MaxSerialLength);
        HallId = hallId;
        DeviceKeyId = deviceKeyId;
        IsActive = true;
        Update(name, model, kind, timeZone);
    }

    public string SerialNumber { get; private set; } = "";
    public string Name { get; private set; } = "";
    public Guid HallId { get; private set; }

    /// <summary>Free text such as "ZKTeco K40"; the file import keeps its column mapping per model.</summary>
    public string? Model { get; private set; }

    public DeviceKind Kind { get; private set; }

    /// <summary>The IANA zone of the device's wall clock (Asia/Shanghai unless set).</summary>
    public string TimeZone { get; private set; } = AttendanceConsts.DefaultTimeZone;

    public bool IsActive { get; private set; }
    public Guid DeviceKeyId { get; private set; }

    public void Update(string name, string? model, DeviceKind kind, string? timeZone)
    {
        Name = Check.NotBlank(name, "name", AttendanceConsts.MaxNameLength);
        Model = Check.Optional(model, "model", AttendanceConsts.MaxNameLength);
        Kind = kind;
        TimeZone = ValidTimeZone(timeZone);
    }

    public void ReplaceKey(Guid deviceKeyId) => DeviceKeyId = deviceKeyId;

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;

    /// <summary>The zone, checked against the system's time zone database; blank means Asia/Shanghai.</summary>
    public static string ValidTimeZone(string? timeZone)
    {
        var id = string.IsNullOrWhiteSpace(timeZone) ? AttendanceConsts.DefaultTimeZone : timeZone.Trim();
        if (id.Length > AttendanceConsts.MaxTimeZoneLength || !TimeZoneInfo.TryFindSystemTimeZoneById(id, out _))
            throw new BusinessException(AttendanceErrorCodes.UnknownTimeZone, id) { Kind = ErrorKind.Invalid };
        return id;
    }
}

namespace Training.Attendance.Application.Intake;

/// <summary>
/// Resolves a device's enrolment numbers to people, for every intake path: the device's own mapping wins over its
/// hall's hall-wide mapping. Two queries (mapping, people) however many numbers are asked.
/// </summary>
public interface IDeviceUserResolver
{
    /// <summary>The mapped ones among <paramref name="deviceUserIds"/>, keyed by device user id; unmapped ones are absent.</summary>
    Task<IReadOnlyDictionary<string, ResolvedDeviceUser>> ResolveAsync(Guid deviceId, IReadOnlyCollection<string> deviceUserIds,
        CancellationToken cancellationToken = default);
}

/// <summary>The person behind a device user id, with their hall and unit now (the snapshot a punch keeps).</summary>
public sealed record ResolvedDeviceUser(string DeviceUserId, Guid StaffId, string StaffNumber, string Name, Guid HallId, Guid? UnitId);

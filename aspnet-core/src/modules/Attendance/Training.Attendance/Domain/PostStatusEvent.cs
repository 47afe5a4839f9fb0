namespace Training.Attendance.Domain;

/// <summary>
/// A window paused or resumed service (暂停服务 / 恢复服务), reported by a queue-calling system or rating pad with the
/// person at the window. Identified by (device, the device's event key) so a batch posted twice is stored once.
/// </summary>
public sealed class PostStatusEvent
{
    private PostStatusEvent() { }

    public PostStatusEvent(Guid deviceId, string eventKey, Guid windowId, Guid unitId, Guid hallId, Guid? staffId,
        PostStatusKind kind, DateTime at, DateOnly date, DateTime receivedAt)
    {
        DeviceId = deviceId;
        EventKey = eventKey;
        WindowId = windowId;
        UnitId = unitId;
        HallId = hallId;
        StaffId = staffId;
        Kind = kind;
        At = at;
        Date = date;
        ReceivedAt = receivedAt;
    }

    public long Id { get; private set; }
    public Guid DeviceId { get; private set; }
    public string EventKey { get; private set; } = "";
    public Guid WindowId { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid HallId { get; private set; }

    /// <summary>The person signed in at the window, when the device knows.</summary>
    public Guid? StaffId { get; private set; }

    public PostStatusKind Kind { get; private set; }
    public DateTime At { get; private set; }
    public DateOnly Date { get; private set; }
    public DateTime ReceivedAt { get; private set; }
}

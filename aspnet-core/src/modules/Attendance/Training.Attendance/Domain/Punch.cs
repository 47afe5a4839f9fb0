namespace Training.Attendance.Domain;

/// <summary>
/// One fingerprint punch, append-only. Its identity is (device serial, device user id, the device's raw local time):
/// the same line imported twice, posted twice, or read again after a clock correction is the same punch. The corrected
/// UTC instant <see cref="At"/> and the business date <see cref="Date"/> are derived from the raw time, the device's
/// time zone and the clock corrections in force, and are rewritten when a correction is recorded. The hall and unit are
/// snapshots of the person's at the time (data scope filters on them). Written in bulk by a prepared statement, so the
/// id is the database's.
/// </summary>
public sealed class Punch
{
    private Punch() { }

    public Punch(Guid deviceId, string deviceSerial, string deviceUserId, DateTime rawLocalTime, Guid staffId, Guid hallId,
        Guid? unitId, DateTime at, DateOnly date, PunchSource source, DateTime receivedAt, Guid? importId,
        int verifyMode = 0, int state = 0, string? workCode = null, bool arrivedAfterClose = false)
    {
        DeviceId = deviceId;
        DeviceSerial = deviceSerial;
        DeviceUserId = deviceUserId;
        RawLocalTime = DateTime.SpecifyKind(rawLocalTime, DateTimeKind.Utc);
        StaffId = staffId;
        HallId = hallId;
        UnitId = unitId;
        At = at;
        Date = date;
        Source = source;
        ReceivedAt = receivedAt;
        ImportId = importId;
        VerifyMode = verifyMode;
        State = state;
        WorkCode = workCode;
        ArrivedAfterClose = arrivedAfterClose;
    }

    public long Id { get; private set; }
    public Guid DeviceId { get; private set; }
    public string DeviceSerial { get; private set; } = "";
    public string DeviceUserId { get; private set; } = "";

    /// <summary>The device's wall-clock reading as it sent it, stored as if it were UTC (no conversion ever touches it).</summary>
    public DateTime RawLocalTime { get; private set; }

    public Guid StaffId { get; private set; }
    public Guid HallId { get; private set; }
    public Guid? UnitId { get; private set; }

    /// <summary>The corrected instant in UTC.</summary>
    public DateTime At { get; private set; }

    /// <summary>The local business date of <see cref="At"/> in the hall's time zone.</summary>
    public DateOnly Date { get; private set; }

    public int VerifyMode { get; private set; }
    public int State { get; private set; }
    public string? WorkCode { get; private set; }
    public PunchSource Source { get; private set; }
    public DateTime ReceivedAt { get; private set; }
    public Guid? ImportId { get; private set; }

    /// <summary>Arrived while its month was closed: stored, shown, and counted only after the month is reopened.</summary>
    public bool ArrivedAfterClose { get; private set; }
}

using Training.SharedKernel.Domain;

namespace Training.Attendance.Domain;

/// <summary>
/// A device clock found off by a known offset over a range of its local dates. <see cref="OffsetSeconds"/> is what is
/// added to the device's reading to get the true local time (a clock 2 minutes slow is +120). The range is of the
/// device's raw local dates, inclusive. For a raw time, the correction in force is the latest one recorded whose range
/// covers its date; the raw time itself never changes, so punches keep their identity.
/// </summary>
public sealed class ClockCorrection : AggregateRoot
{
    private ClockCorrection() { }

    public ClockCorrection(Guid id, Guid deviceId, DateOnly fromDate, DateOnly toDate, int offsetSeconds, string reason, DateTime recordedAt)
        : base(id)
    {
        DeviceId = deviceId;
        FromDate = fromDate;
        ToDate = toDate;
        OffsetSeconds = offsetSeconds;
        Reason = Check.NotBlank(reason, "reason", AttendanceConsts.MaxReasonLength);
        RecordedAt = recordedAt;
    }

    public Guid DeviceId { get; private set; }
    public DateOnly FromDate { get; private set; }
    public DateOnly ToDate { get; private set; }
    public int OffsetSeconds { get; private set; }
    public string Reason { get; private set; } = "";

    /// <summary>When it was recorded (the order among overlapping corrections); <c>CreatedBy</c> says who.</summary>
    public DateTime RecordedAt { get; private set; }

    /// <summary>How many punches the correction re-derived when it was recorded.</summary>
    public int PunchesUpdated { get; private set; }

    public void Applied(int punches) => PunchesUpdated = punches;
}

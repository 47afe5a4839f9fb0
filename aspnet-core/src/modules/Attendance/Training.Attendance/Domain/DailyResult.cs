namespace Training.Attendance.Domain;

/// <summary>
/// The computed result of one person in one working session of one local date. Rewritten by the calculator whenever
/// its inputs change; a manager's correction is a separate record that overrides it without touching it. Hall, unit and
/// window are snapshots of the day (statistics "by unit" use them).
/// </summary>
public sealed class DailyResult
{
    private DailyResult() { }

    public DailyResult(Guid staffId, DateOnly date, int sessionIndex, Guid hallId, Guid? unitId, Guid? windowId,
        DateTime expectedStart, DateTime expectedEnd, SessionStatus status, int lateMinutes, int earlyMinutes,
        DateTime? inAt, DateTime? outAt, Guid? leaveRequestId, DateTime computedAt, string sessionName = "", int offPostMinutes = 0,
        int outMinutes = 0, bool missingPunch = false, bool frequentAbsence = false)
    {
        StaffId = staffId;
        Date = date;
        SessionIndex = sessionIndex;
        HallId = hallId;
        UnitId = unitId;
        WindowId = windowId;
        ExpectedStart = expectedStart;
        ExpectedEnd = expectedEnd;
        Status = status;
        LateMinutes = lateMinutes;
        EarlyMinutes = earlyMinutes;
        InAt = inAt;
        OutAt = outAt;
        LeaveRequestId = leaveRequestId;
        ComputedAt = computedAt;
        SessionName = sessionName;
        OffPostMinutes = offPostMinutes;
        OutMinutes = outMinutes;
        MissingPunch = missingPunch;
        FrequentAbsence = frequentAbsence;
    }

    public long Id { get; private set; }
    public Guid StaffId { get; private set; }
    public DateOnly Date { get; private set; }
    public int SessionIndex { get; private set; }
    public Guid HallId { get; private set; }
    public Guid? UnitId { get; private set; }
    public Guid? WindowId { get; private set; }
    public DateTime ExpectedStart { get; private set; }
    public DateTime ExpectedEnd { get; private set; }
    public SessionStatus Status { get; private set; }
    public int LateMinutes { get; private set; }
    public int EarlyMinutes { get; private set; }
    public DateTime? InAt { get; private set; }
    public DateTime? OutAt { get; private set; }
    public Guid? LeaveRequestId { get; private set; }
    public DateTime ComputedAt { get; private set; }

    /// <summary>The session's name in the timetable or shift of the day (上午, 下午, 延时 …).</summary>
    public string SessionName { get; private set; } = "";

    /// <summary>Minutes of pauses longer than the allowed minutes with no open whereabouts note (擅自脱岗).</summary>
    public int OffPostMinutes { get; private set; }

    /// <summary>Minutes out past a whereabouts note's expected return beyond the allowed minutes (不履行请假审批手续外出).</summary>
    public int OutMinutes { get; private set; }

    /// <summary>One of the two punches (in or out) is missing: the status says which (late or early leave), with 0 minutes.</summary>
    public bool MissingPunch { get; private set; }

    /// <summary>The day had more whereabouts notes than the set count (频繁离岗); set on every session of the day.</summary>
    public bool FrequentAbsence { get; private set; }
}

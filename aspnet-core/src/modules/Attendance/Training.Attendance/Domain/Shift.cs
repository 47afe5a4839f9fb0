using Training.SharedKernel.Domain;
using Training.SharedKernel.Errors;

namespace Training.Attendance.Domain;

/// <summary>
/// 错时 / 延时 / 节假日预约: sessions for a date range (both inclusive), for a window (whoever holds it that day) or for
/// one person. See <see cref="ShiftKind"/> for how each kind changes the day; a person's shift goes before a window's.
/// </summary>
public sealed class Shift : AggregateRoot
{
    private Shift() { }

    public Shift(Guid id, Guid hallId) : base(id) => HallId = hallId;

    public Guid HallId { get; private set; }
    public ShiftKind Kind { get; private set; }
    public Guid? WindowId { get; private set; }
    public Guid? StaffId { get; private set; }
    public DateOnly FromDate { get; private set; }
    public DateOnly ToDate { get; private set; }
    public string SessionsText { get; private set; } = "";
    public string? Note { get; private set; }

    public IReadOnlyList<SessionTime> Sessions => SessionTime.Parse(SessionsText);

    public void Set(ShiftKind kind, Guid? windowId, Guid? staffId, DateOnly from, DateOnly to, IEnumerable<SessionTime> sessions, string? note)
    {
        if ((windowId is null) == (staffId is null)) throw new BusinessException(AttendanceErrorCodes.ShiftTargetRequired);
        if (to < from) throw new BusinessException(AttendanceErrorCodes.ShiftDateOrder, from, to);
        if (to.DayNumber - from.DayNumber >= AttendanceConsts.MaxShiftDays)
            throw new BusinessException(AttendanceErrorCodes.ShiftRangeTooLong, AttendanceConsts.MaxShiftDays);
        (Kind, WindowId, StaffId, FromDate, ToDate) = (kind, windowId, staffId, from, to);
        SessionsText = SessionTime.Format(SessionTime.Validate(sessions, AttendanceErrorCodes.ShiftNeedsSessions));
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }
}

using Training.SharedKernel.Events;

namespace Training.Attendance.Events;

/// <summary>A hall's attendance month was closed by its manager: its results are final until a recorded reopen.</summary>
public sealed record AttendanceMonthClosedEto(Guid EventId, Guid HallId, int Year, int Month, DateTime ClosedAt) : IEto;

/// <summary>A closed month was reopened with a reason; its results may change again until it is closed anew.</summary>
public sealed record AttendanceMonthReopenedEto(Guid EventId, Guid HallId, int Year, int Month, string Reason, DateTime ReopenedAt) : IEto;

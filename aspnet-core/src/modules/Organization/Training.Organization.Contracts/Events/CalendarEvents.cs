using Training.SharedKernel.Events;

namespace Training.Organization.Events;

/// <summary>
/// Days of the work calendar changed (a holiday or 调休 make-up day imported, changed or removed): those dates may have
/// turned from working to not working or back. Attendance recomputes its results for them.
/// </summary>
public sealed record CalendarChangedEto(Guid EventId, IReadOnlyList<DateOnly> Dates) : IEto;

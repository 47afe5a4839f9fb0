namespace Training.Unresolved;

/// <summary>The guide on duty of a hall on a day (none when the roster names nobody).</summary>
public sealed record GuideOnDutyDto(Guid StaffId, string Name);

/// <summary>An open deadline of a case on the workbench: which case, what is due, by whom, when.</summary>
public sealed record WorkbenchDeadlineDto(
    Guid CaseId, string Number, string Matter, UnresolvedCaseState State, CaseCategory? Category, DeadlineKind Kind, DeadlineOwner Owner,
    string? ReceiverName, DateOnly DueOn, bool Overdue);

/// <summary>
/// The guide's workbench for a hall: today's guide on duty, today's cases, every open deadline (earliest first) and how
/// many are overdue.
/// </summary>
public sealed record WorkbenchDto(
    Guid HallId, DateOnly Today, GuideOnDutyDto? GuideOnDuty, IReadOnlyList<CaseRowDto> TodayCases,
    IReadOnlyList<WorkbenchDeadlineDto> OpenDeadlines, int OverdueCount);

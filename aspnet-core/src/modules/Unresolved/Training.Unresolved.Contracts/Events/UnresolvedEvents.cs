using Training.SharedKernel.Events;

namespace Training.Unresolved.Events;

/// <summary>
/// A case was closed (once per case, through the outbox): its hall and unit, category, outcome, the day, and how many of
/// its deadlines were met on time or not (met late or never met). Never the complainant. Handlers are idempotent.
/// </summary>
public sealed record UnresolvedCaseClosedEto(
    Guid EventId, Guid CaseId, string Number, Guid HallId, Guid? UnitId, CaseCategory? Category, CaseOutcome Outcome,
    DateOnly ClosedOn, int StepsOnTime, int StepsLate) : IEto;

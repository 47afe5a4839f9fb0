namespace Training.Unresolved;

/// <summary>
/// 办不成事 facts for other modules (appraisals: "the handling efficiency counts", seed 003): per responsible unit and
/// period, the cases, the on-time rate per step and the unsatisfied follow-ups; and the cases behind them. Never the
/// complainant. Every unit asked is answered (zeros without data). Cases count by their intake day.
/// </summary>
public interface IUnresolvedIntegrationService
{
    Task<IReadOnlyList<UnitUnresolvedFacts>> GetByUnitsAsync(IReadOnlyCollection<Guid> unitIds, DateOnly from, DateOnly to,
        CancellationToken cancellationToken = default);

    Task<IReadOnlyList<UnresolvedSource>> GetSourcesAsync(IReadOnlyCollection<Guid> unitIds, DateOnly from, DateOnly to,
        CancellationToken cancellationToken = default);
}

/// <summary>One unit's cases in the period, per deadline kind the deadlines due and met on time, and unsatisfied follow-ups.</summary>
public sealed record UnitUnresolvedFacts(Guid UnitId, int Cases, IReadOnlyList<DeadlineFacts> Deadlines, int UnsatisfiedFollowUps);

/// <summary>Deadlines of one kind: how many fell due and how many were met on their day or before.</summary>
public sealed record DeadlineFacts(DeadlineKind Kind, int Due, int OnTime)
{
    public double? Rate => Due == 0 ? null : (double)OnTime / Due;
}

/// <summary>A case behind a unit's facts: its number, intake day, category, state and how many of its steps were late.</summary>
public sealed record UnresolvedSource(Guid UnitId, Guid CaseId, string Number, DateOnly ReceivedOn, CaseCategory? Category,
    UnresolvedCaseState State, int LateSteps);

namespace Training.Unresolved;

/// <summary>The module at a glance: its name and the events in its outbox not yet delivered.</summary>
public sealed record UnresolvedOverviewDto(string Module, int PendingEvents);

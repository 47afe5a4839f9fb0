namespace Training.Contests;

/// <summary>The module at a glance: its name and the events in its outbox not yet delivered.</summary>
public sealed record ContestsOverviewDto(string Module, int PendingEvents);

namespace Training.Unresolved.Domain;

/// <summary>Who takes a step and when: the user, their name, the instant and the hall's local date of it.</summary>
public readonly record struct CaseActor(Guid UserId, string Name, DateTime At, DateOnly On);

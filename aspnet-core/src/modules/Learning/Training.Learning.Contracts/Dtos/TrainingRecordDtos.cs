namespace Training.Learning;

/// <summary>A training record from outside the courses (a contest, a meeting …), as "my learning" shows it.</summary>
public sealed record TrainingRecordDto(Guid Id, TrainingRecordSource Source, Guid SourceId, string Title, double Hours, DateOnly On, DateTime RecordedAt);

using Training.SharedKernel.Events;

namespace Training.Learning;

/// <summary>
/// Training outside Learning's courses (a contest, a meeting, an external course) to count as training hours. Learning keeps
/// one record per (Source, SourceId, StaffId): a repeated event changes nothing.
/// </summary>
public sealed record TrainingRecordedEto(Guid EventId, Guid StaffId, TrainingRecordSource Source, Guid SourceId, string Title,
    double Hours, DateOnly On) : IEto;

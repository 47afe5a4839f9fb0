using Training.SharedKernel.Events;

namespace Training.Learning;

/// <summary>A person finished every lesson of a course; counts as training hours for appraisals and HR evidence.</summary>
public sealed record CourseCompletedEto(
    Guid EventId, Guid StaffId, Guid CourseId, CourseKind Kind, double CreditHours, Guid HallId, Guid? UnitId, DateTime CompletedAt) : IEto;

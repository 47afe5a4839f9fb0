using Training.SharedKernel.Events;

namespace Training.Learning;

public sealed record ExamPassedEto(Guid EventId, Guid ExamId, Guid AttemptId, Guid StaffId, bool IsPreJob, int Score, int MaxScore,
    Guid HallId, Guid? UnitId, DateTime GradedAt) : IEto;

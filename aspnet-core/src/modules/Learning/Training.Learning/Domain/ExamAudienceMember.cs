using Training.SharedKernel.Domain;

namespace Training.Learning.Domain;

/// <summary>One person a restricted exam is offered to (a contest's entrants for its written round).</summary>
public sealed class ExamAudienceMember : Entity
{
    private ExamAudienceMember() { }

    public ExamAudienceMember(Guid examId, Guid staffId) : base(Guid.NewGuid()) => (ExamId, StaffId) = (examId, staffId);

    public Guid ExamId { get; private set; }
    public Guid StaffId { get; private set; }
}

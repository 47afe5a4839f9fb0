using Training.SharedKernel.Domain;

namespace Training.Learning.Domain;

/// <summary>A category of the question bank (政策理论, 服务规范, 业务办理 …); exam rules draw per category.</summary>
public sealed class QuestionCategory : AggregateRoot
{
    private QuestionCategory() { }

    public QuestionCategory(Guid id, string name, Guid? ownerHallId = null) : base(id)
    {
        Name = Check.NotBlank(name, "name", LearningConsts.MaxCategoryNameLength);
        OwnerHallId = ownerHallId;
    }

    public string Name { get; private set; } = "";

    /// <summary>
    /// The hall whose bank this is (its questions belong to it too); null = the city's bank. Only those who own a bank read
    /// its answer keys: a manager never sees the city's bank, whose exams they may sit.
    /// </summary>
    public Guid? OwnerHallId { get; private set; }
}

using Training.SharedKernel.Domain;

namespace Training.Learning.Domain;

/// <summary>A category of the question bank (政策理论, 服务规范, 业务办理 …); exam rules draw per category.</summary>
public sealed class QuestionCategory : AggregateRoot
{
    private QuestionCategory() { }

    public QuestionCategory(Guid id, string name) : base(id) =>
        Name = Check.NotBlank(name, "name", LearningConsts.MaxCategoryNameLength);

    public string Name { get; private set; } = "";
}

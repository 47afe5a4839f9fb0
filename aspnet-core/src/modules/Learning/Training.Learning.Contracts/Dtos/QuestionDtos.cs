using System.ComponentModel.DataAnnotations;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Validation;

namespace Training.Learning;

/// <summary>A category of the question bank; <see cref="OwnerHallId"/> null = the city's bank (administrators only).</summary>
public sealed record QuestionCategoryDto(Guid Id, string Name, int QuestionCount, Guid? OwnerHallId);

/// <summary>A new category, owned by <see cref="OwnerHallId"/> (null = the city for an administrator, the one hall of a manager of one).</summary>
public sealed record CreateQuestionCategoryInput(
    [property: Required, StringLength(LearningConsts.MaxCategoryNameLength)] string Name,
    Guid? OwnerHallId = null);

/// <summary>
/// Who may own the learning content the caller creates: <see cref="City"/> for an administrator (who may also choose any
/// hall), otherwise the halls the caller manages (one: it is taken without asking; several: one must be chosen).
/// </summary>
public sealed record ContentOwnerChoicesDto(bool City, IReadOnlyList<Guid> HallIds);

public sealed record QuestionListInput : PagedRequest
{
    /// <summary>Part of the code or the stem.</summary>
    [StringLength(MaxFilterLength)]
    public string? Filter { get; init; }
    public Guid? CategoryId { get; init; }
    public QuestionType? Type { get; init; }
    public Difficulty? Difficulty { get; init; }

    [StringLength(LearningConsts.MaxTagLength)]
    public string? Tag { get; init; }
}

/// <summary>An option of a choice question: key A, B, C … and its text.</summary>
public sealed record QuestionOptionDto(
    [property: StringLength(LearningConsts.MaxOptionKeyLength)] string Key,
    [property: Required, StringLength(LearningConsts.MaxOptionLength)] string Text);

/// <summary>
/// A question as its authors see it, answer included. <see cref="Answer"/>: option keys ("A", "A,C"), "true"/"false",
/// or accepted fill-in answers separated by "|".
/// </summary>
public sealed record QuestionDto(
    Guid Id, string Code, Guid CategoryId, string CategoryName, QuestionType Type, Difficulty Difficulty, string Stem,
    IReadOnlyList<QuestionOptionDto> Options, string Answer, string? Explanation, IReadOnlyList<string> Tags);

public sealed record SaveQuestionInput(
    [property: Required, StringLength(LearningConsts.MaxQuestionCodeLength)] string Code,
    Guid CategoryId,
    QuestionType Type,
    Difficulty Difficulty,
    [property: Required, StringLength(LearningConsts.MaxStemLength)] string Stem,
    [property: MaxLength(LearningConsts.MaxOptions)] IReadOnlyList<QuestionOptionDto>? Options,
    [property: Required, StringLength(LearningConsts.MaxAnswerLength)] string Answer,
    [property: StringLength(LearningConsts.MaxExplanationLength)] string? Explanation,
    [property: MaxLength(LearningConsts.MaxTags), ItemMaxLength(LearningConsts.MaxTagLength)] IReadOnlyList<string>? Tags);

public sealed record QuestionImportResultDto(int CategoriesCreated, int Created, int Updated, int Unchanged);

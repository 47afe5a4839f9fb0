using System.ComponentModel.DataAnnotations;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Validation;

namespace Training.Learning;

public sealed record ExamRuleDto(Guid CategoryId, Difficulty? Difficulty, QuestionType? Type, [property: Range(1, 200)] int Count, [property: Range(1, 100)] int Points);

/// <summary>
/// An exam to create or change. Once someone has started it, its rules (paper, points, time limit, attempts, pass mark,
/// grading, shuffles, opening) stay as they are and its close only moves later; the title may still change.
/// <see cref="OwnerHallId"/> counts on create only (null = the city, for administrators).
/// </summary>
public sealed record SaveExamInput(
    [property: Required, StringLength(ExamConsts.MaxTitleLength)] string Title,
    Guid? CourseId,
    bool IsPreJob,
    PaperMode PaperMode,
    [property: MaxLength(ExamConsts.MaxQuestions)] IReadOnlyList<Guid>? QuestionIds,
    [property: Range(1, 100)] int PointsPerQuestion,
    [property: MaxLength(ExamConsts.MaxRules)] IReadOnlyList<ExamRuleDto>? Rules,
    [property: Range(1, ExamConsts.MaxTimeLimitMinutes)] int TimeLimitMinutes,
    DateTime OpensAt,
    DateTime ClosesAt,
    [property: Range(1, ExamConsts.MaxAttempts)] int MaxAttempts,
    [property: Range(1, 100)] int PassPercent,
    GradingPolicy GradingPolicy,
    bool ShuffleQuestions,
    bool ShuffleOptions,
    Guid? OwnerHallId = null) : IValidatableObject
{
    /// <summary>A drawn paper holds at most <see cref="ExamConsts.MaxQuestions"/> questions, like a fixed one.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Rules?.Sum(r => r.Count) > ExamConsts.MaxQuestions)
            yield return new CodedValidationResult(CommonErrorCodes.TooManyItems, nameof(Rules), ExamConsts.MaxQuestions);
    }
}

public sealed record ExamDto(
    Guid Id, string Title, Guid? CourseId, bool IsPreJob, PaperMode PaperMode, IReadOnlyList<Guid> QuestionIds, int PointsPerQuestion,
    IReadOnlyList<ExamRuleDto> Rules, int TimeLimitMinutes, DateTime OpensAt, DateTime ClosesAt, int MaxAttempts, int PassPercent,
    GradingPolicy GradingPolicy, bool ShuffleQuestions, bool ShuffleOptions, int QuestionCount, int MaxScore, Guid? OwnerHallId,
    bool HasAttempts, bool IsRestricted = false);

/// <summary>An exam as a learner sees it in "My learning".</summary>
public sealed record MyExamDto(Guid ExamId, string Title, bool IsPreJob, DateTime OpensAt, DateTime ClosesAt, int TimeLimitMinutes,
    int MaxAttempts, int AttemptsUsed, Guid? InProgressAttemptId, int? CountedScore, int MaxScore, bool? Passed, bool CanStart);

/// <summary>One question of an attempt's frozen paper, without its answer.</summary>
public sealed record AttemptQuestionDto(int Index, QuestionType Type, string Stem, IReadOnlyList<QuestionOptionDto> Options, int Points);

/// <summary>
/// An attempt as its taker sees it. <see cref="ServerNow"/> lets the browser show a countdown synced to the server;
/// the server alone enforces <see cref="Deadline"/>. No answer key is ever part of this.
/// </summary>
public sealed record AttemptDto(
    Guid Id, Guid ExamId, string ExamTitle, int Number, AttemptStatus Status, DateTime StartedAt, DateTime Deadline, DateTime ServerNow,
    IReadOnlyList<AttemptQuestionDto> Questions, IReadOnlyDictionary<int, string?> Answers, int? Score, int MaxScore, bool? Passed,
    DateTime? SubmittedAt);

/// <summary>
/// What a hand-in answers: the grading only. The taker's page already holds the paper and the answers it just sent, so
/// the paper is not sent again (it was ~20 KB a submit, 2,000 of them in the last minutes of a contest).
/// </summary>
public sealed record AttemptResultDto(Guid Id, Guid ExamId, AttemptStatus Status, int Score, int MaxScore, bool Passed, DateTime SubmittedAt);

/// <summary>The acknowledgement of a save: small, because saves come every few seconds from every taker.</summary>
public sealed record AnswersSavedDto(Guid AttemptId, int AnsweredCount, DateTime Deadline, DateTime ServerNow);

/// <summary>Answers to save (question index → response: option keys "A,C", "true"/"false" or text); merged into the saved ones.</summary>
/// <summary>Responses by question index (0-based), at most one per question of the paper.</summary>
public sealed record SaveAnswersInput(
    [property: Required, MaxLength(ExamConsts.MaxQuestions), ItemMaxLength(LearningConsts.MaxAnswerLength)] IReadOnlyDictionary<int, string?> Answers);

/// <summary>The review of a graded attempt, available once the exam has closed for everyone.</summary>
public sealed record AttemptReviewDto(Guid AttemptId, int Score, int MaxScore, bool Passed, IReadOnlyList<ReviewItemDto> Items);

public sealed record ReviewItemDto(int Index, string Stem, IReadOnlyList<QuestionOptionDto> Options, string? Response, string CorrectAnswer,
    bool IsCorrect, int Points, string? Explanation);

public sealed record AttemptListInput : PagedRequest
{
    public Guid? ExamId { get; init; }
    public Guid? StaffId { get; init; }
}

public sealed record AttemptSummaryDto(Guid Id, Guid ExamId, Guid StaffId, Guid HallId, Guid? UnitId, int Number, AttemptStatus Status,
    DateTime StartedAt, DateTime? SubmittedAt, int? Score, int MaxScore, bool? Passed);

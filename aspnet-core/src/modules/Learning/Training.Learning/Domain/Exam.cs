using Training.SharedKernel.Domain;
using Training.SharedKernel.Errors;

namespace Training.Learning.Domain;

public sealed record ExamRule(Guid CategoryId, Difficulty? Difficulty, QuestionType? Type, int Count, int Points);

/// <summary>
/// An exam: its paper (fixed questions or rules), its window (opens, closes), time limit, attempts, pass mark and
/// grading policy. An attempt's deadline is the earlier of start + time limit and the close.
/// </summary>
public sealed class Exam : AggregateRoot
{
    private Exam() { }

    public Exam(Guid id) : base(id) { }

    public string Title { get; private set; } = "";
    public Guid? CourseId { get; private set; }
    public bool IsPreJob { get; private set; }
    public PaperMode PaperMode { get; private set; }
    public IReadOnlyList<Guid> QuestionIds { get; private set; } = [];
    public int PointsPerQuestion { get; private set; }
    public IReadOnlyList<ExamRule> Rules { get; private set; } = [];
    public int TimeLimitMinutes { get; private set; }
    public DateTime OpensAt { get; private set; }
    public DateTime ClosesAt { get; private set; }
    public int MaxAttempts { get; private set; }
    public int PassPercent { get; private set; }
    public GradingPolicy GradingPolicy { get; private set; }
    public bool ShuffleQuestions { get; private set; }
    public bool ShuffleOptions { get; private set; }

    public int QuestionCount => PaperMode == PaperMode.Fixed ? QuestionIds.Count : Rules.Sum(r => r.Count);

    public int MaxScore => PaperMode == PaperMode.Fixed ? QuestionIds.Count * PointsPerQuestion : Rules.Sum(r => r.Count * r.Points);

    public void Define(SaveExamInput input)
    {
        if (input.ClosesAt <= input.OpensAt) throw new BusinessException(LearningErrorCodes.CloseBeforeOpen);
        var questions = (input.QuestionIds ?? []).Distinct().ToList();
        var rules = (input.Rules ?? []).Select(r => new ExamRule(r.CategoryId, r.Difficulty, r.Type, r.Count, r.Points)).ToList();
        if ((input.PaperMode == PaperMode.Fixed && questions.Count == 0) || (input.PaperMode == PaperMode.Rules && rules.Count == 0))
            throw new BusinessException(LearningErrorCodes.ExamNeedsQuestions);
        Title = Check.NotBlank(input.Title, "title", ExamConsts.MaxTitleLength);
        (CourseId, IsPreJob, PaperMode, PointsPerQuestion) = (input.CourseId, input.IsPreJob, input.PaperMode, input.PointsPerQuestion);
        QuestionIds = input.PaperMode == PaperMode.Fixed ? questions : [];
        Rules = input.PaperMode == PaperMode.Rules ? rules : [];
        (TimeLimitMinutes, OpensAt, ClosesAt, MaxAttempts, PassPercent) =
            (input.TimeLimitMinutes, Utc(input.OpensAt), Utc(input.ClosesAt), input.MaxAttempts, input.PassPercent);
        (GradingPolicy, ShuffleQuestions, ShuffleOptions) = (input.GradingPolicy, input.ShuffleQuestions, input.ShuffleOptions);
    }

    public bool IsOpenAt(DateTime now) => OpensAt <= now && now < ClosesAt;

    public DateTime DeadlineFor(DateTime startedAt) => Min(startedAt.AddMinutes(TimeLimitMinutes), ClosesAt);

    /// <summary>The answer key and reviews appear only when no attempt can still be running or saved.</summary>
    public DateTime ReviewOpensAt(TimeSpan grace) => ClosesAt + grace;

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static DateTime Utc(DateTime value) => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime();
}

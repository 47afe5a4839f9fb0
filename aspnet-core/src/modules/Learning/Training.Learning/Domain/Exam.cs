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

    public Exam(Guid id, Guid? ownerHallId = null) : base(id) => OwnerHallId = ownerHallId;

    /// <summary>The hall that owns the exam (its managers change it); null = the city's, changed by administrators only.</summary>
    public Guid? OwnerHallId { get; private set; }

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

    /// <summary>Offered to, and attemptable by, the people of its audience list only (a contest's written round).</summary>
    public bool IsRestricted { get; private set; }

    public int QuestionCount => PaperMode == PaperMode.Fixed ? QuestionIds.Count : Rules.Sum(r => r.Count);

    public int MaxScore => PaperMode == PaperMode.Fixed ? QuestionIds.Count * PointsPerQuestion : Rules.Sum(r => r.Count * r.Points);

    /// <summary>
    /// Sets the exam from the input. Once it has been <paramref name="started"/> (an attempt exists), the rules stay as they
    /// are — an attempt is graded and timed by them — and the close only moves later: moving it earlier would open the
    /// review (answer keys) while people still sit under the deadline they started with. The title may change.
    /// </summary>
    public void Define(SaveExamInput input, bool started = false)
    {
        if (input.ClosesAt <= input.OpensAt) throw new BusinessException(LearningErrorCodes.CloseBeforeOpen);
        var questions = (input.QuestionIds ?? []).Distinct().ToList();
        var rules = (input.Rules ?? []).Select(r => new ExamRule(r.CategoryId, r.Difficulty, r.Type, r.Count, r.Points)).ToList();
        if ((input.PaperMode == PaperMode.Fixed && questions.Count == 0) || (input.PaperMode == PaperMode.Rules && rules.Count == 0))
            throw new BusinessException(LearningErrorCodes.ExamNeedsQuestions);
        var title = Check.NotBlank(input.Title, "title", ExamConsts.MaxTitleLength);
        IReadOnlyList<Guid> newQuestions = input.PaperMode == PaperMode.Fixed ? questions : [];
        IReadOnlyList<ExamRule> newRules = input.PaperMode == PaperMode.Rules ? rules : [];
        var (opensAt, closesAt) = (Utc(input.OpensAt), Utc(input.ClosesAt));
        if (started)
        {
            var same = CourseId == input.CourseId && IsPreJob == input.IsPreJob && PaperMode == input.PaperMode
                       && QuestionIds.SequenceEqual(newQuestions) && Rules.SequenceEqual(newRules)
                       && (PaperMode != PaperMode.Fixed || PointsPerQuestion == input.PointsPerQuestion)
                       && TimeLimitMinutes == input.TimeLimitMinutes && SameInstant(OpensAt, opensAt) && MaxAttempts == input.MaxAttempts
                       && PassPercent == input.PassPercent && GradingPolicy == input.GradingPolicy
                       && ShuffleQuestions == input.ShuffleQuestions && ShuffleOptions == input.ShuffleOptions;
            if (!same) throw new BusinessException(LearningErrorCodes.ExamRulesLocked) { Kind = ErrorKind.Conflict };
            if (closesAt < ClosesAt)
            {
                if (!SameInstant(closesAt, ClosesAt))
                    throw new BusinessException(LearningErrorCodes.ExamCloseOnlyLater, ClosesAt) { Kind = ErrorKind.Conflict };
                closesAt = ClosesAt;
            }
            opensAt = OpensAt; // the same instant, as stored
        }
        Title = title;
        (CourseId, IsPreJob, PaperMode, PointsPerQuestion) = (input.CourseId, input.IsPreJob, input.PaperMode, input.PointsPerQuestion);
        QuestionIds = newQuestions;
        Rules = newRules;
        (TimeLimitMinutes, OpensAt, ClosesAt, MaxAttempts, PassPercent) = (input.TimeLimitMinutes, opensAt, closesAt, input.MaxAttempts, input.PassPercent);
        (GradingPolicy, ShuffleQuestions, ShuffleOptions) = (input.GradingPolicy, input.ShuffleQuestions, input.ShuffleOptions);
    }

    /// <summary>From now on only the audience list may see and sit the exam (set by the contest that links it).</summary>
    public void Restrict() => IsRestricted = true;

    public bool IsOpenAt(DateTime now) => OpensAt <= now && now < ClosesAt;

    public DateTime DeadlineFor(DateTime startedAt) => Min(startedAt.AddMinutes(TimeLimitMinutes), ClosesAt);

    /// <summary>The answer key and reviews appear only when no attempt can still be running or saved.</summary>
    public DateTime ReviewOpensAt(TimeSpan grace) => ClosesAt + grace;

    /// <summary>Equal to the millisecond: a value read back from PostgreSQL (microseconds) is the same instant as .NET's ticks.</summary>
    private static bool SameInstant(DateTime a, DateTime b) => Math.Abs((a - b).Ticks) < TimeSpan.TicksPerMillisecond;

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static DateTime Utc(DateTime value) => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime();
}

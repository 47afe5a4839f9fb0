using Training.SharedKernel.Domain;
using Training.SharedKernel.Errors;

namespace Training.Learning.Domain;

/// <summary>One question of an attempt's paper, frozen at start: order, shuffled options, their key and points.</summary>
public sealed record PaperItem(Guid QuestionId, QuestionType Type, string Stem, IReadOnlyList<QuestionOption> Options, string AnswerKey,
    int Points, string? Explanation);

/// <summary>The frozen paper, kept in its own table: written once at start, never rewritten by a save.</summary>
public sealed class AttemptPaper
{
    private AttemptPaper() { }

    public AttemptPaper(IReadOnlyList<PaperItem> items) => Items = items;

    public IReadOnlyList<PaperItem> Items { get; private set; } = [];
}

/// <summary>
/// One sitting of one person. The paper is frozen at start (a reload shows the same paper). Answers save as the taker
/// goes, until the deadline plus a network grace; after that the attempt is closed and graded with what was saved.
/// Submitting again returns the same result: a retried submit counts once.
/// </summary>
public sealed class ExamAttempt : AggregateRoot
{
    private ExamAttempt() { }

    public ExamAttempt(Exam exam, Guid staffId, Guid hallId, Guid? unitId, int number, IReadOnlyList<PaperItem> paper, DateTime now, TimeSpan grace)
        : base(Guid.NewGuid())
    {
        (ExamId, StaffId, HallId, UnitId, Number, PaperDocument, StartedAt) = (exam.Id, staffId, hallId, unitId, number, new AttemptPaper(paper), now);
        QuestionCount = paper.Count;
        Deadline = exam.DeadlineFor(now);
        AcceptsUntil = Deadline + grace;
        MaxScore = paper.Sum(p => p.Points);
        Status = AttemptStatus.InProgress;
    }

    public Guid ExamId { get; private set; }
    public Guid StaffId { get; private set; }
    public Guid HallId { get; private set; }
    public Guid? UnitId { get; private set; }
    public int Number { get; private set; }
    public DateTime StartedAt { get; private set; }
    public DateTime Deadline { get; private set; }

    /// <summary>
    /// The deadline plus the network grace, fixed when the attempt starts: the last instant a save or submit counts.
    /// Kept on the attempt so a save reads no setting, and a grace changed mid-sitting changes no running attempt.
    /// </summary>
    public DateTime AcceptsUntil { get; private set; }
    public AttemptStatus Status { get; private set; }
    public AttemptPaper PaperDocument { get; private set; } = null!;
    public IReadOnlyList<PaperItem> Paper => PaperDocument.Items;
    public int QuestionCount { get; private set; }
    public IReadOnlyDictionary<int, string?> Answers { get; private set; } = new Dictionary<int, string?>();
    public int? Score { get; private set; }
    public int MaxScore { get; private set; }
    public bool? Passed { get; private set; }
    public DateTime? SubmittedAt { get; private set; }

    /// <summary>Bumped on every change, so two racing requests cannot both write (optimistic concurrency).</summary>
    public int Version { get; private set; }

    public bool IsOpen => Status == AttemptStatus.InProgress;

    public bool IsPastDeadline(DateTime now) => now > AcceptsUntil;

    public void SaveAnswers(IReadOnlyDictionary<int, string?> answers)
    {
        if (!IsOpen) throw new BusinessException(LearningErrorCodes.AttemptClosed) { Kind = ErrorKind.Conflict };
        Answers = Merge(Answers, answers, QuestionCount);
        Version++;
    }

    /// <summary>The saved answers with new ones laid over them; indexes outside the paper are refused.</summary>
    public static Dictionary<int, string?> Merge(IReadOnlyDictionary<int, string?> saved, IReadOnlyDictionary<int, string?> answers, int questionCount)
    {
        var merged = new Dictionary<int, string?>(saved);
        foreach (var (index, response) in answers)
        {
            if (index < 0 || index >= questionCount) throw new BusinessException(LearningErrorCodes.UnknownQuestionIndex, index + 1);
            merged[index] = response is { Length: > 500 } ? response[..500] : response;
        }
        return merged;
    }

    /// <summary>Grades with the saved answers. Returns false when it was graded already (nothing changes then).</summary>
    public bool Close(Exam exam, DateTime now, bool submittedInTime)
    {
        if (!IsOpen) return false;
        Score = Paper.Select((item, index) => Grading.IsCorrect(item.Type, item.AnswerKey, Answers.GetValueOrDefault(index)) ? item.Points : 0).Sum();
        Passed = MaxScore > 0 && Score.Value * 100 >= exam.PassPercent * MaxScore;
        Status = submittedInTime ? AttemptStatus.Submitted : AttemptStatus.TimedOut;
        SubmittedAt = submittedInTime ? now : Deadline;
        Version++;
        if (Passed == true)
            AddEvent(new ExamPassedEto(Guid.NewGuid(), ExamId, Id, StaffId, exam.IsPreJob, Score.Value, MaxScore, HallId, UnitId, now));
        return true;
    }
}

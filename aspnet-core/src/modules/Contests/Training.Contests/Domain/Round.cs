using Training.SharedKernel.Domain;
using Training.SharedKernel.Errors;

namespace Training.Contests.Domain;

/// <summary>A criterion of a judged round's rubric: its name and maximum points.</summary>
public sealed record Criterion(string Name, int MaxPoints);

/// <summary>
/// A round of a contest: written (an exam of Learning, linked by id) or judged (实操, 情景模拟, 演讲: criteria with maximum
/// points, judges assigned per round). Its score is normalised to 100 and weighted by <see cref="Weight"/>.
/// </summary>
public sealed class Round : Entity
{
    private readonly List<RoundJudge> _judges = [];

    private Round() { }

    public Round(Guid id, Guid contestId) : base(id) => ContestId = contestId;

    public Guid ContestId { get; private set; }
    public int Order { get; private set; }
    public RoundKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public int Weight { get; private set; }
    public Guid? ExamId { get; private set; }
    public IReadOnlyList<Criterion> Criteria { get; private set; } = [];
    public RoundState State { get; private set; }
    public DateTime? OpenedAt { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    public IReadOnlyList<RoundJudge> Judges => _judges;

    public bool IsJudged => Kind != RoundKind.Written;

    /// <summary>Σ max points of the rubric: a judge's total is normalised to 100 by it.</summary>
    public int MaxPoints => Criteria.Sum(c => c.MaxPoints);

    public void Define(int order, SaveRoundInput input, IReadOnlyList<Guid> judgeStaffIds)
    {
        if (State != RoundState.Pending) throw new BusinessException(ContestsErrorCodes.RoundsLocked) { Kind = ErrorKind.Conflict };
        Order = order;
        Kind = input.Kind;
        Title = Check.NotBlank(input.Title, "title", ContestsConsts.MaxTitleLength);
        Weight = Check.InRange(input.Weight, "weight", 1, ContestsConsts.MaxWeight);
        if (Kind == RoundKind.Written)
        {
            ExamId = input.ExamId ?? throw new BusinessException(ContestsErrorCodes.WrittenRoundNeedsExam);
            Criteria = [];
            _judges.Clear();
            return;
        }
        ExamId = null;
        var criteria = (input.Criteria ?? []).Select(c => new Criterion(Check.NotBlank(c.Name, "criteria", ContestsConsts.MaxCriterionNameLength),
            Check.InRange(c.MaxPoints, "maxPoints", 1, ContestsConsts.MaxCriterionPoints))).ToList();
        if (criteria.Count == 0) throw new BusinessException(ContestsErrorCodes.CriteriaRequired);
        if (judgeStaffIds.Count == 0) throw new BusinessException(ContestsErrorCodes.RoundNeedsJudges);
        Criteria = criteria;
        _judges.RemoveAll(j => !judgeStaffIds.Contains(j.StaffId));
        _judges.AddRange(judgeStaffIds.Distinct().Where(s => _judges.All(j => j.StaffId != s)).Select(s => new RoundJudge(Id, s)));
    }

    public void Open(DateTime now)
    {
        if (State != RoundState.Pending) throw new BusinessException(ContestsErrorCodes.RoundWrongState, State) { Kind = ErrorKind.Conflict };
        (State, OpenedAt) = (RoundState.Open, now);
    }

    public void Close(DateTime now)
    {
        if (State != RoundState.Open) throw new BusinessException(ContestsErrorCodes.RoundWrongState, State) { Kind = ErrorKind.Conflict };
        (State, ClosedAt) = (RoundState.Closed, now);
    }
}

/// <summary>A judge assigned to a round: only they score it, and only its contest shows to them.</summary>
public sealed class RoundJudge
{
    private RoundJudge() { }

    public RoundJudge(Guid roundId, Guid staffId) => (RoundId, StaffId) = (roundId, staffId);

    public Guid RoundId { get; private set; }
    public Guid StaffId { get; private set; }
}

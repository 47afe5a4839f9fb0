using Training.SharedKernel.Domain;
using Training.SharedKernel.Errors;

namespace Training.Contests.Domain;

/// <summary>
/// One judge's points for one entry in one judged round: a score per criterion (in the rubric's order) and their total.
/// Submitted sheets are locked; only the chief judge corrects one, with a reason (kept in <see cref="Corrections"/>).
/// </summary>
public sealed class ScoreSheet : Entity
{
    private readonly List<SheetCorrection> _corrections = [];

    private ScoreSheet() { }

    public ScoreSheet(Guid id, Guid contestId, Guid roundId, Guid entryId, Guid judgeStaffId) : base(id) =>
        (ContestId, RoundId, EntryId, JudgeStaffId) = (contestId, roundId, entryId, judgeStaffId);

    public Guid ContestId { get; private set; }
    public Guid RoundId { get; private set; }
    public Guid EntryId { get; private set; }
    public Guid JudgeStaffId { get; private set; }
    public IReadOnlyList<decimal> CriterionScores { get; private set; } = [];
    public decimal Total { get; private set; }
    public DateTime SavedAt { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public bool Locked { get; private set; }
    public int Version { get; private set; }
    public IReadOnlyList<SheetCorrection> Corrections => _corrections;

    /// <summary>The judge's points: saved as often as they like until submitted; submitting locks the sheet.</summary>
    public void Save(IReadOnlyList<decimal> scores, IReadOnlyList<Criterion> criteria, bool submit, DateTime now)
    {
        if (Locked) throw new BusinessException(ContestsErrorCodes.SheetLocked) { Kind = ErrorKind.Conflict };
        CriterionScores = Valid(scores, criteria);
        Total = CriterionScores.Sum();
        SavedAt = now;
        if (submit) (SubmittedAt, Locked) = (now, true);
        Version++;
    }

    /// <summary>The chief judge's correction of a locked sheet: the old and new points and the reason are kept.</summary>
    public SheetCorrection Correct(Guid byStaffId, string reason, IReadOnlyList<decimal> scores, IReadOnlyList<Criterion> criteria, DateTime now)
    {
        if (!Locked) throw new BusinessException(ContestsErrorCodes.SheetNotSubmitted) { Kind = ErrorKind.Conflict };
        if (string.IsNullOrWhiteSpace(reason)) throw new BusinessException(ContestsErrorCodes.ReasonRequired);
        var correction = new SheetCorrection(Id, byStaffId, reason.Trim(), CriterionScores, Valid(scores, criteria), now);
        _corrections.Add(correction);
        CriterionScores = correction.NewScores;
        Total = CriterionScores.Sum();
        Version++;
        return correction;
    }

    /// <summary>One score per criterion, each within [0, max], in steps of 0.01 (so totals stay exact).</summary>
    private static IReadOnlyList<decimal> Valid(IReadOnlyList<decimal> scores, IReadOnlyList<Criterion> criteria)
    {
        if (scores.Count != criteria.Count) throw new BusinessException(ContestsErrorCodes.WrongCriterionCount, criteria.Count);
        for (var i = 0; i < scores.Count; i++)
            if (scores[i] < 0 || scores[i] > criteria[i].MaxPoints || scores[i] != Math.Round(scores[i], 2))
                throw new BusinessException(ContestsErrorCodes.ScoreOutOfRange, criteria[i].Name, criteria[i].MaxPoints);
        return scores.ToList();
    }
}

/// <summary>The chief judge's correction of a locked sheet: old and new points, reason, when.</summary>
public sealed class SheetCorrection : Entity
{
    private SheetCorrection() { }

    public SheetCorrection(Guid sheetId, Guid byStaffId, string reason, IReadOnlyList<decimal> oldScores, IReadOnlyList<decimal> newScores, DateTime at)
        : base(Guid.NewGuid()) =>
        (SheetId, ByStaffId, Reason, OldScores, NewScores, At) = (sheetId, byStaffId, reason, oldScores, newScores, at);

    public Guid SheetId { get; private set; }
    public Guid ByStaffId { get; private set; }
    public string Reason { get; private set; } = "";
    public IReadOnlyList<decimal> OldScores { get; private set; } = [];
    public IReadOnlyList<decimal> NewScores { get; private set; } = [];
    public DateTime At { get; private set; }
}

using Training.SharedKernel.Domain;

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

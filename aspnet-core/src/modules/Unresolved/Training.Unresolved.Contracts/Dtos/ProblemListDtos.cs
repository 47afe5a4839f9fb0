using System.ComponentModel.DataAnnotations;

namespace Training.Unresolved;

/// <summary>The 问题清单表 of one hall and month (the month's intake, and the cases still open from earlier months).</summary>
public sealed record ProblemListInput
{
    public Guid HallId { get; init; }

    [Range(2000, 2100)]
    public int Year { get; init; }

    [Range(1, 12)]
    public int Month { get; init; }
}

/// <summary>The problem list of a hall and month, in the order it prints (intake time, number).</summary>
public sealed record ProblemListDto(Guid HallId, string HallName, int Year, int Month, IReadOnlyList<ProblemListLineDto> Lines);

/// <summary>
/// One line of the problem list, in the seed's columns. The complainant reads 已隐去 / Hidden with
/// <c>ComplainantHidden</c> for a caller not entitled to them. <c>Handling</c>: the steps taken up to the month's end,
/// in order; <c>InProgress</c>: still open at the month's end (处理中, printed so); <c>CarriedOver</c>: received in an
/// earlier month and still open when this one began (备注 是 — 本周期内未办结的诉求请在下个周期补充填写).
/// </summary>
public sealed record ProblemListLineDto(
    int Serial, Guid CaseId, string Number, DateTime ReceivedAt, DateOnly ReceivedOn, Guid? UnitId, string? UnitName, string? WindowName,
    ComplainantKind ComplainantKind, string ComplainantName, string ComplainantContact, string? EnterpriseName, bool ComplainantHidden,
    IntakeChannel Channel, string Matter, string Description, CaseCategory? Category, UnresolvedCaseState State, string Handling, string Basis,
    bool InProgress, bool CarriedOver);

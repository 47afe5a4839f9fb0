using System.ComponentModel.DataAnnotations;

namespace Training.Contests;

/// <summary>
/// A round as the organiser sets it: kind, title, weight (&gt; 0), the written round's exam (same owner as the contest), a
/// judged round's criteria and judges (judges of the contest). <see cref="Id"/> keeps an existing round.
/// </summary>
public sealed record SaveRoundInput(
    Guid? Id,
    RoundKind Kind,
    [property: Required, StringLength(ContestsConsts.MaxTitleLength)] string Title,
    [property: Range(1, ContestsConsts.MaxWeight)] int Weight,
    Guid? ExamId,
    [property: MaxLength(ContestsConsts.MaxCriteria)] IReadOnlyList<CriterionDto>? Criteria,
    [property: MaxLength(ContestsConsts.MaxStaffPerRole)] IReadOnlyList<Guid>? JudgeStaffIds);

/// <summary>The contest's rounds in order (replaces them; only before the first round opens).</summary>
public sealed record SaveRoundsInput([property: Required, MinLength(1), MaxLength(ContestsConsts.MaxRounds)] IReadOnlyList<SaveRoundInput> Rounds,
    [property: Range(0, int.MaxValue)] int Version);

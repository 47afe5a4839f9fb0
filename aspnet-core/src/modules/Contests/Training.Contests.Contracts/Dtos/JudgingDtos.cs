using System.ComponentModel.DataAnnotations;

namespace Training.Contests;

/// <summary>A round the caller judges: how many entries it has to score, how many sheets are submitted, how many are recused.</summary>
public sealed record JudgeAssignmentDto(Guid ContestId, string ContestTitle, Guid RoundId, string RoundTitle, RoundKind RoundKind,
    RoundState RoundState, bool IsChiefJudge, int Entries, int Submitted, int Recused);

/// <summary>A judge's sheet for one entry: points per criterion (in the round's order), total, submitted (then locked), corrections.</summary>
public sealed record ScoreSheetDto(Guid Id, Guid RoundId, Guid EntryId, Guid JudgeStaffId, IReadOnlyList<decimal> CriterionScores,
    decimal Total, DateTime? SubmittedAt, bool Locked, IReadOnlyList<SheetCorrectionDto> Corrections);

public sealed record SheetCorrectionDto(Guid ByStaffId, string ByName, string Reason, IReadOnlyList<decimal> OldScores,
    IReadOnlyList<decimal> NewScores, DateTime At);

/// <summary>An entry as a judge sees it: draw number only (no names), whether the judge must recuse, and their sheet.</summary>
public sealed record JudgeEntryDto(Guid EntryId, int DrawNumber, bool Recused, ScoreSheetDto? Sheet);

/// <summary>The judge's scoring page of one round: criteria with bounds and the entries by draw number.</summary>
public sealed record JudgeRoundDto(Guid ContestId, string ContestTitle, Guid RoundId, string RoundTitle, RoundKind Kind, RoundState State,
    IReadOnlyList<CriterionDto> Criteria, bool IsChiefJudge, IReadOnlyList<JudgeEntryDto> Entries);

/// <summary>A judge's points for one entry (one per criterion, within [0, max]); <see cref="Submit"/> locks the sheet.</summary>
public sealed record SaveScoreSheetInput([property: Required, MaxLength(ContestsConsts.MaxCriteria)] IReadOnlyList<decimal> CriterionScores,
    bool Submit);

/// <summary>The chief judge's correction of a locked sheet: new points and the reason (kept and shown).</summary>
public sealed record CorrectScoreSheetInput([property: Required, MaxLength(ContestsConsts.MaxCriteria)] IReadOnlyList<decimal> CriterionScores,
    [property: Required, StringLength(ContestsConsts.MaxReasonLength, MinimumLength = 2)] string Reason);

/// <summary>A judge's progress on a round (organisers): sheets submitted, saved but not submitted, recused, still to do.</summary>
public sealed record JudgeProgressDto(Guid RoundId, Guid JudgeStaffId, string JudgeName, int Submitted, int Saved, int Recused, int ToDo);

using System.ComponentModel.DataAnnotations;

namespace Training.Contests;

/// <summary>
/// A unit lead's nomination: one person (individual contest) or the unit's team (team contest, the members of one unit).
/// </summary>
public sealed record NominateInput([property: Required, MinLength(1), MaxLength(ContestsConsts.MaxTeamSize)] IReadOnlyList<Guid> StaffIds);

public sealed record EntryMemberDto(Guid StaffId, string Name, string StaffNumber, Guid? UnitId, string? UnitName);

/// <summary>
/// An entry: its members (one, or a unit's team), draw number (抽签号, once entry has closed), who nominated it, whether an
/// organiser has confirmed it (a self-entry needs no confirmation), and its state.
/// </summary>
public sealed record EntryDto(Guid Id, Guid ContestId, EntryMode Mode, Guid? UnitId, string? UnitName, IReadOnlyList<EntryMemberDto> Members,
    int? DrawNumber, Guid? NominatedByStaffId, string? NominatedByName, bool Confirmed, EntryState State, DateTime EnteredAt, DateTime? WithdrawnAt);

/// <summary>A contest the caller has entered (my contests): the entry and the contest at a glance.</summary>
public sealed record MyEntryDto(Guid EntryId, Guid ContestId, string ContestTitle, ContestState ContestState, int? DrawNumber,
    EntryState State, bool Confirmed, bool MayWithdraw, Guid? WrittenExamId);

/// <summary>An entrant's written round as read from Learning: best score percent, its hand-in time, passed (null: not sat).</summary>
public sealed record WrittenResultDto(Guid EntryId, int? DrawNumber, IReadOnlyList<EntryMemberDto> Members, double? ScorePercent,
    DateTime? SubmittedAt, int Sat);

using System.ComponentModel.DataAnnotations;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Validation;

namespace Training.Contests;

/// <summary>An award tier: a number of entries (<see cref="Count"/>) or a share of them in percent (<see cref="SharePercent"/>), not both.</summary>
public sealed record AwardTierDto(AwardTier Tier, [property: Range(1, ContestsConsts.MaxAwardCount)] int? Count,
    [property: Range(1, 100)] int? SharePercent);

/// <summary>
/// A contest to create or change while it is a draft (title, announcement, scope, entry rules, credit hours, tiers). Owner
/// null = the city (administrators and organisers of every hall); scope empty = every hall of the owner's city.
/// </summary>
public sealed record SaveContestInput(
    [property: Required, StringLength(ContestsConsts.MaxTitleLength)] string Title,
    [property: StringLength(ContestsConsts.MaxDescriptionLength)] string? Description,
    Guid? OwnerHallId,
    [property: MaxLength(ContestsConsts.MaxScopeHalls)] IReadOnlyList<Guid>? ScopeHallIds,
    EntryMode EntryMode,
    [property: Range(1, ContestsConsts.MaxTeamSize)] int TeamSize,
    DateTime EntryOpensAt,
    DateTime EntryClosesAt,
    [property: Range(0, ContestsConsts.MaxCreditHours)] double CreditHours,
    bool ShowNamesOnBoard,
    [property: MaxLength(4)] IReadOnlyList<AwardTierDto>? AwardTiers,
    [property: Range(0, int.MaxValue)] int? Version = null);

public sealed record ContestListInput : PagedRequest
{
    public ContestState? State { get; init; }

    [StringLength(MaxFilterLength)]
    public string? Filter { get; init; }
}

/// <summary>A contest in a list: its window, how many have entered, and the caller's part in it.</summary>
public sealed record ContestSummaryDto(Guid Id, string Title, Guid? OwnerHallId, ContestState State, EntryMode EntryMode,
    DateTime EntryOpensAt, DateTime EntryClosesAt, int EntryCount, bool IsOpenForEntry, IReadOnlyList<ContestRole> MyRoles, bool IsEntered);

public sealed record HallRefDto(Guid Id, string Name);

public sealed record ContestStaffDto(Guid StaffId, string Name, string StaffNumber, string? UnitName, ContestRole Role);

/// <summary>A criterion of a judged round: its name and maximum points.</summary>
public sealed record CriterionDto([property: Required, StringLength(ContestsConsts.MaxCriterionNameLength)] string Name,
    [property: Range(1, ContestsConsts.MaxCriterionPoints)] int MaxPoints);

public sealed record RoundDto(Guid Id, int Order, RoundKind Kind, string Title, int Weight, Guid? ExamId, string? ExamTitle,
    IReadOnlyList<CriterionDto> Criteria, IReadOnlyList<Guid> JudgeStaffIds, RoundState State, DateTime? OpenedAt, DateTime? ClosedAt);

/// <summary>
/// A contest with its rounds and people. <see cref="CanManage"/>: the caller organises it; <see cref="MyEntryId"/>: the
/// caller's own entry (not withdrawn); <see cref="MayWithdraw"/>: before the first round opens.
/// </summary>
public sealed record ContestDto(Guid Id, string Title, string? Description, Guid? OwnerHallId, IReadOnlyList<HallRefDto> ScopeHalls,
    EntryMode EntryMode, int TeamSize, DateTime EntryOpensAt, DateTime EntryClosesAt, double CreditHours, bool ShowNamesOnBoard,
    ContestState State, DateTime? AnnouncedAt, IReadOnlyList<AwardTierDto> AwardTiers, IReadOnlyList<RoundDto> Rounds,
    IReadOnlyList<ContestStaffDto> Staff, int EntryCount, int Version, bool CanManage, IReadOnlyList<ContestRole> MyRoles,
    bool IsOpenForEntry, Guid? MyEntryId, bool MayWithdraw);

/// <summary>The contest's organisers, judges and chief judge (replaces them all); the chief judge is one of the judges.</summary>
public sealed record SetContestStaffInput(
    [property: MaxLength(ContestsConsts.MaxStaffPerRole)] IReadOnlyList<Guid> OrganiserStaffIds,
    [property: MaxLength(ContestsConsts.MaxStaffPerRole)] IReadOnlyList<Guid> JudgeStaffIds,
    Guid? ChiefJudgeStaffId);

/// <summary>The announcement went to this many people's inboxes.</summary>
public sealed record AnnounceResultDto(int Recipients, ContestDto Contest);

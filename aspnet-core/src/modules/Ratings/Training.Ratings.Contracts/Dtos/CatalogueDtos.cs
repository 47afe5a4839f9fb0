using System.ComponentModel.DataAnnotations;
using Training.SharedKernel.Paging;

namespace Training.Ratings;

// ---- Indicator tags ----

public sealed record IndicatorTagDto(Guid Id, string Code, string NameZh, string NameEn, int SortOrder, bool IsActive);

/// <summary>A tag's names, order and state; its code is set once, when it is created (ratings name tags by code).</summary>
public sealed record SaveIndicatorTagInput(
    [property: Required, StringLength(RatingsConsts.MaxCodeLength), RegularExpression("^[a-z][a-z0-9-]*$")] string Code,
    [property: Required, StringLength(RatingsConsts.MaxAspectLength)] string NameZh,
    [property: Required, StringLength(RatingsConsts.MaxAspectLength)] string NameEn,
    [property: Range(0, 10_000)] int SortOrder = 0,
    bool IsActive = true);

// ---- Matters 事项 ----

public sealed record MatterDto(Guid Id, Guid HallId, Guid UnitId, string UnitCode, string UnitName, string Code, string Name,
    string? Department, bool IsActive);

public sealed record MatterListInput : PagedRequest
{
    public Guid? HallId { get; init; }
    public Guid? UnitId { get; init; }

    /// <summary>Part of a code or a name.</summary>
    [StringLength(MaxFilterLength)]
    public string? Filter { get; init; }
}

/// <summary>The hall an import writes into (matters and surveys are per hall).</summary>
public sealed record HallImportInput
{
    public Guid HallId { get; init; }
}

/// <summary>What an import did: rows created, updated, and found as they already were (the same file twice: all unchanged).</summary>
public sealed record CatalogueImportResultDto(int Created, int Updated, int Unchanged);

// ---- Surveys (002: every two months) ----

public sealed record SurveyDto(Guid Id, Guid HallId, Guid UnitId, string UnitCode, string UnitName, int Year, int Period,
    double Score, int SampleSize, string? Provider, string? Suggestions, IReadOnlyList<SurveyAspectDto> Aspects);

public sealed record SurveyAspectDto(string Aspect, double Score);

public sealed record SurveyListInput : PagedRequest
{
    public Guid? HallId { get; init; }
    public Guid? UnitId { get; init; }

    [Range(2000, 2100)]
    public int? Year { get; init; }

    [Range(1, 6)]
    public int? Period { get; init; }
}

// ---- Service efficiency 服务效能 ----

public sealed record ServiceRecordDto(Guid Id, Guid HallId, Guid UnitId, string UnitName, Guid StaffId, string StaffNumber, string StaffName,
    int Year, int Month, int CaseVolume, int OnTimeCount, DateTime UpdatedAt);

public sealed record ServiceRecordListInput : PagedRequest
{
    public Guid? HallId { get; init; }
    public Guid? UnitId { get; init; }
    public Guid? StaffId { get; init; }

    [Range(2000, 2100)]
    public int? Year { get; init; }

    [Range(1, 12)]
    public int? Month { get; init; }
}

/// <summary>A case system's batch: at most <see cref="RatingsConsts.MaxBatch"/> person-months.</summary>
public sealed record PushServiceRecordsInput(
    [property: Required, MinLength(1), MaxLength(RatingsConsts.MaxBatch)] IReadOnlyList<PushedServiceRecord> Records);

/// <summary>One person's month as the case system counts it; a later report of the same month replaces the numbers.</summary>
public sealed record PushedServiceRecord(
    [property: Required, StringLength(32)] string StaffNumber,
    [property: Range(2000, 2100)] int Year,
    [property: Range(1, 12)] int Month,
    [property: Range(0, 1_000_000)] int CaseVolume,
    [property: Range(0, 1_000_000)] int OnTimeCount);

/// <summary>
/// One answer per record, in the order sent: <see cref="PushItemOutcome.Stored"/> (new or changed numbers),
/// <see cref="PushItemOutcome.Duplicate"/> (unchanged: the same numbers were already stored) or refused with the reason.
/// </summary>
public sealed record PushedServiceRecordResult(int Index, PushItemOutcome Outcome, string? Code, string? Message);

public sealed record PushServiceRecordsResultDto(int Stored, int Unchanged, int Refused, IReadOnlyList<PushedServiceRecordResult> Results);

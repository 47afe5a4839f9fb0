using System.ComponentModel.DataAnnotations;

namespace Training.SharedKernel.Paging;

/// <summary>ABP's paging wire format: <c>skipCount</c>, <c>maxResultCount</c> (capped), <c>sorting</c> ("name asc").</summary>
public record PagedRequest
{
    public const int DefaultMaxResultCount = 10;
    public const int MaxMaxResultCount = 1000;
    public const int MaxSortingLength = 128;

    /// <summary>The length of a list's free-text filter (part of a name, a code …).</summary>
    public const int MaxFilterLength = 128;

    // Nullable so that minimal APIs bind them as optional query parameters. Out-of-range values are refused (400) by the
    // validation every endpoint runs; the OpenAPI document states the same bounds.
    [Range(0, int.MaxValue)]
    public int? SkipCount { get; init; }

    [Range(1, MaxMaxResultCount)]
    public int? MaxResultCount { get; init; }

    [StringLength(MaxSortingLength)]
    public string? Sorting { get; init; }

    public int Skip => Math.Max(0, SkipCount ?? 0);

    public int Take => Math.Clamp(MaxResultCount is null or <= 0 ? DefaultMaxResultCount : MaxResultCount.Value, 1, MaxMaxResultCount);
}

/// <summary>A page: at most <see cref="PagedRequest.MaxMaxResultCount"/> items, and how many there are in all.</summary>
public sealed record PagedResult<T>(int TotalCount, IReadOnlyList<T> Items);

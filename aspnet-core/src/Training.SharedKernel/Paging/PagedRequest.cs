namespace Training.SharedKernel.Paging;

/// <summary>ABP's paging wire format: <c>skipCount</c>, <c>maxResultCount</c> (capped), <c>sorting</c> ("name asc").</summary>
public record PagedRequest
{
    public const int DefaultMaxResultCount = 10;
    public const int MaxMaxResultCount = 1000;

    // Nullable so that minimal APIs bind them as optional query parameters.
    public int? SkipCount { get; init; }

    public int? MaxResultCount { get; init; }

    public string? Sorting { get; init; }

    public int Skip => Math.Max(0, SkipCount ?? 0);

    public int Take => Math.Clamp(MaxResultCount is null or <= 0 ? DefaultMaxResultCount : MaxResultCount.Value, 1, MaxMaxResultCount);
}

public sealed record PagedResult<T>(int TotalCount, IReadOnlyList<T> Items);

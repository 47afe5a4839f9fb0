using System.ComponentModel.DataAnnotations;
using Training.SharedKernel.Paging;

namespace Training.Ratings;

public sealed record RatingDeviceListInput : PagedRequest
{
    /// <summary>Part of the name.</summary>
    [StringLength(MaxFilterLength)]
    public string? Filter { get; init; }

    public Guid? HallId { get; init; }
    public RatingDeviceKind? Kind { get; init; }
    public bool? IsActive { get; init; }
}

public sealed record RatingDeviceDto(
    Guid Id, string Name, RatingDeviceKind Kind, Guid HallId, string HallName, Guid? WindowId, string? WindowCode, string? WindowName,
    bool IsActive, DateTime CreatedAt);

/// <summary>A pad is bound to its window (the default of the ratings it sends); a case system to none.</summary>
public sealed record RegisterRatingDeviceInput(
    Guid HallId,
    [property: Required, StringLength(RatingsConsts.MaxNameLength)] string Name,
    RatingDeviceKind Kind,
    Guid? WindowId);

public sealed record UpdateRatingDeviceInput(
    [property: Required, StringLength(RatingsConsts.MaxNameLength)] string Name,
    Guid? WindowId);

/// <summary>The device and its key's secret: the secret is in this response only, the server keeps its hash.</summary>
public sealed record RatingDeviceWithKeyDto(RatingDeviceDto Device, string KeyPrefix, string Secret);

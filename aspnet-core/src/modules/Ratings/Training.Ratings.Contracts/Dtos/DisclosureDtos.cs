using System.ComponentModel.DataAnnotations;

namespace Training.Ratings;

/// <summary>A hall the public disclosure page can show.</summary>
public sealed record PublicHallDto(Guid Id, string Name);

public sealed record DisclosureInput
{
    public Guid HallId { get; init; }

    [Range(2000, 2100)]
    public int Year { get; init; }

    [Range(1, 12)]
    public int Month { get; init; }
}

/// <summary>Counts and satisfaction (0–1) of a hall, unit or window for the month; excluded ratings are not counted.</summary>
public sealed record DisclosureCountsDto(string Name, int Total, int Good, int Basic, int Bad, double? SatisfactionRate);

/// <summary>
/// A bad rating as the public sees it: no rater, no staff member. An excluded rating (an appeal found it mistaken or
/// malicious) stays listed, marked <see cref="Excluded"/>, without its comment, and is not counted.
/// </summary>
public sealed record DisclosedBadRatingDto(DateOnly Date, string UnitName, string WindowCode, string WindowName, RatingLevel Level,
    string? Comment, string? Reply, CaseState? CaseState, bool Excluded);

public sealed record DisclosureDto(Guid HallId, string HallName, int Year, int Month, DisclosureCountsDto Hall,
    IReadOnlyList<DisclosureCountsDto> Units, IReadOnlyList<DisclosureCountsDto> Windows, IReadOnlyList<DisclosedBadRatingDto> BadRatings);

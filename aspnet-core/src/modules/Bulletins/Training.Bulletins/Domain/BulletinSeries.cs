namespace Training.Bulletins.Domain;

/// <summary>
/// The last number an issuing body gave in a kind's series for a year (〔2026〕第N期). The body is the hall (or the city,
/// <see cref="CityOwner"/>). Publishing moves <see cref="LastNumber"/> from N−1 to N in the transaction that stores the
/// file: a publish that failed took nothing, and two racing for N find one of them refused and taking N+1.
/// </summary>
public sealed class BulletinSeries
{
    public static readonly Guid CityOwner = Guid.Empty;

    public Guid OwnerId { get; set; }
    public string Kind { get; set; } = "";
    public int Year { get; set; }
    public int LastNumber { get; set; }
}

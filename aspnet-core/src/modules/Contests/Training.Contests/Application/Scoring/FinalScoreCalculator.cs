namespace Training.Contests.Application.Scoring;

/// <summary>One round's weight and the entry's normalised (0–100) score in it; null while the entry has none.</summary>
public sealed record WeightedRoundScore(decimal Weight, decimal? Normalised);

/// <summary>
/// Final = Σ(weight × normalised) / Σ weights over all the contest's rounds. A round the entry has no score in yet
/// counts as 0, so a live total only grows as sheets arrive and equals the final once every round is scored.
/// Shown and ranked at two decimals (rounded half away from zero), so two totals that look equal are equal.
/// </summary>
public static class FinalScoreCalculator
{
    public const int Decimals = 2;

    public static decimal Final(IReadOnlyCollection<WeightedRoundScore> rounds)
    {
        if (rounds.Count == 0) return 0m;
        var weights = 0m;
        var weighted = 0m;
        foreach (var round in rounds)
        {
            if (round.Weight <= 0)
                throw new ArgumentOutOfRangeException(nameof(rounds), round.Weight, "A round's weight is positive.");
            weights += round.Weight;
            weighted += round.Weight * (round.Normalised ?? 0m);
        }
        return Display(weighted / weights);
    }

    public static decimal Display(decimal score) => Math.Round(score, Decimals, MidpointRounding.AwayFromZero);
}

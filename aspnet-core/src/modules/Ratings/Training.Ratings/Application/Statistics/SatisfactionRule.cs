using Training.SharedKernel.Settings;

namespace Training.Ratings.Application.Statistics;

/// <summary>
/// How counts per level become a satisfaction rate and average points, per the settings: the points of each level
/// (<c>Ratings.Score.*</c>) and <see cref="RatingsSettings.SatisfactionByScore"/> (false: the share of levels 1–3; true:
/// the mean points over the points of 非常满意). Read once per request; the arithmetic is over counts SQL has grouped.
/// </summary>
internal sealed record SatisfactionRule(IReadOnlyDictionary<RatingLevel, int> Points, bool ByScore)
{
    public static async Task<SatisfactionRule> ReadAsync(ISettingProvider settings, CancellationToken cancellationToken)
    {
        var points = new Dictionary<RatingLevel, int>();
        foreach (var level in Enum.GetValues<RatingLevel>())
            points[level] = await settings.GetIntAsync(RatingsSettings.Score(level), cancellationToken: cancellationToken);
        return new SatisfactionRule(points, await settings.GetBoolAsync(RatingsSettings.SatisfactionByScore, cancellationToken: cancellationToken));
    }

    public LevelCountsDto Counts(IReadOnlyDictionary<RatingLevel, int> byLevel)
    {
        int Of(RatingLevel level) => byLevel.GetValueOrDefault(level);
        var total = byLevel.Values.Sum();
        var bad = Of(RatingLevel.Dissatisfied) + Of(RatingLevel.VeryDissatisfied);
        var mean = total == 0 ? 0 : byLevel.Sum(l => (double)Points[l.Key] * l.Value) / total;
        double? average = total == 0 ? null : Math.Round(mean, 2);
        var best = Points[RatingLevel.VerySatisfied];
        double? rate = total == 0 ? null
            : ByScore ? (best == 0 ? null : Math.Round(mean / best, 4))
            : Math.Round((total - bad) / (double)total, 4);
        return new LevelCountsDto(Of(RatingLevel.VerySatisfied), Of(RatingLevel.Satisfied), Of(RatingLevel.Basic),
            Of(RatingLevel.Dissatisfied), Of(RatingLevel.VeryDissatisfied), total, bad, rate, average);
    }

    public LevelCountsDto Counts(IEnumerable<(RatingLevel Level, int Count)> rows) =>
        Counts(rows.GroupBy(r => r.Level).ToDictionary(g => g.Key, g => g.Sum(r => r.Count)));

    public double PointsOf(RatingLevel level) => Points[level];

    public static double? Rate(int part, int whole) => whole == 0 ? null : Math.Round(part / (double)whole, 4);
}

namespace Training.Contests.Application.Scoring;

/// <summary>How many entries one tier takes: a fixed count, or a share (percent) of the ranked entries.</summary>
public sealed record TierQuota(int? Count, decimal? SharePercent)
{
    public static TierQuota OfCount(int count) => new(count, null);
    public static TierQuota OfShare(decimal percent) => new(null, percent);
}

public sealed record TierAward<TTier>(Guid EntryId, TTier Tier);

/// <summary>
/// Tiers are filled in their order down the ranking: the first tier takes the top places, the next the places after.
/// A share is of all ranked entries and rounded down (10% of 25 entries is 2), so no tier exceeds its share.
/// An entry tied in rank with the last one a tier takes gets that tier too; those extra places come out of the tiers
/// after it. Places left when the tiers are exhausted (or the ranking ends) get no award.
/// </summary>
public static class AwardTierAllocator
{
    public const string RoundingZh = "按比例计算的名额向下取整；与末位并列者同获该奖项，占用下一奖项名额";
    public const string RoundingEn = "Shares are rounded down; entries tied with a tier's last place get that tier, taking places from the next";

    public static int Places(TierQuota quota, int rankedCount)
    {
        if (quota.Count is { } count)
            return count >= 0 ? count : throw new ArgumentOutOfRangeException(nameof(quota), count, "Not negative.");
        if (quota.SharePercent is { } share and >= 0 and <= 100)
            return (int)Math.Floor(rankedCount * share / 100m);
        throw new ArgumentOutOfRangeException(nameof(quota), quota, "A count, or a share of 0–100 percent.");
    }

    public static IReadOnlyList<TierAward<TTier>> Allocate<TTier>(IReadOnlyList<RankedEntry> ranking,
        IReadOnlyList<(TTier Tier, TierQuota Quota)> tiers)
    {
        var awards = new List<TierAward<TTier>>();
        var next = 0; // the first place not yet awarded
        var endOfTiers = 0; // cumulative places of the tiers so far
        foreach (var (tier, quota) in tiers)
        {
            endOfTiers += Places(quota, ranking.Count);
            var last = Math.Min(endOfTiers, ranking.Count) - 1;
            if (last < next) continue;
            // Ties at the boundary join the tier.
            while (last + 1 < ranking.Count && ranking[last + 1].Rank == ranking[last].Rank) last++;
            for (; next <= last; next++) awards.Add(new TierAward<TTier>(ranking[next].EntryId, tier));
        }
        return awards;
    }
}

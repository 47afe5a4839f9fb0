namespace Training.Contests.Application.Scoring;

/// <summary>What the ranking reads of an entry: its final score and, for the tie rule, its written round's score and
/// that exam attempt's submit time (null when the contest has no written round or the entry did not sit it).</summary>
public sealed record RankingCandidate(Guid EntryId, decimal Final, decimal? Written, DateTimeOffset? WrittenSubmittedAt);

public sealed record RankedEntry(Guid EntryId, int Rank, decimal Final);

/// <summary>
/// Orders entries by final score (higher first); ties by the higher written score, then the earlier written submission
/// (no written score or time sorts after any). Entries equal on all three share a rank and the next rank skips
/// (1, 2, 2, 4). The draw number is the last, rank-neutral key so the order is stable.
/// </summary>
public static class ContestRanker
{
    public const string TieRuleZh = "总分相同时，笔试成绩高者在前；笔试成绩也相同时，笔试交卷早者在前";
    public const string TieRuleEn = "Equal totals: the higher written score first, then the earlier written submission";

    public static IReadOnlyList<RankedEntry> Rank(IEnumerable<RankingCandidate> candidates, Func<Guid, int>? drawNumber = null)
    {
        var ordered = candidates
            .OrderByDescending(c => c.Final)
            .ThenByDescending(c => c.Written ?? decimal.MinValue)
            .ThenBy(c => c.WrittenSubmittedAt ?? DateTimeOffset.MaxValue)
            .ThenBy(c => drawNumber?.Invoke(c.EntryId) ?? 0)
            .ToList();

        var ranked = new List<RankedEntry>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var tiedWithPrevious = i > 0 && Tied(ordered[i], ordered[i - 1]);
            ranked.Add(new RankedEntry(ordered[i].EntryId, tiedWithPrevious ? ranked[i - 1].Rank : i + 1, ordered[i].Final));
        }
        return ranked;
    }

    private static bool Tied(RankingCandidate a, RankingCandidate b) =>
        a.Final == b.Final && a.Written == b.Written && a.WrittenSubmittedAt == b.WrittenSubmittedAt;
}

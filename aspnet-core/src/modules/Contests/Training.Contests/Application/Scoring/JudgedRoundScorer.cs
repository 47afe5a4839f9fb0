namespace Training.Contests.Application.Scoring;

/// <summary>A judged round's score for one entry, with the rule that formed it and how many sheets counted.</summary>
public sealed record JudgedRoundScore(decimal Score, ScoreRule Rule, int JudgeCount);

/// <summary>
/// The round score of one entry from its submitted sheets' totals: with at least <c>trimmedMeanMinJudges</c> scoring
/// judges (counted after recusals, since a recused judge submits no sheet) one highest and one lowest total are dropped
/// and the rest averaged; below that the plain mean. Only one of several equal highest (or lowest) totals is dropped.
/// </summary>
public static class JudgedRoundScorer
{
    /// <returns>null while no sheet is submitted (the entry has no score in this round yet).</returns>
    public static JudgedRoundScore? Score(IReadOnlyCollection<decimal> sheetTotals, int trimmedMeanMinJudges)
    {
        // Dropping two of fewer than three totals would leave nothing to average, whatever the setting says.
        if (trimmedMeanMinJudges < 3)
            throw new ArgumentOutOfRangeException(nameof(trimmedMeanMinJudges), trimmedMeanMinJudges, "At least 3.");
        if (sheetTotals.Count == 0) return null;

        if (sheetTotals.Count < trimmedMeanMinJudges)
            return new JudgedRoundScore(sheetTotals.Sum() / sheetTotals.Count, ScoreRule.Mean, sheetTotals.Count);

        var kept = sheetTotals.Sum() - sheetTotals.Max() - sheetTotals.Min();
        return new JudgedRoundScore(kept / (sheetTotals.Count - 2), ScoreRule.TrimmedMean, sheetTotals.Count);
    }
}

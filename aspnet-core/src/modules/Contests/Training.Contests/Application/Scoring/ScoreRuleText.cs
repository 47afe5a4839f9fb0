namespace Training.Contests.Application.Scoring;

/// <summary>The rule a round score came from, in words, as the board and the results state it.</summary>
public static class ScoreRuleText
{
    public static string Zh(ScoreRule rule) => rule switch
    {
        ScoreRule.TrimmedMean => "去掉一个最高分和一个最低分后的平均",
        ScoreRule.Mean => "算术平均",
        _ => "笔试成绩（百分制）",
    };

    public static string En(ScoreRule rule) => rule switch
    {
        ScoreRule.TrimmedMean => "Mean after dropping one highest and one lowest score",
        ScoreRule.Mean => "Plain mean",
        _ => "Written exam score (percent)",
    };
}

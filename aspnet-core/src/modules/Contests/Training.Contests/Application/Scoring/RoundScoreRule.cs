namespace Training.Contests.Application.Scoring;

/// <summary>How a judged round's score was formed from the judges' sheet totals; returned with every result so the
/// board can state it.</summary>
public enum RoundScoreRule
{
    /// <summary>算术平均 — fewer scoring judges than the trimmed-mean threshold.</summary>
    PlainMean = 0,

    /// <summary>去掉一个最高分和一个最低分后的平均.</summary>
    TrimmedMean = 1,

    /// <summary>A written round: the exam's score percent, no judges.</summary>
    ExamScore = 2,
}

public static class RoundScoreRuleText
{
    public static string Zh(RoundScoreRule rule) => rule switch
    {
        RoundScoreRule.TrimmedMean => "去掉一个最高分和一个最低分后的平均",
        RoundScoreRule.PlainMean => "算术平均",
        _ => "笔试成绩（百分制）",
    };

    public static string En(RoundScoreRule rule) => rule switch
    {
        RoundScoreRule.TrimmedMean => "Mean after dropping one highest and one lowest score",
        RoundScoreRule.PlainMean => "Plain mean",
        _ => "Written exam score (percent)",
    };
}

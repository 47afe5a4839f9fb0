using Training.SharedKernel.Settings;

namespace Training.Ratings;

public static class RatingsSettings
{
    /// <summary>Points of each level (defaults 10 / 8 / 6 / 3 / 0): <c>Ratings.Score.VerySatisfied</c> …</summary>
    public static string Score(RatingLevel level) => "Ratings.Score." + level;

    /// <summary>
    /// How the satisfaction rate is computed: false (default) = the share of ratings at levels 1–3; true = the mean
    /// points over the points of 非常满意.
    /// </summary>
    public const string SatisfactionByScore = "Ratings.SatisfactionByScore";

    public const string CallbackWorkingDays = "Ratings.CallbackWorkingDays";
    public const string RectifyWorkingDays = "Ratings.RectifyWorkingDays";

    /// <summary>Days after a case closes (or, without a case, after the rating) when the citizen's name and phone are deleted.</summary>
    public const string CitizenDataRetentionDays = "Ratings.CitizenDataRetentionDays";

    /// <summary>The target of the real-name callback and rectification rates, in percent (001: 100%).</summary>
    public const string TargetRate = "Ratings.TargetRate";

    /// <summary>Shortest reason of an appeal decision, of a verification note and of a reply (characters).</summary>
    public const string ReasonMinLength = "Ratings.ReasonMinLength";

    /// <summary>Days a citizen's follow-up link stays open after the reply.</summary>
    public const string FollowUpLinkDays = "Ratings.FollowUpLinkDays";

    public static readonly IReadOnlyDictionary<RatingLevel, int> DefaultScores = new Dictionary<RatingLevel, int>
    {
        [RatingLevel.VerySatisfied] = 10, [RatingLevel.Satisfied] = 8, [RatingLevel.Basic] = 6,
        [RatingLevel.Dissatisfied] = 3, [RatingLevel.VeryDissatisfied] = 0,
    };
}

public sealed class RatingsSettingDefinitions : ISettingDefinitionProvider
{
    public IEnumerable<SettingDefinition> Define() =>
    [
        Score(RatingLevel.VerySatisfied, "非常满意", "very satisfied"),
        Score(RatingLevel.Satisfied, "满意", "satisfied"),
        Score(RatingLevel.Basic, "基本满意", "fairly satisfied"),
        Score(RatingLevel.Dissatisfied, "不满意", "dissatisfied"),
        Score(RatingLevel.VeryDissatisfied, "非常不满意", "very dissatisfied"),
        new(RatingsSettings.SatisfactionByScore, "false", SettingType.Bool, "满意率按平均分计算（否=按前三档占比）",
            "Satisfaction rate from the mean points (no = the share of the top three levels)"),
        new(RatingsSettings.CallbackWorkingDays, "1", SettingType.Int, "差评回访时限（工作日）", "Call back a bad rating within (working days)", Min: 0, Max: 30, PerHall: true),
        new(RatingsSettings.RectifyWorkingDays, "5", SettingType.Int, "差评整改时限（工作日）", "Rectify a bad rating within (working days)", Min: 1, Max: 60, PerHall: true),
        new(RatingsSettings.CitizenDataRetentionDays, "180", SettingType.Int, "群众姓名、电话保留天数（办结后）", "Keep the citizen's name and phone for (days after the case closes)", Min: 1, Max: 3650),
        new(RatingsSettings.TargetRate, "100", SettingType.Int, "实名差评回访率、整改率目标（%）", "Target of the real-name callback and rectification rates (%)", Min: 1, Max: 100, Source: "001"),
        new(RatingsSettings.ReasonMinLength, "5", SettingType.Int, "核实、答复和申诉裁定理由最少字数", "Shortest verification note, reply and appeal decision (characters)", Min: 1, Max: 200),
        new(RatingsSettings.FollowUpLinkDays, "15", SettingType.Int, "群众回访评价链接有效天数", "Days the citizen's follow-up link stays open", Min: 1, Max: 90),
    ];

    private static SettingDefinition Score(RatingLevel level, string zh, string en) =>
        new(RatingsSettings.Score(level), RatingsSettings.DefaultScores[level].ToString(System.Globalization.CultureInfo.InvariantCulture),
            SettingType.Int, $"“{zh}”的分值", $"Points of “{en}”", Min: 0, Max: 100);
}

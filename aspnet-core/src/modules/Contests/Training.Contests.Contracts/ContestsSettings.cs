using Training.SharedKernel.Settings;

namespace Training.Contests;

/// <summary>The contests' rules as settings.</summary>
public static class ContestsSettings
{
    /// <summary>At least this many scoring judges (after recusals) and a judged round drops one highest and one lowest total.</summary>
    public const string TrimmedMeanMinJudges = "Contests.TrimmedMeanMinJudges";

    /// <summary>How often (seconds) a leaderboard stream with nothing new sends a keep-alive.</summary>
    public const string BoardRefreshSeconds = "Contests.BoardRefreshSeconds";

    /// <summary>Largest team a contest may allow.</summary>
    public const string MaxTeamSize = "Contests.MaxTeamSize";
}

public sealed class ContestsSettingDefinitions : ISettingDefinitionProvider
{
    public IEnumerable<SettingDefinition> Define() =>
    [
        new(ContestsSettings.TrimmedMeanMinJudges, "5", SettingType.Int, "去掉最高分和最低分所需的最少评委人数",
            "Fewest scoring judges for dropping the highest and lowest total", Min: 3, Max: 50),
        new(ContestsSettings.BoardRefreshSeconds, "15", SettingType.Int, "排行榜无变化时的保活间隔（秒）",
            "Leaderboard keep-alive when nothing changes (seconds)", Min: 1, Max: 300),
        new(ContestsSettings.MaxTeamSize, "5", SettingType.Int, "团体赛每队最多人数", "Largest team (people)", Min: 2, Max: ContestsConsts.MaxTeamSize),
    ];
}

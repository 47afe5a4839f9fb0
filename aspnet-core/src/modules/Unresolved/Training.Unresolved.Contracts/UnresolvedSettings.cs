using Training.SharedKernel.Settings;

namespace Training.Unresolved;

/// <summary>The mechanism's numbers (seed 003) as settings, per hall: the deadlines in working days and the conference's sections.</summary>
public static class UnresolvedSettings
{
    /// <summary>A receiver answers a transferred case within (working days after the transfer).</summary>
    public const string ReceiverAnswerWorkingDays = "Unresolved.ReceiverAnswerWorkingDays";

    /// <summary>The follow-up call within (working days after intake, or after the receiver's answer).</summary>
    public const string FollowUpWorkingDays = "Unresolved.FollowUpWorkingDays";

    /// <summary>效能督查科 answers an unsatisfied follow-up within (working days).</summary>
    public const string EscalationAnswerWorkingDays = "Unresolved.EscalationAnswerWorkingDays";

    /// <summary>The sections of a 一事一议 conference, separated by commas.</summary>
    public const string ConferenceSections = "Unresolved.ConferenceSections";

    /// <summary>Largest attachment of a receiver's answer (MB), below the platform's upload limit.</summary>
    public const string AttachmentMaxMegabytes = "Unresolved.AttachmentMaxMegabytes";
}

public sealed class UnresolvedSettingDefinitions : ISettingDefinitionProvider
{
    public IEnumerable<SettingDefinition> Define() =>
    [
        new(UnresolvedSettings.ReceiverAnswerWorkingDays, "3", SettingType.Int, "转办事项承办单位答复时限（工作日）",
            "Receivers answer transferred cases within (working days)", PerHall: true, Min: 1, Max: 30, Source: "003"),
        new(UnresolvedSettings.FollowUpWorkingDays, "5", SettingType.Int, "跟踪回访时限（工作日，转办事项自答复起）",
            "Follow up within (working days; for transferred cases from the answer)", PerHall: true, Min: 1, Max: 30, Source: "003"),
        new(UnresolvedSettings.EscalationAnswerWorkingDays, "2", SettingType.Int, "回访不满意件效能督查科答复时限（工作日）",
            "The efficiency section answers unsatisfied cases within (working days)", PerHall: true, Min: 1, Max: 30, Source: "003"),
        new(UnresolvedSettings.ConferenceSections, "业务协调科,效能督查科,审改科,政策法规科", SettingType.Text,
            "一事一议参加科室（逗号分隔）", "Sections of a case conference (comma-separated)", PerHall: true, Source: "003"),
        new(UnresolvedSettings.AttachmentMaxMegabytes, "10", SettingType.Int, "转办答复附件大小上限（MB）",
            "Largest attachment of an answer (MB)", Min: 1, Max: 100),
    ];
}

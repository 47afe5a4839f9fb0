using Training.SharedKernel.Settings;

namespace Training.Supervision;

/// <summary>
/// Supervision's rules as settings. The sources name no numbers for these deadlines (000 asks for 台账 with 责任 and
/// 时限, 立行立改, and 回头看 re-checks), so the defaults are the hall's working practice and every hall may change them.
/// </summary>
public static class SupervisionSettings
{
    /// <summary>Working days after a finding's recording within which its person or unit may dispute it (once).</summary>
    public const string DisputeWorkingDays = "Supervision.DisputeWorkingDays";

    /// <summary>Working days a ledger item gets to be rectified, counted from its opening (per hall).</summary>
    public const string RectifyWorkingDays = "Supervision.RectifyWorkingDays";

    /// <summary>Days after an item's acceptance when its 回头看 re-check falls due.</summary>
    public const string RecheckDays = "Supervision.RecheckDays";

    /// <summary>Working days before a deadline when the responsible unit is reminded (once per deadline).</summary>
    public const string ReminderWorkingDays = "Supervision.ReminderWorkingDays";

    /// <summary>Shortest reason of a dispute, a decision, a send-back and a re-check (characters).</summary>
    public const string ReasonMinLength = "Supervision.ReasonMinLength";

    /// <summary>Largest photo or evidence file (MB), below the platform's upload limit.</summary>
    public const string PhotoMaxMegabytes = "Supervision.PhotoMaxMegabytes";
}

public sealed class SupervisionSettingDefinitions : ISettingDefinitionProvider
{
    public IEnumerable<SettingDefinition> Define() =>
    [
        new(SupervisionSettings.DisputeWorkingDays, "3", SettingType.Int, "督查问题异议期限（工作日，自记录起）",
            "Dispute a finding within (working days from its recording)", Min: 1, Max: 30, PerHall: true),
        new(SupervisionSettings.RectifyWorkingDays, "10", SettingType.Int, "问题整改时限（工作日）",
            "Rectify a ledger item within (working days)", Min: 1, Max: 120, PerHall: true, Source: "000"),
        new(SupervisionSettings.RecheckDays, "30", SettingType.Int, "整改验收后“回头看”间隔（天）",
            "Re-check (回头看) accepted items after (days)", Min: 1, Max: 365, PerHall: true, Source: "000"),
        new(SupervisionSettings.ReminderWorkingDays, "2", SettingType.Int, "整改到期前提醒（工作日）",
            "Remind the unit before a deadline (working days)", Min: 0, Max: 30, PerHall: true),
        new(SupervisionSettings.ReasonMinLength, "5", SettingType.Int, "异议、裁定、退回和回头看理由最少字数",
            "Shortest dispute, decision, send-back and re-check reason (characters)", Min: 1, Max: 200),
        new(SupervisionSettings.PhotoMaxMegabytes, "10", SettingType.Int, "督查照片和整改佐证文件大小上限（MB）",
            "Largest photo or evidence file (MB)", Min: 1, Max: 100),
    ];
}

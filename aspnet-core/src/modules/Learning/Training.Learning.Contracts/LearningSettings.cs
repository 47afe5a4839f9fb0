using Training.SharedKernel.Settings;

namespace Training.Learning;

public static class LearningSettings
{
    /// <summary>DOMAIN: each certificate has a validity period (configurable).</summary>
    public const string CertificateValidityMonths = "Learning.Certificates.ValidityMonths";

    /// <summary>How many days before expiry the holder and their lead are reminded.</summary>
    public const string CertificateReminderDays = "Learning.Certificates.ReminderDays";

    /// <summary>A save or submit this many seconds after the deadline still counts (a slow network, not extra time).</summary>
    public const string ExamGraceSeconds = "Learning.Exams.GraceSeconds";
}

public sealed class LearningSettingDefinitions : ISettingDefinitionProvider
{
    public IEnumerable<SettingDefinition> Define() =>
    [
        new(LearningSettings.CertificateValidityMonths, "36", SettingType.Int, "合格证有效期（月）", "Certificate validity (months)",
            Min: 1, Max: 240, Source: "DOMAIN.md: Certificates — validity period, configurable"),
        new(LearningSettings.CertificateReminderDays, "30", SettingType.Int, "合格证到期提前提醒（天）", "Remind before certificate expiry (days)", Min: 1, Max: 365),
        new(LearningSettings.ExamGraceSeconds, "30", SettingType.Int, "交卷网络宽限（秒）", "Network grace after an exam deadline (seconds)", Min: 0, Max: 300),
    ];
}

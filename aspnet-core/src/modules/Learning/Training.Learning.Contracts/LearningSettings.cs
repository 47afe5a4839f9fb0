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

    /// <summary>
    /// A lesson is marked read only this many seconds after the learner opened it (server time; 0 = no minimum). A
    /// sooner "done" is refused with the seconds left, so every recorded completion counts.
    /// </summary>
    public const string LessonMinimumReadingSeconds = "Learning.Lessons.MinimumReadingSeconds";
}

public sealed class LearningSettingDefinitions : ISettingDefinitionProvider
{
    public IEnumerable<SettingDefinition> Define() =>
    [
        new(LearningSettings.CertificateValidityMonths, "36", SettingType.Int, "合格证有效期（月）", "Certificate validity (months)",
            Min: 1, Max: 240, Source: "DOMAIN.md: Certificates — validity period, configurable"),
        new(LearningSettings.CertificateReminderDays, "30", SettingType.Int, "合格证到期提前提醒（天）", "Remind before certificate expiry (days)", Min: 1, Max: 365),
        new(LearningSettings.ExamGraceSeconds, "30", SettingType.Int, "交卷网络宽限（秒）", "Network grace after an exam deadline (seconds)", Min: 0, Max: 300),
        new(LearningSettings.LessonMinimumReadingSeconds, "60", SettingType.Int, "每节课时最短阅读时间（秒）", "Minimum reading time per lesson (seconds)",
            Min: 0, Max: 3600),
    ];
}

using Training.SharedKernel.Settings;

namespace Training.Bulletins;

public static class BulletinSettings
{
    /// <summary>The issuing body printed in red at the head of a hall's bulletins; empty = the hall's name.</summary>
    public const string IssuingBody = "Bulletins.IssuingBody";

    /// <summary>The issuing body of city-wide bulletins (the city's setting; a hall's value is not read for them).</summary>
    public const string CityIssuingBody = "Bulletins.CityIssuingBody";

    public const string WithdrawReasonMinLength = "Bulletins.WithdrawReasonMinLength";
}

public sealed class BulletinSettingDefinitions : ISettingDefinitionProvider
{
    public IEnumerable<SettingDefinition> Define() =>
    [
        new(BulletinSettings.IssuingBody, "", SettingType.Text, "通报发文机关（空=中心名称）", "Issuing body of bulletins (empty = the hall's name)", PerHall: true),
        new(BulletinSettings.CityIssuingBody, "市政务服务管理办公室", SettingType.Text, "全市通报的发文机关", "Issuing body of city-wide bulletins"),
        new(BulletinSettings.WithdrawReasonMinLength, "5", SettingType.Int, "撤回通报的原因最少字数", "Shortest reason for withdrawing a bulletin (characters)", Min: 1, Max: 100),
    ];
}

using Training.Platform;
using Training.Platform.Application;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Settings;

namespace Training.Tests.Platform;

public sealed class SettingRuleTests
{
    private static readonly SettingDefinition Quota = new("Appraisals.ExcellentQuota", "0.2", SettingType.Decimal, "优秀比例", "Excellent quota", Min: 0, Max: 1);
    private static readonly SettingDefinition Rows = new("Organization.Import.MaxRows", "5000", SettingType.Int, "行数", "Rows", Min: 1, Max: 100_000);
    private static readonly SettingDefinition Flag = new("X.Enabled", "true", SettingType.Bool, "开关", "Switch");

    [Theory]
    [InlineData(" 0.25 ", "0.25")]
    [InlineData("1", "1")]
    public void Should_accept_values_in_range(string raw, string stored) => SettingService.Normalize(Quota, raw).ShouldBe(stored);

    [Theory]
    [InlineData("1.5")]
    [InlineData("abc")]
    public void Should_refuse_values_out_of_range_or_of_another_type(string raw) =>
        Should.Throw<BusinessException>(() => SettingService.Normalize(Quota, raw)).Code.ShouldBe(PlatformErrorCodes.InvalidSettingValue);

    [Fact]
    public void Should_refuse_a_fraction_for_a_whole_number_and_normalize_switches()
    {
        Should.Throw<BusinessException>(() => SettingService.Normalize(Rows, "2.5")).Code.ShouldBe(PlatformErrorCodes.InvalidSettingValue);
        SettingService.Normalize(Flag, "True").ShouldBe("true");
    }
}

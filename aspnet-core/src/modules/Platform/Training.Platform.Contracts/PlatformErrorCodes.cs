using Training.SharedKernel.Errors;

namespace Training.Platform;

public static class PlatformErrorCodes
{
    public const string UnknownSetting = "Platform:00001";
    public const string InvalidSettingValue = "Platform:00002";
    public const string SettingNotPerHall = "Platform:00003";
}

public sealed class PlatformErrorCatalog : IErrorCatalog
{
    public IReadOnlyDictionary<string, ErrorText> Messages { get; } = new Dictionary<string, ErrorText>
    {
        [PlatformErrorCodes.UnknownSetting] = new("设置项“{0}”不存在。", "There is no setting “{0}”."),
        [PlatformErrorCodes.InvalidSettingValue] = new("“{0}”的取值“{1}”无效：{2}", "The value “{1}” is not valid for “{0}”: {2}"),
        [PlatformErrorCodes.SettingNotPerHall] = new("设置项“{0}”全市统一，不能按中心设置。", "“{0}” is city-wide and cannot be set per hall."),
    };
}

using Training.SharedKernel.Settings;

namespace Training.Organization;

public static class OrganizationSettings
{
    public const string ImportMaxRows = "Organization.Import.MaxRows";
}

public sealed class OrganizationSettingDefinitions : ISettingDefinitionProvider
{
    public IEnumerable<SettingDefinition> Define() =>
    [
        new(OrganizationSettings.ImportMaxRows, "5000", SettingType.Int, "人员导入单个文件最大行数", "Most rows in one staff import file",
            Min: 1, Max: 100_000),
    ];
}

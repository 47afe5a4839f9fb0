using Training.SharedKernel.Settings;

namespace Training.SharedKernel.Imports;

/// <summary>The bounds every spreadsheet import is held to before and while it is read (see <see cref="ImportReader"/>).</summary>
public static class ImportSettings
{
    /// <summary>Data rows in one file, all its sheets together (an import may name its own setting instead).</summary>
    public const string MaxRows = "Platform.Imports.MaxRows";
    public const string MaxColumns = "Platform.Imports.MaxColumns";
    public const string MaxUnpackedMegabytes = "Platform.Imports.MaxUnpackedMegabytes";
    public const string MaxCompressionRatio = "Platform.Imports.MaxCompressionRatio";
    public const string MaxCellLength = "Platform.Imports.MaxCellLength";
}

public sealed class ImportSettingDefinitions : ISettingDefinitionProvider
{
    public IEnumerable<SettingDefinition> Define() =>
    [
        new(ImportSettings.MaxRows, "5000", SettingType.Int, "导入文件最大数据行数", "Most data rows in one import file", Min: 1, Max: 100_000),
        new(ImportSettings.MaxColumns, "100", SettingType.Int, "导入工作表最大列数", "Most columns in an import sheet", Min: 10, Max: 1000),
        new(ImportSettings.MaxUnpackedMegabytes, "50", SettingType.Int, "导入文件解压后大小上限（MB）", "Largest import file once unpacked (MB)",
            Min: 1, Max: 1000),
        new(ImportSettings.MaxCompressionRatio, "100", SettingType.Int, "导入文件单个部件最大压缩比", "Highest compression ratio of a part of an import file",
            Min: 10, Max: 10_000),
        new(ImportSettings.MaxCellLength, "4000", SettingType.Int, "导入单元格最大字符数", "Longest cell of an import file (characters)",
            Min: 100, Max: 100_000),
    ];
}

/// <summary>The bounds of one import, read from the settings when the file is opened.</summary>
public sealed record ImportLimits(int MaxRows, int MaxColumns, long MaxUnpackedBytes, int MaxCompressionRatio, int MaxCellLength)
{
    public static readonly ImportLimits Default = new(5000, 100, 50L * 1024 * 1024, 100, 4000);

    public int MaxUnpackedMegabytes => (int)(MaxUnpackedBytes / (1024 * 1024));
}

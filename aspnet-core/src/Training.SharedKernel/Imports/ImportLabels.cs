namespace Training.SharedKernel.Imports;

/// <summary>The words people type in import files for an enum: the Chinese label and the English name, case-insensitive.</summary>
public static class ImportLabels
{
    public static IReadOnlyDictionary<string, T> Of<T>(params (T Value, string Chinese)[] values) where T : struct, Enum
    {
        var map = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var (value, chinese) in values) map[chinese] = value;
        foreach (var (value, _) in values) map[value.ToString()] = value;
        return map;
    }
}

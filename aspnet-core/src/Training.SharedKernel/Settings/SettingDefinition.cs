namespace Training.SharedKernel.Settings;

public enum SettingType { Int, Decimal, Bool, Text }

/// <summary>
/// A number or switch that DOMAIN.md calls a default: its default lives here in code, an administrator's value lives in
/// the database (for the whole city, or per hall when <see cref="PerHall"/>).
/// </summary>
public sealed record SettingDefinition(
    string Name, string DefaultValue, SettingType Type, string ZhHans, string En,
    bool PerHall = false, double? Min = null, double? Max = null, string? Source = null);

public interface ISettingDefinitionProvider
{
    IEnumerable<SettingDefinition> Define();
}

/// <summary>Reads settings: the hall's value, else the city's, else the default.</summary>
public interface ISettingProvider
{
    Task<string> GetAsync(string name, Guid? hallId = null, CancellationToken cancellationToken = default);

    async Task<int> GetIntAsync(string name, Guid? hallId = null, CancellationToken cancellationToken = default) =>
        int.Parse(await GetAsync(name, hallId, cancellationToken), System.Globalization.CultureInfo.InvariantCulture);

    async Task<double> GetDoubleAsync(string name, Guid? hallId = null, CancellationToken cancellationToken = default) =>
        double.Parse(await GetAsync(name, hallId, cancellationToken), System.Globalization.CultureInfo.InvariantCulture);

    async Task<bool> GetBoolAsync(string name, Guid? hallId = null, CancellationToken cancellationToken = default) =>
        bool.Parse(await GetAsync(name, hallId, cancellationToken));
}

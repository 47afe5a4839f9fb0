using Training.SharedKernel.Settings;

namespace Training.Platform.Application;

/// <summary>All setting definitions of the running application.</summary>
internal sealed class SettingRegistry
{
    private readonly Dictionary<string, SettingDefinition> _byName;

    public SettingRegistry(IEnumerable<ISettingDefinitionProvider> providers) =>
        _byName = providers.SelectMany(p => p.Define()).ToDictionary(d => d.Name, StringComparer.Ordinal);

    public IReadOnlyCollection<SettingDefinition> All => _byName.Values;

    public SettingDefinition? Find(string name) => _byName.GetValueOrDefault(name);
}

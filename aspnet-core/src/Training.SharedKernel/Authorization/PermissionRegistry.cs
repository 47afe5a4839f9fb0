namespace Training.SharedKernel.Authorization;

/// <summary>All permissions known to the running application, collected from the modules' providers.</summary>
public sealed class PermissionRegistry
{
    private readonly Dictionary<string, PermissionDefinition> _byName;

    public PermissionRegistry(IEnumerable<IPermissionDefinitionProvider> providers)
    {
        _byName = new(StringComparer.Ordinal);
        foreach (var definition in providers.SelectMany(p => p.Define()))
        {
            if (!_byName.TryAdd(definition.Name, definition))
                throw new InvalidOperationException($"Permission '{definition.Name}' is defined twice.");
        }
        ForDevices = _byName.Values.Where(d => d.ForDevices).Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>What a device signed in with its key holds (<see cref="PermissionDefinition.ForDevices"/>).</summary>
    public IReadOnlySet<string> ForDevices { get; }

    public IReadOnlyCollection<PermissionDefinition> All => _byName.Values;

    public bool IsDefined(string name) => _byName.ContainsKey(name);
}

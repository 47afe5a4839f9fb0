namespace Training.SharedKernel.Authorization;

/// <summary>
/// One permission: its constant name (<c>Organization.Staff.Create</c>), display names and the roles that get it when
/// the permission is first seen. After that an administrator owns the grants.
/// </summary>
public sealed record PermissionDefinition(string Name, string ZhHans, string En, params string[] DefaultRoles)
{
    /// <summary>The group the permission belongs to: its first segment (the module).</summary>
    public string Group => Name[..Name.IndexOf('.')];

    /// <summary>
    /// Held by every device signed in with its key (<c>X-Device-Key</c>), never by a role: the endpoints that need it
    /// are the devices' (the OpenAPI document names the device-key scheme on them).
    /// </summary>
    public bool ForDevices { get; init; }
}

/// <summary>Each module's Contracts lists its permissions through one provider.</summary>
public interface IPermissionDefinitionProvider
{
    IEnumerable<PermissionDefinition> Define();
}

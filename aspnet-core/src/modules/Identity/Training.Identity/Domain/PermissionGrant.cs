namespace Training.Identity.Domain;

/// <summary>A role holds a permission.</summary>
public sealed class PermissionGrant
{
    public Guid RoleId { get; set; }

    public string Permission { get; set; } = "";
}

/// <summary>
/// A permission whose default grants were applied once. Later starts leave an administrator's changes alone, while a
/// permission added by a later release still gets its defaults.
/// </summary>
public sealed class SeededPermission
{
    public string Name { get; set; } = "";
}

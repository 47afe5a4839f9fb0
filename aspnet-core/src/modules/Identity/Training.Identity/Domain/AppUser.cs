using Microsoft.AspNetCore.Identity;

namespace Training.Identity.Domain;

/// <summary>A sign-in account. Staff accounts link to their Organization staff member by id (a plain Guid).</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    public Guid? StaffId { get; set; }

    /// <summary>Set for accounts with a one-time password (imported staff, resets): no work until it is changed.</summary>
    public bool MustChangePassword { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTime CreatedAt { get; set; }
}

using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Training.Identity.Domain;
using Training.SharedKernel.Data;

namespace Training.Identity.EntityFrameworkCore;

/// <summary>
/// Identity's tables (<c>Identity_*</c>). Not an IdentityDbContext: the stores only need the sets, and mapping them here
/// lets the migrations context compose this model with every other module's.
/// </summary>
public sealed class IdentityModuleDbContext(DbContextOptions<IdentityModuleDbContext> options, ModuleDbContextServices services)
    : ModuleDbContext(options, services), IDataProtectionKeyContext
{
    public const string Prefix = "Identity";

    public override string ModulePrefix => Prefix;

    public DbSet<AppUser> Users => Set<AppUser>();
    public DbSet<AppRole> Roles => Set<AppRole>();
    public DbSet<IdentityUserRole<Guid>> UserRoles => Set<IdentityUserRole<Guid>>();
    public DbSet<PermissionGrant> PermissionGrants => Set<PermissionGrant>();
    public DbSet<SeededPermission> SeededPermissions => Set<SeededPermission>();
    public DbSet<DeviceKey> DeviceKeys => Set<DeviceKey>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ConfigureIdentityModule();
    }
}

using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Training.Identity.Application;
using Training.Identity.Domain;
using Training.SharedKernel.Data;

namespace Training.Identity.EntityFrameworkCore;

/// <summary>
/// Identity's tables (<c>Identity_*</c>). Not an IdentityDbContext: the stores only need the sets, and mapping them here
/// lets the migrations context compose this model with every other module's.
/// </summary>
public sealed class IdentityModuleDbContext(DbContextOptions<IdentityModuleDbContext> options)
    : ModuleDbContext(options), IDataProtectionKeyContext
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
    public DbSet<AccountChange> AccountChanges => Set<AccountChange>();
    public DbSet<SignInFailure> SignInFailures => Set<SignInFailure>();

    /// <summary>Set when the context is rented (see IdentityModule): dropped when a save changes accounts.</summary>
    internal AccountCache Accounts { get; set; } = null!;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var changesAccounts = RecordAccountChange();
        var result = base.SaveChanges(acceptAllChangesOnSuccess);
        if (changesAccounts) DropCachedAccounts();
        return result;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var changesAccounts = RecordAccountChange();
        var result = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (changesAccounts) DropCachedAccounts();
        return result;
    }

    /// <summary>
    /// Adds an <see cref="AccountChange"/> row to the save when it changes what a signed-in account is or may do, so
    /// every node's cache learns of it in the same commit.
    /// </summary>
    private bool RecordAccountChange()
    {
        if (!ChangeTracker.Entries().Any(ChangesAnAccount)) return false;
        AccountChanges.Add(new AccountChange { ChangedAt = Services.Clock.GetUtcNow().UtcDateTime });
        return true;
    }

    private static bool ChangesAnAccount(EntityEntry entry) => entry.State switch
    {
        EntityState.Unchanged or EntityState.Detached => false,
        _ => entry.Entity switch
        {
            // A new user is in nobody's cache; a changed one only matters for what the cache holds (account, stamp).
            AppUser => entry.State == EntityState.Deleted || (entry.State == EntityState.Modified && AccountColumns.Any(c => entry.Property(c).IsModified)),
            AppRole or IdentityUserRole<Guid> or PermissionGrant => true,
            _ => false,
        },
    };

    private static readonly string[] AccountColumns =
        [nameof(AppUser.UserName), nameof(AppUser.DisplayName), nameof(AppUser.StaffId), nameof(AppUser.IsActive), nameof(AppUser.MustChangePassword),
         nameof(AppUser.SecurityStamp)]; // a new stamp (sign-out, password change) ends the cookies that carry the old one

    // After the commit (at once when the save committed itself): until then other requests still read the old account.
    private void DropCachedAccounts() => UnitOfWork.AfterTransaction(Accounts.Drop);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ConfigureIdentityModule();
    }
}

using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Training.Identity.Domain;
using Training.SharedKernel.Data;

namespace Training.Identity.EntityFrameworkCore;

public static class IdentityModelBuilderExtensions
{
    /// <summary>Maps Identity's model; called by the module context and by the migrations context.</summary>
    public static void ConfigureIdentityModule(this ModelBuilder builder)
    {
        const string p = IdentityModuleDbContext.Prefix;
        builder.ConfigureOutbox(p);

        builder.Entity<AppUser>(b =>
        {
            b.ToTable($"{p}_Users");
            b.HasKey(u => u.Id);
            b.HasIndex(u => u.NormalizedUserName).IsUnique();
            b.HasIndex(u => u.NormalizedEmail);
            b.HasIndex(u => u.StaffId);
            b.Property(u => u.UserName).HasMaxLength(IdentityConsts.MaxUserNameLength);
            b.Property(u => u.NormalizedUserName).HasMaxLength(IdentityConsts.MaxUserNameLength);
            b.Property(u => u.DisplayName).HasMaxLength(IdentityConsts.MaxDisplayNameLength).IsChineseText();
            b.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
            b.Property(u => u.PasswordHash).HasMaxLength(512);
            // Stored as a UTC instant: SQLite cannot order or compare DateTimeOffset.
            b.Property(u => u.LockoutEnd).HasConversion(
                v => v.HasValue ? v.Value.UtcDateTime : (DateTime?)null,
                v => v.HasValue ? new DateTimeOffset(DateTime.SpecifyKind(v.Value, DateTimeKind.Utc)) : null);
        });
        builder.Entity<AppRole>(b =>
        {
            b.ToTable($"{p}_Roles");
            b.HasKey(r => r.Id);
            b.HasIndex(r => r.NormalizedName).IsUnique();
            b.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
        });
        builder.Entity<IdentityUserRole<Guid>>(b =>
        {
            b.ToTable($"{p}_UserRoles");
            b.HasKey(r => new { r.UserId, r.RoleId });
            b.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<AppRole>().WithMany().HasForeignKey(r => r.RoleId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<IdentityUserClaim<Guid>>(b =>
        {
            b.ToTable($"{p}_UserClaims");
            b.HasKey(c => c.Id);
            b.HasOne<AppUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<IdentityUserLogin<Guid>>(b =>
        {
            b.ToTable($"{p}_UserLogins");
            b.HasKey(l => new { l.LoginProvider, l.ProviderKey });
            b.HasOne<AppUser>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<IdentityUserToken<Guid>>(b =>
        {
            b.ToTable($"{p}_UserTokens");
            b.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
            b.HasOne<AppUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<IdentityRoleClaim<Guid>>(b =>
        {
            b.ToTable($"{p}_RoleClaims");
            b.HasKey(c => c.Id);
            b.HasOne<AppRole>().WithMany().HasForeignKey(c => c.RoleId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<PermissionGrant>(b =>
        {
            b.ToTable($"{p}_PermissionGrants");
            b.HasKey(g => new { g.RoleId, g.Permission });
            b.Property(g => g.Permission).HasMaxLength(128);
            b.HasOne<AppRole>().WithMany().HasForeignKey(g => g.RoleId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<SeededPermission>(b =>
        {
            b.ToTable($"{p}_SeededPermissions");
            b.HasKey(s => s.Name);
            b.Property(s => s.Name).HasMaxLength(128);
        });
        builder.Entity<DeviceKey>(b =>
        {
            b.ToTable($"{p}_DeviceKeys");
            b.HasKey(k => k.Id);
            b.HasIndex(k => k.Prefix).IsUnique();
            b.Property(k => k.Name).HasMaxLength(IdentityConsts.MaxDeviceNameLength).IsChineseText();
            b.Property(k => k.Prefix).HasMaxLength(16);
            b.Property(k => k.SecretHash).HasMaxLength(64);
            b.Ignore(k => k.IsRevoked);
        });
        builder.Entity<AccountChange>(b =>
        {
            b.ToTable($"{p}_AccountChanges");
            b.HasKey(c => c.Id);
            b.Property(c => c.Id).ValueGeneratedOnAdd();
        });
        builder.Entity<SignInFailure>(b =>
        {
            b.ToTable($"{p}_SignInFailures");
            b.HasKey(f => new { f.NormalizedUserName, f.Client });
            b.Property(f => f.NormalizedUserName).HasMaxLength(IdentityConsts.MaxUserNameLength);
            b.Property(f => f.Client).HasMaxLength(64);
            b.HasIndex(f => f.ExpiresAt);
        });
        builder.Entity<DataProtectionKey>(b =>
        {
            b.ToTable($"{p}_DataProtectionKeys");
            b.HasKey(k => k.Id);
            b.Property(k => k.FriendlyName).HasMaxLength(256);
            b.Property(k => k.Xml).HasMaxLength(int.MaxValue);
        });
    }
}

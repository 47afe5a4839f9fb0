using Microsoft.EntityFrameworkCore;
using Training.Platform.Domain;
using Training.SharedKernel.Data;

namespace Training.Platform.EntityFrameworkCore;

public static class PlatformModelBuilderExtensions
{
    public static void ConfigurePlatformModule(this ModelBuilder builder)
    {
        const string p = PlatformDbContext.Prefix;
        builder.ConfigureOutbox(p);
        builder.Entity<SettingValue>(b =>
        {
            b.ToTable($"{p}_Settings");
            b.HasKey(s => new { s.Name, s.Scope });
            b.Property(s => s.Name).HasMaxLength(128);
            b.Property(s => s.Scope).HasMaxLength(36);
            b.Property(s => s.Value).HasMaxLength(1000);
        });
        builder.Entity<StoredFileRecord>(b =>
        {
            b.ToTable($"{p}_Files");
            b.Property(f => f.FileName).HasMaxLength(256);
            b.Property(f => f.ContentType).HasMaxLength(128);
            b.Property(f => f.Sha256).HasMaxLength(64);
            b.Property(f => f.Purpose).HasMaxLength(64);
            b.HasIndex(f => f.Sha256);
        });
        builder.Entity<Notification>(b =>
        {
            b.ToTable($"{p}_Notifications");
            b.Property(n => n.Kind).HasMaxLength(128);
            b.Property(n => n.TitleZhHans).HasMaxLength(256);
            b.Property(n => n.TitleEn).HasMaxLength(256);
            b.Property(n => n.BodyZhHans).HasMaxLength(2000);
            b.Property(n => n.BodyEn).HasMaxLength(2000);
            b.Property(n => n.Link).HasMaxLength(512);
            b.HasIndex(n => new { n.UserId, n.ReadAt, n.CreatedAt });
        });
        builder.Entity<AuditLog>(b =>
        {
            b.ToTable($"{p}_AuditLogs");
            b.Property(a => a.UserName).HasMaxLength(64);
            b.Property(a => a.Method).HasMaxLength(16);
            b.Property(a => a.Path).HasMaxLength(512);
            b.Property(a => a.ClientIp).HasMaxLength(64);
            b.Property(a => a.ErrorCode).HasMaxLength(64);
            b.HasIndex(a => a.At);
            b.HasIndex(a => new { a.UserId, a.At });
            // The chain: one row per sequence number, so two sealers cannot fork it (see AuditChain).
            b.Property(a => a.Hash).HasMaxLength(64);
            b.HasIndex(a => a.Sequence).IsUnique();
            // What the sealer looks for, in its order; small, as rows leave it within seconds.
            b.HasIndex(a => new { a.At, a.Id }).HasFilter("\"Sequence\" IS NULL").HasDatabaseName($"IX_{p}_AuditLogs_Unsealed");
        });
    }
}

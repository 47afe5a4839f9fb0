using Microsoft.EntityFrameworkCore;
using Training.Platform.Domain;
using Training.SharedKernel.Data;

namespace Training.Platform.EntityFrameworkCore;

public sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options)
    : ModuleDbContext(options)
{
    public const string Prefix = "Platform";

    public override string ModulePrefix => Prefix;

    public DbSet<SettingValue> Settings => Set<SettingValue>();
    public DbSet<StoredFileRecord> Files => Set<StoredFileRecord>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<AuditLog> AuditLogs => Set<AuditLog>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ConfigurePlatformModule();
    }
}

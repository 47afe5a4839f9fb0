using Microsoft.EntityFrameworkCore;
using Training.Bulletins.Domain;
using Training.SharedKernel.Data;

namespace Training.Bulletins.EntityFrameworkCore;

/// <summary>Bulletins's own context: its tables are named Bulletins_*; it sees no other module's tables.</summary>
public sealed class BulletinsDbContext(DbContextOptions<BulletinsDbContext> options) : ModuleDbContext(options)
{
    public const string Prefix = "Bulletins";

    public override string ModulePrefix => Prefix;

    public DbSet<Bulletin> Bulletins => Set<Bulletin>();
    public DbSet<BulletinSeries> Series => Set<BulletinSeries>();
    public DbSet<BulletinSchedule> Schedules => Set<BulletinSchedule>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ConfigureBulletinsModule();
    }
}

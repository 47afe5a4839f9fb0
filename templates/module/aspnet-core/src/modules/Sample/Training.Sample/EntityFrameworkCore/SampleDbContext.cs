using Microsoft.EntityFrameworkCore;
using Training.SharedKernel.Data;

namespace Training.Sample.EntityFrameworkCore;

/// <summary>Sample's own context: its tables are named Sample_*; it sees no other module's tables.</summary>
public sealed class SampleDbContext(DbContextOptions<SampleDbContext> options) : ModuleDbContext(options)
{
    public const string Prefix = "Sample";

    public override string ModulePrefix => Prefix;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ConfigureSampleModule();
    }
}

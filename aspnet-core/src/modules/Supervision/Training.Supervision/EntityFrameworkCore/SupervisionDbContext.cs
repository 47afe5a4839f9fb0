using Microsoft.EntityFrameworkCore;
using Training.SharedKernel.Data;
using Training.Supervision.Domain;

namespace Training.Supervision.EntityFrameworkCore;

/// <summary>Supervision's own context: its tables are named Supervision_*; it sees no other module's tables.</summary>
public sealed class SupervisionDbContext(DbContextOptions<SupervisionDbContext> options) : ModuleDbContext(options)
{
    public const string Prefix = "Supervision";

    public override string ModulePrefix => Prefix;

    public DbSet<CatalogueItem> CatalogueItems => Set<CatalogueItem>();
    public DbSet<Inspection> Inspections => Set<Inspection>();
    public DbSet<InspectionInspector> InspectionInspectors => Set<InspectionInspector>();
    public DbSet<InspectionPlace> InspectionPlaces => Set<InspectionPlace>();
    public DbSet<WalkStep> WalkSteps => Set<WalkStep>();
    public DbSet<Finding> Findings => Set<Finding>();
    public DbSet<FindingPhoto> FindingPhotos => Set<FindingPhoto>();
    public DbSet<LedgerItem> LedgerItems => Set<LedgerItem>();
    public DbSet<LedgerProgress> LedgerProgress => Set<LedgerProgress>();
    public DbSet<LedgerEvidence> LedgerEvidence => Set<LedgerEvidence>();
    public DbSet<LedgerReview> LedgerReviews => Set<LedgerReview>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ConfigureSupervisionModule();
    }
}

using Microsoft.EntityFrameworkCore;
using Training.SharedKernel.Data;
using Training.Unresolved.Domain;

namespace Training.Unresolved.EntityFrameworkCore;

/// <summary>Unresolved's own context: its tables are named Unresolved_*; it sees no other module's tables.</summary>
public sealed class UnresolvedDbContext(DbContextOptions<UnresolvedDbContext> options) : ModuleDbContext(options)
{
    public const string Prefix = "Unresolved";

    public override string ModulePrefix => Prefix;

    public DbSet<UnresolvedCase> Cases => Set<UnresolvedCase>();
    public DbSet<CaseStep> CaseSteps => Set<CaseStep>();
    public DbSet<CaseDeadline> CaseDeadlines => Set<CaseDeadline>();
    public DbSet<CaseTransfer> CaseTransfers => Set<CaseTransfer>();
    public DbSet<TransferAttachment> TransferAttachments => Set<TransferAttachment>();
    public DbSet<Receiver> Receivers => Set<Receiver>();
    public DbSet<ReceiverLiaison> ReceiverLiaisons => Set<ReceiverLiaison>();
    public DbSet<GuideDuty> GuideDuties => Set<GuideDuty>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ConfigureUnresolvedModule();
    }
}

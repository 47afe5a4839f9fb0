using Microsoft.EntityFrameworkCore;
using Training.Contests.Domain;
using Training.SharedKernel.Data;

namespace Training.Contests.EntityFrameworkCore;

/// <summary>Contests's own context: its tables are named Contests_*; it sees no other module's tables.</summary>
public sealed class ContestsDbContext(DbContextOptions<ContestsDbContext> options) : ModuleDbContext(options)
{
    public const string Prefix = "Contests";

    public override string ModulePrefix => Prefix;

    public DbSet<Contest> Contests => Set<Contest>();
    public DbSet<ContestStaffRole> StaffRoles => Set<ContestStaffRole>();
    public DbSet<Round> Rounds => Set<Round>();
    public DbSet<RoundJudge> RoundJudges => Set<RoundJudge>();
    public DbSet<Entry> Entries => Set<Entry>();
    public DbSet<EntryMember> EntryMembers => Set<EntryMember>();
    public DbSet<ScoreSheet> ScoreSheets => Set<ScoreSheet>();
    public DbSet<SheetCorrection> SheetCorrections => Set<SheetCorrection>();
    public DbSet<Award> Awards => Set<Award>();

    /// <summary>
    /// The entries that stand in their contests once entry has closed — entered, with a draw number — with their members,
    /// read only: what judging, recusal and the board work from.
    /// </summary>
    public IQueryable<Entry> StandingEntries =>
        Entries.AsNoTracking().Include(e => e.Members).Where(e => e.State == EntryState.Entered && e.DrawNumber != null);
    public DbSet<AwardCertificate> AwardCertificates => Set<AwardCertificate>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ConfigureContestsModule();
    }
}

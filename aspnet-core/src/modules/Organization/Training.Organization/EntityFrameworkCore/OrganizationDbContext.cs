using Microsoft.EntityFrameworkCore;
using Training.Organization.Domain;
using Training.SharedKernel.Data;

namespace Training.Organization.EntityFrameworkCore;

public sealed class OrganizationDbContext(DbContextOptions<OrganizationDbContext> options)
    : ModuleDbContext(options)
{
    public const string Prefix = "Organization";

    public override string ModulePrefix => Prefix;

    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Hall> Halls => Set<Hall>();
    public DbSet<WindowUnit> Units => Set<WindowUnit>();
    public DbSet<Window> Windows => Set<Window>();
    public DbSet<StaffMember> Staff => Set<StaffMember>();
    public DbSet<WindowAssignment> Assignments => Set<WindowAssignment>();
    public DbSet<PostBackup> PostBackups => Set<PostBackup>();
    public DbSet<UnitLead> UnitLeads => Set<UnitLead>();
    public DbSet<HallManager> HallManagers => Set<HallManager>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ConfigureOrganizationModule();
    }
}

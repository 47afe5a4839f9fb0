using Microsoft.EntityFrameworkCore;
using Training.Organization.Domain;
using Training.SharedKernel.Data;

namespace Training.Organization.EntityFrameworkCore;

public static class OrganizationModelBuilderExtensions
{
    public static void ConfigureOrganizationModule(this ModelBuilder builder)
    {
        const string p = OrganizationDbContext.Prefix;
        builder.ConfigureOutbox(p);

        builder.Entity<Department>(b =>
        {
            b.ToTable($"{p}_Departments");
            b.HasAuditColumns();
            b.Property(d => d.Name).HasMaxLength(OrganizationConsts.MaxNameLength).IsChineseText();
            b.HasIndex(d => d.Name).IsUnique();
        });
        builder.Entity<Hall>(b =>
        {
            b.ToTable($"{p}_Halls");
            b.HasAuditColumns();
            b.Property(h => h.Code).HasMaxLength(OrganizationConsts.MaxCodeLength);
            b.Property(h => h.Name).HasMaxLength(OrganizationConsts.MaxNameLength).IsChineseText();
            b.Property(h => h.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(h => h.TimeZone).HasMaxLength(64);
            b.HasIndex(h => h.Code).IsUnique();
            b.HasOne<Hall>().WithMany().HasForeignKey(h => h.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<WindowUnit>(b =>
        {
            b.ToTable($"{p}_Units");
            b.HasAuditColumns();
            b.Property(u => u.Code).HasMaxLength(OrganizationConsts.MaxCodeLength);
            b.Property(u => u.Name).HasMaxLength(OrganizationConsts.MaxNameLength).IsChineseText();
            b.Property(u => u.Kind).HasConversion<string>().HasMaxLength(24);
            b.HasIndex(u => new { u.HallId, u.Code }).IsUnique();
            b.HasOne<Hall>().WithMany().HasForeignKey(u => u.HallId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Department>().WithMany().HasForeignKey(u => u.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<Window>(b =>
        {
            b.ToTable($"{p}_Windows");
            b.HasAuditColumns();
            b.Property(w => w.Code).HasMaxLength(OrganizationConsts.MaxCodeLength);
            b.Property(w => w.Name).HasMaxLength(OrganizationConsts.MaxNameLength).IsChineseText();
            b.Property(w => w.Type).HasConversion<string>().HasMaxLength(24);
            b.HasIndex(w => new { w.HallId, w.Code }).IsUnique();
            b.HasIndex(w => w.UnitId);
            b.HasOne<WindowUnit>().WithMany().HasForeignKey(w => w.UnitId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<StaffMember>(b =>
        {
            b.ToTable($"{p}_Staff");
            b.HasAuditColumns();
            b.Property(s => s.StaffNumber).HasMaxLength(OrganizationConsts.MaxStaffNumberLength);
            b.Property(s => s.Name).HasMaxLength(OrganizationConsts.MaxPersonNameLength).IsChineseText();
            b.Property(s => s.Phone).HasMaxLength(OrganizationConsts.MaxPhoneLength);
            b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
            b.HasIndex(s => s.StaffNumber).IsUnique();
            b.HasIndex(s => new { s.UnitId, s.StaffNumber });
            b.HasIndex(s => new { s.HallId, s.StaffNumber });
            b.HasIndex(s => s.UserId);
            b.HasIndex(s => s.Name);
            b.HasOne<Hall>().WithMany().HasForeignKey(s => s.HallId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<WindowUnit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Window>().WithMany().HasForeignKey(s => s.CurrentWindowId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Department>().WithMany().HasForeignKey(s => s.DispatchingDepartmentId).OnDelete(DeleteBehavior.Restrict);
            b.HasMany(s => s.Assignments).WithOne().HasForeignKey(a => a.StaffId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(s => s.Assignments).UsePropertyAccessMode(PropertyAccessMode.Field);
            b.Ignore(s => s.Current);
        });
        builder.Entity<WindowAssignment>(b =>
        {
            b.ToTable($"{p}_Assignments");
            b.Property(a => a.EndKind).HasConversion<string>().HasMaxLength(16);
            b.Property(a => a.EndReason).HasMaxLength(OrganizationConsts.MaxReasonLength);
            b.HasIndex(a => new { a.StaffId, a.StartDate });
            b.HasIndex(a => new { a.WindowId, a.EndDate });
            b.HasIndex(a => new { a.WindowId, a.StartsAt });
            b.HasOne<Window>().WithMany().HasForeignKey(a => a.WindowId).OnDelete(DeleteBehavior.Restrict);
            b.Ignore(a => a.IsCurrent);
        });
        builder.Entity<PostBackup>(b =>
        {
            b.ToTable($"{p}_PostBackups");
            b.HasAuditColumns();
            b.HasIndex(x => new { x.WindowId, x.PrimaryStaffId, x.FromDate });
            b.HasIndex(x => new { x.UnitId, x.FromDate });
            b.HasIndex(x => x.PrimaryStaffId);
            b.HasIndex(x => x.BackupStaffId);
            b.HasOne<Window>().WithMany().HasForeignKey(x => x.WindowId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.PrimaryStaffId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.BackupStaffId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<UnitLead>(b =>
        {
            b.ToTable($"{p}_UnitLeads");
            b.HasKey(l => new { l.UnitId, l.StaffId });
            b.HasIndex(l => l.StaffId);
            b.HasOne<WindowUnit>().WithMany().HasForeignKey(l => l.UnitId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<StaffMember>().WithMany().HasForeignKey(l => l.StaffId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<HallManager>(b =>
        {
            b.ToTable($"{p}_HallManagers");
            b.HasKey(m => new { m.HallId, m.StaffId });
            b.HasIndex(m => m.StaffId);
            b.HasOne<Hall>().WithMany().HasForeignKey(m => m.HallId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<StaffMember>().WithMany().HasForeignKey(m => m.StaffId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<CalendarDay>(b =>
        {
            b.ToTable($"{p}_CalendarDays");
            b.HasKey(d => d.Date);
            b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(d => d.Name).HasMaxLength(OrganizationConsts.MaxNameLength);
        });
        builder.UseClientGeneratedKeys();
    }
}

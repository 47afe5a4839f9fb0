using Microsoft.EntityFrameworkCore;
using Training.Attendance.Domain;
using Training.SharedKernel.Data;

namespace Training.Attendance.EntityFrameworkCore;

public static partial class AttendanceModelBuilderExtensions
{
    /// <summary>Column mappings per device model, punch file imports and the lines they listed.</summary>
    private static void ConfigurePunchFiles(this ModelBuilder builder)
    {
        const string p = AttendanceDbContext.Prefix;
        builder.Entity<PunchColumnMapping>(b =>
        {
            b.ToTable($"{p}_PunchColumnMappings");
            b.HasAuditColumns();
            b.Property(x => x.Model).HasMaxLength(AttendanceConsts.MaxNameLength);
            b.Property(x => x.Delimiter).HasMaxLength(1);
            b.Property(x => x.TimeFormat).HasMaxLength(SavePunchColumnMappingInput.MaxTimeFormatLength);
            b.HasIndex(x => x.Model).IsUnique();
        });
        builder.Entity<PunchImport>(b =>
        {
            b.ToTable($"{p}_PunchImports");
            b.HasAuditColumns();
            b.Property(x => x.FileName).HasMaxLength(128);
            b.Property(x => x.DeviceSerial).HasMaxLength(AttendanceConsts.MaxSerialLength);
            b.Property(x => x.CreatedByName).HasMaxLength(AttendanceConsts.MaxNameLength);
            b.Property(x => x.Format).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.Failure).HasMaxLength(AttendanceConsts.MaxReasonLength);
            b.Ignore(x => x.IsFinished);
            b.HasIndex(x => new { x.HallId, x.CreatedAt });
            b.HasIndex(x => new { x.DeviceId, x.CreatedAt });
        });
        builder.Entity<PunchImportLine>(b =>
        {
            b.ToTable($"{p}_PunchImportLines");
            b.Property(x => x.Id).ValueGeneratedOnAdd();
            b.Property(x => x.Code).HasMaxLength(AttendanceConsts.MaxCodeLength);
            b.Property(x => x.Value).HasMaxLength(PunchImportLine.MaxValueLength);
            b.Property(x => x.Text).HasMaxLength(PunchImportLine.MaxTextLength);
            b.HasIndex(x => new { x.ImportId, x.LineNumber });
            b.HasOne<PunchImport>().WithMany().HasForeignKey(x => x.ImportId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}

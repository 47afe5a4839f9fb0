using Microsoft.EntityFrameworkCore;
using Training.Attendance.Domain;
using Training.SharedKernel.Data;

namespace Training.Attendance.EntityFrameworkCore;

public static partial class AttendanceModelBuilderExtensions
{
    /// <summary>Devices, their users, punches and post status events.</summary>
    private static void ConfigureIntake(this ModelBuilder builder)
    {
        const string p = AttendanceDbContext.Prefix;
        builder.Entity<Punch>(b =>
        {
            b.ToTable($"{p}_Punches");
            b.Property(x => x.Id).ValueGeneratedOnAdd();
            b.Property(x => x.DeviceSerial).HasMaxLength(AttendanceConsts.MaxSerialLength);
            b.Property(x => x.DeviceUserId).HasMaxLength(AttendanceConsts.MaxDeviceUserIdLength);
            b.Property(x => x.WorkCode).HasMaxLength(AttendanceConsts.MaxWorkCodeLength);
            b.Property(x => x.Source).HasConversion<string>().HasMaxLength(16);
            b.HasIndex(x => new { x.DeviceSerial, x.DeviceUserId, x.RawLocalTime }).IsUnique();
            b.HasIndex(x => new { x.StaffId, x.Date });
        });
        builder.Entity<AttendanceDevice>(b =>
        {
            b.ToTable($"{p}_Devices");
            b.HasAuditColumns();
            b.Property(x => x.SerialNumber).HasMaxLength(AttendanceConsts.MaxSerialLength);
            b.Property(x => x.Name).HasMaxLength(AttendanceConsts.MaxNameLength).IsChineseText();
            b.Property(x => x.Model).HasMaxLength(AttendanceConsts.MaxNameLength);
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
            b.Property(x => x.TimeZone).HasMaxLength(AttendanceConsts.MaxTimeZoneLength);
            b.HasIndex(x => x.SerialNumber).IsUnique();
            b.HasIndex(x => x.DeviceKeyId).IsUnique();
            b.HasIndex(x => x.HallId);
        });
        builder.Entity<DeviceUser>(b =>
        {
            b.ToTable($"{p}_DeviceUsers");
            b.HasAuditColumns();
            b.Property(x => x.DeviceUserId).HasMaxLength(AttendanceConsts.MaxDeviceUserIdLength);
            // NULLs are distinct in a unique index on both providers, so hall-wide entries get their own filtered index.
            b.HasIndex(x => new { x.HallId, x.DeviceId, x.DeviceUserId }).IsUnique().HasFilter("\"DeviceId\" IS NOT NULL");
            b.HasIndex(x => new { x.HallId, x.DeviceUserId }).IsUnique().HasFilter("\"DeviceId\" IS NULL")
                .HasDatabaseName($"IX_{p}_DeviceUsers_HallWide");
            b.HasIndex(x => x.StaffId);
            b.HasOne<AttendanceDevice>().WithMany().HasForeignKey(x => x.DeviceId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<ClockCorrection>(b =>
        {
            b.ToTable($"{p}_ClockCorrections");
            b.HasAuditColumns();
            b.Property(x => x.Reason).HasMaxLength(AttendanceConsts.MaxReasonLength).IsChineseText();
            b.HasIndex(x => new { x.DeviceId, x.RecordedAt });
            b.HasOne<AttendanceDevice>().WithMany().HasForeignKey(x => x.DeviceId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<PostStatusEvent>(b =>
        {
            b.ToTable($"{p}_PostStatusEvents");
            b.Property(x => x.Id).ValueGeneratedOnAdd();
            b.Property(x => x.EventKey).HasMaxLength(AttendanceConsts.MaxEventKeyLength);
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            b.HasIndex(x => new { x.DeviceId, x.EventKey }).IsUnique();
            b.HasIndex(x => new { x.WindowId, x.At });
            b.HasIndex(x => new { x.StaffId, x.Date });
        });
    }
}

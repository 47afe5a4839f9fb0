using Microsoft.EntityFrameworkCore;
using Training.Attendance.Domain;

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

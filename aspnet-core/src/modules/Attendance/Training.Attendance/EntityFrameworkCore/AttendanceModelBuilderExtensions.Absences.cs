using Microsoft.EntityFrameworkCore;
using Training.Attendance.Domain;
using Training.SharedKernel.Data;

namespace Training.Attendance.EntityFrameworkCore;

public static partial class AttendanceModelBuilderExtensions
{
    /// <summary>Leave types, leave requests and whereabouts notes.</summary>
    private static void ConfigureAbsences(this ModelBuilder builder)
    {
        const string p = AttendanceDbContext.Prefix;
        builder.Entity<LeaveType>(b =>
        {
            b.ToTable($"{p}_LeaveTypes");
            b.HasAuditColumns();
            b.Property(x => x.Code).HasMaxLength(AttendanceConsts.MaxCodeLength);
            b.Property(x => x.NameZh).HasMaxLength(AttendanceConsts.MaxNameLength).IsChineseText();
            b.Property(x => x.NameEn).HasMaxLength(AttendanceConsts.MaxNameLength);
            b.Property(x => x.CountMode).HasConversion<string>().HasMaxLength(16);
            b.HasIndex(x => x.Code).IsUnique();
        });
        builder.Entity<LeaveRequest>(b =>
        {
            b.ToTable($"{p}_LeaveRequests");
            b.HasAuditColumns();
            b.Property(x => x.Reason).HasMaxLength(AttendanceConsts.MaxReasonLength);
            b.Property(x => x.StartHalf).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.EndHalf).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            b.HasIndex(x => new { x.StaffId, x.StartDate });
            b.HasIndex(x => new { x.UnitId, x.Status });
            b.HasOne<LeaveType>().WithMany().HasForeignKey(x => x.LeaveTypeId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<WhereaboutsNote>(b =>
        {
            b.ToTable($"{p}_WhereaboutsNotes");
            b.HasAuditColumns();
            b.Property(x => x.Destination).HasMaxLength(AttendanceConsts.MaxReasonLength);
            b.HasIndex(x => new { x.StaffId, x.Date });
            b.HasIndex(x => new { x.UnitId, x.ReturnedAt });
        });
    }
}

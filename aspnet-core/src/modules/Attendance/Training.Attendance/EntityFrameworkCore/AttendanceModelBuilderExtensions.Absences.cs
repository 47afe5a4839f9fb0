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
            b.Property(x => x.DecisionReason).HasMaxLength(AttendanceConsts.MaxReasonLength);
            b.Ignore(x => x.PendingStep);
            b.HasIndex(x => new { x.HallId, x.Status });
            b.HasOne<LeaveType>().WithMany().HasForeignKey(x => x.LeaveTypeId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<LeaveAction>(b =>
        {
            b.ToTable($"{p}_LeaveActions");
            b.Property(x => x.Id).ValueGeneratedOnAdd();
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.ActorName).HasMaxLength(AttendanceConsts.MaxNameLength);
            b.Property(x => x.OnBehalfOfName).HasMaxLength(AttendanceConsts.MaxNameLength);
            b.Property(x => x.Reason).HasMaxLength(AttendanceConsts.MaxReasonLength);
            b.HasIndex(x => x.LeaveRequestId);
            b.HasOne<LeaveRequest>().WithMany().HasForeignKey(x => x.LeaveRequestId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<LeaveBalance>(b =>
        {
            b.ToTable($"{p}_LeaveBalances");
            b.HasAuditColumns();
            b.Property(x => x.Reason).HasMaxLength(AttendanceConsts.MaxReasonLength);
            b.HasIndex(x => new { x.StaffId, x.LeaveTypeId, x.Year }).IsUnique();
            b.HasOne<LeaveType>().WithMany().HasForeignKey(x => x.LeaveTypeId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<LeaveBalanceChange>(b =>
        {
            b.ToTable($"{p}_LeaveBalanceChanges");
            b.Property(x => x.Id).ValueGeneratedOnAdd();
            b.Property(x => x.Reason).HasMaxLength(AttendanceConsts.MaxReasonLength);
            b.HasIndex(x => x.LeaveBalanceId);
            b.HasOne<LeaveBalance>().WithMany().HasForeignKey(x => x.LeaveBalanceId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<ApproverStandIn>(b =>
        {
            b.ToTable($"{p}_ApproverStandIns");
            b.HasAuditColumns();
            b.Property(x => x.PrincipalName).HasMaxLength(AttendanceConsts.MaxNameLength);
            b.Property(x => x.StandInName).HasMaxLength(AttendanceConsts.MaxNameLength);
            b.HasIndex(x => new { x.StandInUserId, x.ToDate });
            b.HasIndex(x => new { x.PrincipalUserId, x.ToDate });
        });
        builder.Entity<WhereaboutsNote>(b =>
        {
            b.ToTable($"{p}_WhereaboutsNotes");
            b.HasAuditColumns();
            b.Property(x => x.Destination).HasMaxLength(AttendanceConsts.MaxReasonLength);
            b.HasIndex(x => new { x.StaffId, x.Date });
            b.HasIndex(x => new { x.UnitId, x.ReturnedAt });
            // One open note per person, held by the database too (two taps racing each other open one).
            b.HasIndex(x => x.StaffId).IsUnique().HasFilter("\"ReturnedAt\" IS NULL").HasDatabaseName($"IX_{p}_WhereaboutsNotes_OpenPerStaff");
            b.Ignore(x => x.IsOpen);
        });
    }
}

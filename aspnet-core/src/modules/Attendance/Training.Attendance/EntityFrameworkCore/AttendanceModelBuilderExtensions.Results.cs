using Microsoft.EntityFrameworkCore;
using Training.Attendance.Domain;
using Training.SharedKernel.Data;

namespace Training.Attendance.EntityFrameworkCore;

public static partial class AttendanceModelBuilderExtensions
{
    /// <summary>Timetables, shifts, daily results, corrections and month closes.</summary>
    private static void ConfigureResults(this ModelBuilder builder)
    {
        const string p = AttendanceDbContext.Prefix;
        builder.Entity<DailyResult>(b =>
        {
            b.ToTable($"{p}_DailyResults");
            b.Property(x => x.Id).ValueGeneratedOnAdd();
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(24);
            b.Property(x => x.SessionName).HasMaxLength(AttendanceConsts.MaxSessionNameLength);
            b.HasIndex(x => new { x.StaffId, x.Date, x.SessionIndex }).IsUnique();
            b.HasIndex(x => new { x.UnitId, x.Date });
            b.HasIndex(x => new { x.HallId, x.Date });
        });
        builder.Entity<PendingAbsenceDay>(b =>
        {
            b.ToTable($"{p}_PendingAbsenceDays");
            b.HasKey(x => new { x.HallId, x.Date });
        });
        builder.Entity<Timetable>(b =>
        {
            b.ToTable($"{p}_Timetables");
            b.HasAuditColumns();
            b.Property(x => x.SummerSessionsText).HasMaxLength(400);
            b.Property(x => x.WinterSessionsText).HasMaxLength(400);
            b.Ignore(x => x.SummerSessions);
            b.Ignore(x => x.WinterSessions);
            b.HasIndex(x => x.HallId).IsUnique();
        });
        builder.Entity<Shift>(b =>
        {
            b.ToTable($"{p}_Shifts");
            b.HasAuditColumns();
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.SessionsText).HasMaxLength(400);
            b.Property(x => x.Note).HasMaxLength(AttendanceConsts.MaxReasonLength);
            b.Ignore(x => x.Sessions);
            b.HasIndex(x => new { x.HallId, x.FromDate });
            b.HasIndex(x => new { x.StaffId, x.FromDate });
            b.HasIndex(x => new { x.WindowId, x.FromDate });
        });
        builder.Entity<ResultCorrection>(b =>
        {
            b.ToTable($"{p}_ResultCorrections");
            b.HasAuditColumns();
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(24);
            b.Property(x => x.OriginalStatus).HasConversion<string>().HasMaxLength(24);
            b.Property(x => x.Reason).HasMaxLength(AttendanceConsts.MaxReasonLength);
            b.HasIndex(x => new { x.StaffId, x.Date, x.SessionIndex });
            b.HasIndex(x => new { x.HallId, x.Date });
        });
        builder.Entity<MonthClose>(b =>
        {
            b.ToTable($"{p}_MonthCloses");
            b.HasAuditColumns();
            b.Property(x => x.Action).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.Reason).HasMaxLength(AttendanceConsts.MaxReasonLength);
            b.HasIndex(x => new { x.HallId, x.Year, x.Month, x.Sequence }).IsUnique();
        });
    }
}

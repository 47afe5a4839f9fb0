using Microsoft.EntityFrameworkCore;
using Training.Attendance.Domain;

namespace Training.Attendance.EntityFrameworkCore;

public static partial class AttendanceModelBuilderExtensions
{
    /// <summary>Timetables, daily results, corrections and month closes.</summary>
    private static void ConfigureResults(this ModelBuilder builder)
    {
        const string p = AttendanceDbContext.Prefix;
        builder.Entity<DailyResult>(b =>
        {
            b.ToTable($"{p}_DailyResults");
            b.Property(x => x.Id).ValueGeneratedOnAdd();
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(24);
            b.HasIndex(x => new { x.StaffId, x.Date, x.SessionIndex }).IsUnique();
            b.HasIndex(x => new { x.UnitId, x.Date });
            b.HasIndex(x => new { x.HallId, x.Date });
        });
    }
}

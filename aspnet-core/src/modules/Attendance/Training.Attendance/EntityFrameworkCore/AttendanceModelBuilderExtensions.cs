using Microsoft.EntityFrameworkCore;
using Training.SharedKernel.Data;

namespace Training.Attendance.EntityFrameworkCore;

/// <summary>
/// Attendance's tables, used by its own context and by the composed migrations context. One partial file per area
/// (punches and devices, leave and notes, timetables and results), each prefixing its tables with
/// <see cref="AttendanceDbContext.Prefix"/>.
/// </summary>
public static partial class AttendanceModelBuilderExtensions
{
    public static void ConfigureAttendanceModule(this ModelBuilder builder)
    {
        builder.ConfigureOutbox(AttendanceDbContext.Prefix);
        builder.ConfigureIntake();
        builder.ConfigureAbsences();
        builder.ConfigureResults();
        builder.ConfigurePunchFiles();
    }
}

using Microsoft.EntityFrameworkCore;
using Training.Attendance.Domain;
using Training.SharedKernel.Data;

namespace Training.Attendance.EntityFrameworkCore;

/// <summary>Attendance's own context: its tables are named Attendance_*; it sees no other module's tables.</summary>
public sealed class AttendanceDbContext(DbContextOptions<AttendanceDbContext> options) : ModuleDbContext(options)
{
    public const string Prefix = "Attendance";

    public override string ModulePrefix => Prefix;

    public DbSet<Punch> Punches => Set<Punch>();
    public DbSet<AttendanceDevice> Devices => Set<AttendanceDevice>();
    public DbSet<DeviceUser> DeviceUsers => Set<DeviceUser>();
    public DbSet<ClockCorrection> ClockCorrections => Set<ClockCorrection>();
    public DbSet<PostStatusEvent> PostStatusEvents => Set<PostStatusEvent>();
    public DbSet<LeaveType> LeaveTypes => Set<LeaveType>();
    public DbSet<LeaveRequest> LeaveRequests => Set<LeaveRequest>();
    public DbSet<WhereaboutsNote> WhereaboutsNotes => Set<WhereaboutsNote>();
    public DbSet<DailyResult> DailyResults => Set<DailyResult>();
    public DbSet<PendingAbsenceDay> PendingAbsenceDays => Set<PendingAbsenceDay>();
    public DbSet<Timetable> Timetables => Set<Timetable>();
    public DbSet<Shift> Shifts => Set<Shift>();
    public DbSet<ResultCorrection> ResultCorrections => Set<ResultCorrection>();
    public DbSet<MonthClose> MonthCloses => Set<MonthClose>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ConfigureAttendanceModule();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Attendance;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.Organization.EntityFrameworkCore;
using Training.Tests.Infrastructure;

namespace Training.Tests.Attendance.Board;

/// <summary>A demo person as the attendance rows snapshot them.</summary>
public sealed record DemoPerson(Guid Id, string StaffNumber, Guid HallId, Guid? UnitId, Guid? WindowId);

/// <summary>
/// Arranges the facts the other attendance areas write (results, punches, post status, notes, leave) by inserting their
/// rows through Attendance's own context: the board area only reads them. Times are Shanghai wall-clock times.
/// </summary>
public static class AttendanceRows
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    public static DateTime At(DateOnly date, int hour, int minute) =>
        DateTime.SpecifyKind(date.ToDateTime(new TimeOnly(hour, minute)) - Shanghai, DateTimeKind.Utc);

    public static async Task<DemoPerson> PersonAsync(this TrainingApp app, string staffNumber) =>
        await app.WithScopeAsync(async sp => await sp.GetRequiredService<OrganizationDbContext>().Staff.Where(s => s.StaffNumber == staffNumber)
            .Select(s => new DemoPerson(s.Id, s.StaffNumber, s.HallId, s.UnitId, s.CurrentWindowId)).SingleAsync());

    public static async Task<Guid> WindowIdAsync(this TrainingApp app, string hallCode, string windowCode) =>
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<OrganizationDbContext>();
            return await (from w in db.Windows join h in db.Halls on w.HallId equals h.Id
                          where h.Code == hallCode && w.Code == windowCode select w.Id).SingleAsync();
        });

    public static async Task<Guid> UnitIdAsync(this TrainingApp app, string hallCode, string unitCode) =>
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<OrganizationDbContext>();
            return await (from u in db.Units join h in db.Halls on u.HallId equals h.Id
                          where h.Code == hallCode && u.Code == unitCode select u.Id).SingleAsync();
        });

    public static Task AddRowsAsync(this TrainingApp app, params object[] rows) => app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AttendanceDbContext>();
        db.AddRange(rows);
        await db.SaveChangesAsync();
        return 0;
    });

    /// <summary>Session 0 is 9:00–12:00, session 1 is 13:30–17:00.</summary>
    public static DailyResult Result(DemoPerson p, DateOnly date, int session, SessionStatus status, int late = 0, int early = 0,
        DateTime? inAt = null, DateTime? outAt = null, Guid? leaveRequestId = null) =>
        new(p.Id, date, session, p.HallId, p.UnitId, p.WindowId,
            session == 0 ? At(date, 9, 0) : At(date, 13, 30), session == 0 ? At(date, 12, 0) : At(date, 17, 0),
            status, late, early, inAt, outAt, leaveRequestId, DateTime.UtcNow);

    public static Punch NewPunch(DemoPerson p, DateOnly date, int hour, int minute) =>
        new(Guid.NewGuid(), $"T{Guid.NewGuid():N}"[..20], p.StaffNumber, date.ToDateTime(new TimeOnly(hour, minute)), p.Id, p.HallId, p.UnitId,
            At(date, hour, minute), date, PunchSource.File, DateTime.UtcNow, null);

    public static LeaveType NewLeaveType(string nameZh, string nameEn, bool officialBusiness = false) =>
        new(Guid.NewGuid(), $"T{Guid.NewGuid():N}"[..12], nameZh, nameEn, LeaveCountMode.WorkingDays, false, officialBusiness, 1);

    /// <summary>An approved request (the absences area approves through its own service; here the state is set as it would be).</summary>
    public static LeaveRequest ApprovedLeave(DemoPerson p, LeaveType type, DateOnly from, DayHalf fromHalf, DateOnly to, DayHalf toHalf)
    {
        var request = new LeaveRequest(Guid.NewGuid(), p.Id, p.HallId, p.UnitId, type, from, fromHalf, to, toHalf, 1, "测试");
        typeof(LeaveRequest).GetProperty(nameof(Training.Attendance.Domain.LeaveRequest.Status))!.SetValue(request, LeaveStatus.Approved);
        return request;
    }
}

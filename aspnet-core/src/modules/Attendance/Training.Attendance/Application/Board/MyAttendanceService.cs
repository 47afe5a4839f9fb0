using Microsoft.EntityFrameworkCore;
using Training.Attendance.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Errors;

namespace Training.Attendance.Application.Board;

/// <summary>
/// 我的考勤: the caller's own month. The person is always the caller's own staff record (no id is taken from the
/// request, so nobody else's month can be asked for). Four queries whatever the month holds: results, punches, leave,
/// and the working days.
/// </summary>
internal sealed class MyAttendanceService(
    AttendanceDbContext db, ICurrentUser currentUser, IStaffIntegrationService staff, IStructureIntegrationService structure,
    IWorkCalendar calendar)
{
    public async Task<MyMonthDto> GetMonthAsync(MyMonthInput input, CancellationToken cancellationToken)
    {
        var account = await currentUser.GetAccountAsync(cancellationToken);
        var me = account.StaffId is { } id ? (await staff.GetByIdsAsync([id], cancellationToken)).SingleOrDefault() : null;
        if (me is null) throw new BusinessException(AttendanceErrorCodes.NoStaffRecord) { Kind = ErrorKind.NotFound };
        var hall = (await structure.GetHallsAsync([me.HallId], cancellationToken)).SingleOrDefault();
        var clock = new LocalClock(hall?.TimeZone ?? AttendanceConsts.DefaultTimeZone);

        var first = new DateOnly(input.Year, input.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var results = await EffectiveResults.Query(db).Where(r => r.StaffId == me.Id && r.Date >= first && r.Date <= last)
            .OrderBy(r => r.Date).ThenBy(r => r.SessionIndex).ToListAsync(cancellationToken);
        var punches = await db.Punches.AsNoTracking().Where(p => p.StaffId == me.Id && p.Date >= first && p.Date <= last)
            .OrderBy(p => p.At).Select(p => new { p.Date, p.At }).ToListAsync(cancellationToken);
        var leave = await (from l in db.LeaveRequests
                           join t in db.LeaveTypes on l.LeaveTypeId equals t.Id
                           where l.StaffId == me.Id && l.StartDate <= last && l.EndDate >= first
                               && (l.Status == LeaveStatus.Approved || l.Status == LeaveStatus.Pending)
                           orderby l.StartDate
                           select new { Request = l, t.NameZh, t.NameEn }).AsNoTracking().ToListAsync(cancellationToken);
        var workingDays = await calendar.GetWorkingDaysAsync(first, last, cancellationToken);

        var days = new List<MyDayDto>();
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            var day = date;
            var sessions = results.Where(r => r.Date == day).Select(r => new MySessionDto(r.SessionIndex, r.SessionName, r.Status,
                clock.Time(r.ExpectedStart), clock.Time(r.ExpectedEnd), r.LateMinutes, r.EarlyMinutes, clock.Time(r.InAt),
                clock.Time(r.OutAt), r.IsCorrected)).ToList();
            var dayLeave = leave.Where(l => l.Request.StartDate <= day && l.Request.EndDate >= day).Select(l => new MyDayLeaveDto(
                l.Request.Id, l.NameZh, l.NameEn, l.Request.Status, l.Request.Covers(day, DayHalf.Morning),
                l.Request.Covers(day, DayHalf.Afternoon))).ToList();
            days.Add(new MyDayDto(day, workingDays.Contains(day), sessions,
                punches.Where(p => p.Date == day).Select(p => clock.Time(p.At)).ToList(), dayLeave));
        }
        var byStatus = results.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => new StatusCountDto(g.Key, g.Count())).ToList();
        return new MyMonthDto(input.Year, input.Month, clock.TimeZoneId, days, new MyMonthSummaryDto(workingDays.Count, results.Count, byStatus));
    }
}

using Microsoft.EntityFrameworkCore;
using Training.Attendance.EntityFrameworkCore;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Scoping;

namespace Training.Attendance.Application.Board;

/// <summary>
/// Session counts of one group (a person, or a unit of a hall), summed in SQL. A session counts as late, early, off-post
/// or out when its status says so or, uncorrected, when its minutes do (late and then off post counts under both), as
/// the results area's integration service counts for other modules.
/// </summary>
internal sealed class ReportAggregate
{
    public Guid StaffId { get; init; }
    public Guid? UnitId { get; init; }
    public Guid HallId { get; init; }
    public int People { get; init; }
    public int Sessions { get; init; }
    public int Late { get; init; }
    public int LateMinutes { get; init; }
    public int Early { get; init; }
    public int Absent { get; init; }
    public int OffPost { get; init; }
    public int OutWithoutLeave { get; init; }
}

/// <summary>
/// The month's effective results in the caller's scope (on the results' snapshot hall and unit), grouped per person or
/// per unit with GROUP BY, and the day fractions behind worked and leave days for the groups of one page.
/// </summary>
internal static class ReportAggregates
{
    public static readonly SortMap<ReportAggregate> Sort = new SortMap<ReportAggregate>("late desc")
        .Add("sessions", x => x.Sessions).Add("late", x => x.Late).Add("lateMinutes", x => x.LateMinutes).Add("early", x => x.Early)
        .Add("absent", x => x.Absent).Add("offPost", x => x.OffPost).Add("outWithoutLeave", x => x.OutWithoutLeave).Add("people", x => x.People);

    public static IQueryable<EffectiveResult> InScope(AttendanceDbContext db, DataScope scope, DateOnly from, DateOnly to, Guid? hallId, Guid? unitId)
    {
        var query = EffectiveResults.Query(db).Where(r => r.Date >= from && r.Date <= to)
            .WhereInScope(scope, r => (Guid?)r.HallId, r => r.UnitId, r => (Guid?)r.StaffId);
        if (hallId is { } hall) query = query.Where(r => r.HallId == hall);
        if (unitId is { } unit) query = query.Where(r => r.UnitId == unit);
        return query;
    }

    public static IQueryable<ReportAggregate> PerPerson(IQueryable<EffectiveResult> results) =>
        results.GroupBy(r => r.StaffId).Select(g => new ReportAggregate
        {
            StaffId = g.Key,
            People = 1,
            Sessions = g.Count(),
            Late = g.Count(r => r.Status == SessionStatus.Late || (!r.IsCorrected && r.LateMinutes > 0)),
            LateMinutes = g.Sum(r => r.LateMinutes),
            Early = g.Count(r => r.Status == SessionStatus.EarlyLeave || r.EarlyMinutes > 0),
            Absent = g.Count(r => r.Status == SessionStatus.Absent),
            OffPost = g.Count(r => r.Status == SessionStatus.OffPost || (!r.IsCorrected && r.OffPostMinutes > 0)),
            OutWithoutLeave = g.Count(r => r.Status == SessionStatus.OutWithoutLeave || (!r.IsCorrected && r.OutMinutes > 0)),
        });

    public static IQueryable<ReportAggregate> PerUnit(IQueryable<EffectiveResult> results) =>
        results.GroupBy(r => new { r.UnitId, r.HallId }).Select(g => new ReportAggregate
        {
            UnitId = g.Key.UnitId,
            HallId = g.Key.HallId,
            People = g.Select(r => r.StaffId).Distinct().Count(),
            Sessions = g.Count(),
            Late = g.Count(r => r.Status == SessionStatus.Late || (!r.IsCorrected && r.LateMinutes > 0)),
            LateMinutes = g.Sum(r => r.LateMinutes),
            Early = g.Count(r => r.Status == SessionStatus.EarlyLeave || r.EarlyMinutes > 0),
            Absent = g.Count(r => r.Status == SessionStatus.Absent),
            OffPost = g.Count(r => r.Status == SessionStatus.OffPost || (!r.IsCorrected && r.OffPostMinutes > 0)),
            OutWithoutLeave = g.Count(r => r.Status == SessionStatus.OutWithoutLeave || (!r.IsCorrected && r.OutMinutes > 0)),
        });

    /// <summary>Sorted by the client's choice, then by the group's key so pages never overlap, and one page taken.</summary>
    public static async Task<(List<ReportAggregate> Page, int Total)> PageAsync(IQueryable<ReportAggregate> groups, PagedRequest request,
        bool perPerson, CancellationToken cancellationToken)
    {
        var sorted = (IOrderedQueryable<ReportAggregate>)Sort.Apply(groups, request.Sorting);
        sorted = perPerson ? sorted.ThenBy(x => x.StaffId) : sorted.ThenBy(x => x.HallId).ThenBy(x => x.UnitId);
        var page = await sorted
            .Skip(request.Skip).Take(request.Take).ToListAsync(cancellationToken);
        var total = request.Skip == 0 && page.Count < request.Take ? page.Count : await groups.CountAsync(cancellationToken);
        return (page, total);
    }

    /// <summary>One person's sessions of one day in one unit, by whether worked and by leave type (null = no leave).</summary>
    public sealed record DayPart(Guid StaffId, Guid? UnitId, Guid HallId, DateOnly Date, bool Worked, Guid? LeaveTypeId, int Sessions);

    /// <summary>
    /// The sessions of each person-day (of the given results), so a session counts as the share of its day: a
    /// morning's leave in a two-session day is half a leave day, whatever the timetable's number of sessions.
    /// </summary>
    public static async Task<List<DayPart>> DayPartsAsync(AttendanceDbContext db, IQueryable<EffectiveResult> results, CancellationToken cancellationToken)
    {
        var parts = from r in results
                    join l in db.LeaveRequests on r.LeaveRequestId equals (Guid?)l.Id into leave
                    from l in leave.DefaultIfEmpty()
                    group r by new
                    {
                        r.StaffId, r.UnitId, r.HallId, r.Date,
                        Worked = r.Status == SessionStatus.Present || r.Status == SessionStatus.Late || r.Status == SessionStatus.EarlyLeave
                            || r.Status == SessionStatus.OffPost,
                        LeaveTypeId = r.Status == SessionStatus.OnLeave || r.Status == SessionStatus.OfficialBusiness ? (Guid?)l.LeaveTypeId : null,
                    } into g
                    select new DayPart(g.Key.StaffId, g.Key.UnitId, g.Key.HallId, g.Key.Date, g.Key.Worked, g.Key.LeaveTypeId, g.Count());
        return await parts.ToListAsync(cancellationToken);
    }

    /// <summary>Worked and leave days (by type) per group key, each session weighed as its share of the person's day.</summary>
    public static Dictionary<TKey, (double Worked, Dictionary<Guid, double> Leave)> Days<TKey>(IEnumerable<DayPart> parts, Func<DayPart, TKey> key)
        where TKey : notnull
    {
        var list = parts.ToList();
        var perDay = list.GroupBy(p => (p.StaffId, p.Date)).ToDictionary(g => g.Key, g => g.Sum(p => p.Sessions));
        var result = new Dictionary<TKey, (double Worked, Dictionary<Guid, double> Leave)>();
        foreach (var part in list)
        {
            var k = key(part);
            if (!result.TryGetValue(k, out var days)) result[k] = days = (0, new Dictionary<Guid, double>());
            var share = (double)part.Sessions / perDay[(part.StaffId, part.Date)];
            if (part.Worked) result[k] = days = (days.Worked + share, days.Leave);
            if (part.LeaveTypeId is { } type) days.Leave[type] = days.Leave.GetValueOrDefault(type) + share;
        }
        return result;
    }
}

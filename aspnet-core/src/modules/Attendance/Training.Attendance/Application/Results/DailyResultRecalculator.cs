using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Settings;

namespace Training.Attendance.Application.Results;

/// <summary>
/// Recomputes exactly the given person-days, on sets: each input is read once for the whole set (posts, halls, working
/// days, timetables, shifts, month closes, punches, leave, pauses, notes; the settings once per hall), projected to
/// what the rules need; each day is judged in memory by <see cref="SessionRules"/>; the results of those person-days
/// are replaced in one transaction by a delete per date range and a prepared insert (<see cref="DailyResultWriter"/>).
/// A person is expected on a date when they hold a window post that day (Organization's post history); their hall,
/// unit and window that day are the result's snapshot. Days in a closed month are left as they are (a closed month's
/// results are final until it is reopened); corrections are separate records and are never touched.
/// </summary>
internal sealed class DailyResultRecalculator(
    AttendanceDbContext db,
    UnitOfWork unitOfWork,
    IWindowPostIntegrationService posts,
    IStructureIntegrationService structure,
    IWorkCalendar calendar,
    ISettingProvider settings,
    IAttendanceMonthLock monthLock,
    DailyResultWriter writer,
    TimeProvider clock) : IDailyResultRecalculator
{
    public async Task RecomputeAsync(IReadOnlyCollection<PersonDays> days, CancellationToken cancellationToken = default)
    {
        var wanted = Normalize(days);
        if (wanted.Count == 0) return;
        var staffIds = wanted.Keys.ToList();
        var from = wanted.Values.Min(d => d.Min);
        var to = wanted.Values.Max(d => d.Max);
        var now = clock.GetUtcNow().UtcDateTime;
        // A caller inside its own transaction (a leave approval) has this recomputation read what it wrote.
        if (unitOfWork.Transaction is { } open && db.Database.CurrentTransaction?.GetDbTransaction() != open)
            await db.Database.UseTransactionAsync(open, cancellationToken);

        var history = await posts.GetPostHistoryAsync(staffIds, cancellationToken);
        var postsByStaff = history.Select(h => h.Post).ToLookup(p => p.StaffId);
        var hallIds = history.Select(h => h.Post.HallId).Distinct().ToList();
        var windowIds = history.Select(h => h.Post.WindowId).Distinct().ToList();
        var zones = (await structure.GetHallsAsync(hallIds, cancellationToken))
            .ToDictionary(h => h.Id, h => TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrEmpty(h.TimeZone) ? AttendanceConsts.DefaultTimeZone : h.TimeZone));
        var workingDays = await calendar.GetWorkingDaysAsync(from, to, cancellationToken);
        var closed = await monthLock.GetClosedAsync(hallIds, from, to, cancellationToken);
        var timetables = (await db.Timetables.AsNoTracking().Where(t => hallIds.Contains(t.HallId)).ToListAsync(cancellationToken))
            .ToDictionary(t => t.HallId, t => new TimetableView(t.SummerStartMonth, t.SummerStartDay, t.WinterStartMonth, t.WinterStartDay,
                t.SummerSessions, t.WinterSessions));
        var shifts = await db.Shifts.AsNoTracking()
            .Where(s => s.FromDate <= to && s.ToDate >= from
                        && ((s.StaffId != null && staffIds.Contains(s.StaffId.Value)) || (s.WindowId != null && windowIds.Contains(s.WindowId.Value))))
            .Select(s => new { s.Kind, s.StaffId, s.WindowId, s.FromDate, s.ToDate, s.SessionsText })
            .ToListAsync(cancellationToken);
        var policies = new Dictionary<Guid, ResultPolicy>();
        foreach (var hallId in hallIds) policies[hallId] = await PolicyAsync(hallId, cancellationToken);

        // Who is expected where: the post of each wanted person-day, outside closed months.
        var plan = new List<(Guid StaffId, DateOnly Date, PostStretch Post)>();
        foreach (var (staffId, dates) in wanted)
        {
            var stretches = postsByStaff[staffId].ToList();
            foreach (var date in dates)
            {
                var post = stretches.LastOrDefault(p => p.StartDate <= date && (p.EndDate is null || date < p.EndDate));
                if (post is null || closed.Contains((post.HallId, date.Year, date.Month))) continue;
                plan.Add((staffId, date, post));
            }
        }

        // The largest read (a city's year is a million punches): only the columns the rules need, grouped in one pass,
        // and only for people expected somewhere (a file's back-office people hold no post: nothing to judge, nothing to read).
        var punches = new List<PunchFact>();
        var connection = db.Database.GetDbConnection();
        foreach (var (range, people) in PunchReads(plan.Select(p => (p.StaffId, p.Date))))
        {
            if (SqliteRows.Supports(connection))
            {
                if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync(cancellationToken);
                ReadPunchesSqlite(connection, range, people, punches);
                continue;
            }
            punches.AddRange(await db.Punches.AsNoTracking()
                .Where(p => people.Contains(p.StaffId) && p.Date >= range.From && p.Date <= range.To)
                .Select(p => new PunchFact(p.StaffId, p.Date, p.At, p.ArrivedAfterClose ? (Guid?)p.HallId : null))
                .ToListAsync(cancellationToken));
        }
        var punchesByDay = new Dictionary<(Guid, DateOnly), List<DateTime>>();
        foreach (var p in punches)
        {
            if (p.FlaggedHall is { } hall && closed.Contains((hall, p.Date.Year, p.Date.Month))) continue;
            if (!punchesByDay.TryGetValue((p.StaffId, p.Date), out var list)) punchesByDay[(p.StaffId, p.Date)] = list = new List<DateTime>(4);
            list.Add(p.At);
        }
        foreach (var list in punchesByDay.Values) list.Sort();
        var leaves = (await db.LeaveRequests.AsNoTracking()
                .Where(l => l.Status == LeaveStatus.Approved && staffIds.Contains(l.StaffId) && l.StartDate <= to && l.EndDate >= from)
                .Select(l => new { l.StaffId, Cover = new LeaveCover(l.Id, l.IsOfficialBusiness, l.StartDate, l.StartHalf, l.EndDate, l.EndHalf) })
                .ToListAsync(cancellationToken))
            .ToLookup(l => l.StaffId, l => l.Cover);
        var notes = (await db.WhereaboutsNotes.AsNoTracking()
                .Where(n => staffIds.Contains(n.StaffId) && n.Date >= from && n.Date <= to)
                .Select(n => new { n.StaffId, n.Date, Span = new NoteSpan(n.LeftAt, n.ExpectedBackAt, n.ReturnedAt) })
                .ToListAsync(cancellationToken))
            .ToLookup(n => (n.StaffId, n.Date), n => n.Span);
        var statusEvents = await db.PostStatusEvents.AsNoTracking()
            .Where(e => e.Date >= from && e.Date <= to
                        && ((e.StaffId != null && staffIds.Contains(e.StaffId.Value)) || windowIds.Contains(e.WindowId)))
            .Select(e => new { e.WindowId, e.StaffId, e.Kind, e.At, e.Date })
            .ToListAsync(cancellationToken);
        var pauses = Pauses(statusEvents.Select(e => new StatusEvent(e.WindowId, e.StaffId, e.Kind, e.At, e.Date)));

        var rows = new List<DailyResultRow>(plan.Count * 2);
        // Most people of a hall work the same sessions on a date: planned once per hall and date unless a shift applies.
        var plannedByHallDate = new Dictionary<(Guid, DateOnly), IReadOnlyList<PlannedSession>>();
        var noLeave = new List<LeaveCover>();
        foreach (var (staffId, date, post) in plan)
        {
            var zone = zones.GetValueOrDefault(post.HallId) ?? TimeZoneInfo.FindSystemTimeZoneById(AttendanceConsts.DefaultTimeZone);
            var applying = shifts.Count == 0 ? [] : shifts
                .Where(s => s.FromDate <= date && s.ToDate >= date && (s.StaffId == staffId || (s.StaffId == null && s.WindowId == post.WindowId)))
                .Select(s => new ShiftView(s.Kind, s.StaffId != null, SessionTime.Parse(s.SessionsText))).ToList();
            var timetable = timetables.GetValueOrDefault(post.HallId) ?? TimetableView.Default;
            IReadOnlyList<PlannedSession> planned;
            if (applying.Count > 0)
                planned = DayPlanner.ToInstants(date, DayPlanner.SessionsOf(date, workingDays.Contains(date), timetable, applying), zone);
            else if (!plannedByHallDate.TryGetValue((post.HallId, date), out planned!))
                plannedByHallDate[(post.HallId, date)] = planned =
                    DayPlanner.ToInstants(date, DayPlanner.SessionsOf(date, workingDays.Contains(date), timetable, []), zone);
            if (planned.Count == 0) continue;
            var dayPauses = pauses.TryGetValue(date, out var onDate)
                ? onDate.Where(p => p.StaffId == staffId || (p.StaffId is null && p.WindowId == post.WindowId)).Select(p => p.Span).ToList()
                : [];
            var personLeaves = leaves.Contains(staffId) ? leaves[staffId].ToList() : noLeave;
            var facts = new DayFacts(date, planned, punchesByDay.GetValueOrDefault((staffId, date)) ?? [],
                personLeaves, dayPauses, notes.Contains((staffId, date)) ? notes[(staffId, date)].ToList() : [], now);
            // A session that has not begun yet has no result (today's afternoon in the morning).
            foreach (var outcome in SessionRules.Evaluate(facts, policies[post.HallId]))
                if (outcome.Session.Start <= now) rows.Add(new DailyResultRow(staffId, date, post.HallId, post.UnitId, post.WindowId, outcome));
        }

        await writer.ReplaceAsync(wanted, closed, history.Select(h => h.Post).ToList(), rows, now, cancellationToken);
    }

    private async Task<ResultPolicy> PolicyAsync(Guid hallId, CancellationToken ct) => new(
        await settings.GetIntAsync(AttendanceSettings.LateGraceMinutes, hallId, ct),
        await settings.GetIntAsync(AttendanceSettings.EarlyGraceMinutes, hallId, ct),
        await settings.GetIntAsync(AttendanceSettings.AllowedAwayMinutes, hallId, ct),
        await settings.GetIntAsync(AttendanceSettings.FrequentAbsenceCount, hallId, ct),
        await settings.GetIntAsync(AttendanceSettings.PunchEarlyWindowMinutes, hallId, ct),
        await settings.GetIntAsync(AttendanceSettings.PunchLateWindowMinutes, hallId, ct));

    private sealed record PunchFact(Guid StaffId, DateOnly Date, DateTime At, Guid? FlaggedHall);

    /// <summary>
    /// The same read on SQLite through <see cref="SqliteRows"/>: at a city's year (a million punches) EF's reader spends
    /// most of its time turning the stored text back into GUIDs, dates and times through general-purpose parsers.
    /// </summary>
    private static void ReadPunchesSqlite(System.Data.Common.DbConnection connection, (DateOnly From, DateOnly To) range, List<Guid> people,
        List<PunchFact> into)
    {
        using var query = SqliteRows.Prepare(connection,
            $"SELECT \"StaffId\", \"Date\", \"At\", \"ArrivedAfterClose\", \"HallId\" FROM \"{AttendanceDbContext.Prefix}_Punches\" "
            + "WHERE \"StaffId\" IN (SELECT value FROM json_each(?)) AND \"Date\" >= ? AND \"Date\" <= ?");
        query.Text(1, "[" + string.Join(",", people.Select(p => "\"" + p.ToString("D").ToUpperInvariant() + "\"")) + "]");
        query.Date(2, range.From);
        query.Date(3, range.To);
        while (query.Read())
            into.Add(new PunchFact(query.GetGuid(0), query.GetDate(1), query.GetTime(2), query.GetInt(3) != 0 ? query.GetGuid(4) : null));
    }

    /// <summary>
    /// Distinct date ranges above which the punches are read in one query over the whole span: a year of single days
    /// (a few hundred indexed queries, each a fraction of a millisecond) still costs less than reading the year.
    /// </summary>
    internal const int MaxPunchReads = 400;

    /// <summary>
    /// The punch reads for a set of person-days: people sharing a run of dates share a query (a file's people: one
    /// query over its span). Scattered days (a hall's absent holders after its clocks' files) read only their own
    /// dates — not every punch of everyone over the whole span — unless they make more than <see cref="MaxPunchReads"/>
    /// runs, read then in one query over the span.
    /// </summary>
    internal static List<((DateOnly From, DateOnly To) Range, List<Guid> People)> PunchReads(IEnumerable<(Guid StaffId, DateOnly Date)> days)
    {
        var byRange = new Dictionary<(DateOnly From, DateOnly To), List<Guid>>();
        foreach (var person in days.GroupBy(d => d.StaffId))
            foreach (var range in DailyResultWriter.Ranges(person.Select(d => d.Date).Distinct().Order()))
            {
                if (!byRange.TryGetValue(range, out var people)) byRange[range] = people = [];
                people.Add(person.Key);
            }
        if (byRange.Count <= MaxPunchReads) return byRange.Select(r => (r.Key, r.Value)).ToList();
        var span = (byRange.Keys.Min(r => r.From), byRange.Keys.Max(r => r.To));
        return [(span, byRange.Values.SelectMany(p => p).Distinct().ToList())];
    }

    /// <summary>Each person's wanted dates (ranges merged).</summary>
    private static Dictionary<Guid, SortedSet<DateOnly>> Normalize(IReadOnlyCollection<PersonDays> days)
    {
        var wanted = new Dictionary<Guid, SortedSet<DateOnly>>();
        foreach (var d in days)
        {
            if (d.To < d.From) continue;
            if (!wanted.TryGetValue(d.StaffId, out var set)) wanted[d.StaffId] = set = [];
            for (var date = d.From; date <= d.To; date = date.AddDays(1)) set.Add(date);
        }
        return wanted;
    }

    internal sealed record StatusEvent(Guid WindowId, Guid? StaffId, PostStatusKind Kind, DateTime At, DateOnly Date);

    internal sealed record Pause(Guid WindowId, Guid? StaffId, TimeSpanUtc Span);

    /// <summary>
    /// A window's pauses of a day: from each pause to the window's next resume that day, or to the end of the day when
    /// none came. The pause belongs to the person it names, else to whoever holds the window.
    /// </summary>
    internal static Dictionary<DateOnly, List<Pause>> Pauses(IEnumerable<StatusEvent> events)
    {
        var result = new Dictionary<DateOnly, List<Pause>>();
        foreach (var day in events.GroupBy(e => (e.WindowId, e.Date)))
        {
            var ordered = day.OrderBy(e => e.At).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var e = ordered[i];
                if (e.Kind != PostStatusKind.Pause) continue;
                var resume = ordered.Skip(i + 1).FirstOrDefault(r => r.Kind == PostStatusKind.Resume);
                var end = resume?.At ?? DateTime.MaxValue;
                if (!result.TryGetValue(day.Key.Date, out var list)) result[day.Key.Date] = list = [];
                list.Add(new Pause(e.WindowId, e.StaffId, new TimeSpanUtc(e.At, end)));
                if (resume is not null) i = ordered.IndexOf(resume);
            }
        }
        return result;
    }
}

/// <summary>One session's outcome with the day's snapshot of where the person worked.</summary>
internal sealed record DailyResultRow(Guid StaffId, DateOnly Date, Guid HallId, Guid? UnitId, Guid? WindowId, SessionOutcome Outcome);

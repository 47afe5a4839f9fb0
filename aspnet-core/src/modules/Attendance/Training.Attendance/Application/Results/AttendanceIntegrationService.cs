using Microsoft.EntityFrameworkCore;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.Organization;

namespace Training.Attendance.Application.Results;

/// <summary>
/// Attendance's facts for other modules, on sets: a month's sessions of all the asked people (or units) are read in
/// one query joined with their current corrections, the leave types in one more, and counted in memory.
/// </summary>
internal sealed class AttendanceIntegrationService(AttendanceDbContext db, IWindowPostIntegrationService posts) : IAttendanceIntegrationService
{
    public async Task<IReadOnlyList<PersonMonthAttendance>> GetPersonMonthsAsync(IReadOnlyCollection<Guid> staffIds, int year, int month,
        CancellationToken cancellationToken = default)
    {
        var ids = staffIds.Distinct().ToList();
        var (results, leave) = await ReadAsync(r => ids.Contains(r.StaffId), year, month, cancellationToken);
        var byStaff = results.ToLookup(r => r.StaffId);
        return ids.Select(id => new PersonMonthAttendance(id, year, month, Count(byStaff[id].ToList(), leave))).ToList();
    }

    public async Task<IReadOnlyList<UnitMonthAttendance>> GetUnitMonthsAsync(IReadOnlyCollection<Guid> unitIds, int year, int month,
        CancellationToken cancellationToken = default)
    {
        var ids = unitIds.Distinct().ToList();
        var (results, leave) = await ReadAsync(r => r.UnitId != null && ids.Contains(r.UnitId.Value), year, month, cancellationToken);
        var byUnit = results.ToLookup(r => r.UnitId!.Value);
        return ids.Select(id =>
        {
            var rows = byUnit[id].ToList();
            return new UnitMonthAttendance(id, year, month, rows.Select(r => r.StaffId).Distinct().Count(), Count(rows, leave));
        }).ToList();
    }

    public async Task<IReadOnlyList<AttendanceSourceRecord>> GetSourcesAsync(IReadOnlyCollection<Guid> staffIds, int year, int month,
        CancellationToken cancellationToken = default)
    {
        var ids = staffIds.Distinct().ToList();
        var (results, _) = await ReadAsync(r => ids.Contains(r.StaffId), year, month, cancellationToken);
        var shares = Shares(results);
        var sources = new List<AttendanceSourceRecord>();
        foreach (var r in results.OrderBy(r => r.StaffId).ThenBy(r => r.Date).ThenBy(r => r.SessionIndex))
        {
            void Add(AttendanceSourceKind kind, int minutes, double days) => sources.Add(new AttendanceSourceRecord(
                r.StaffId, kind, r.Id, r.CorrectionId, r.LeaveRequestId, r.Date, r.SessionIndex, r.SessionName, minutes, days));
            var share = shares[(r.StaffId, r.Date)];
            if (r.IsLate) Add(AttendanceSourceKind.Late, r.LateMinutes, 0);
            if (r.IsEarlyLeave) Add(AttendanceSourceKind.EarlyLeave, r.EarlyMinutes, 0);
            if (r.IsAbsent) Add(AttendanceSourceKind.Absent, 0, share);
            if (r.IsOffPost) Add(AttendanceSourceKind.OffPost, r.OffPostMinutes, 0);
            if (r.IsOutWithoutLeave) Add(AttendanceSourceKind.OutWithoutLeave, r.OutMinutes, 0);
            if (r.Status == SessionStatus.OnLeave) Add(AttendanceSourceKind.Leave, 0, share);
            if (r.Status == SessionStatus.OfficialBusiness) Add(AttendanceSourceKind.OfficialBusiness, 0, share);
            // A day's frequent absence is one record, on its first session.
            if (r.FrequentAbsence && results.First(o => o.StaffId == r.StaffId && o.Date == r.Date).Id == r.Id)
                Add(AttendanceSourceKind.FrequentAbsence, 0, 1);
        }
        return sources;
    }

    public async Task<IReadOnlyList<WindowPresence>> GetWhoWasAtAsync(IReadOnlyCollection<WindowMoment> keys, CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0) return [];
        var windowIds = keys.Select(k => k.WindowId).Distinct().ToList();
        var earliest = keys.Min(k => k.At).AddDays(-1);
        var latest = keys.Max(k => k.At);
        var firstDate = DateOnly.FromDateTime(earliest);
        var lastDate = DateOnly.FromDateTime(latest).AddDays(1);
        var events = (await db.PostStatusEvents.AsNoTracking()
                .Where(e => windowIds.Contains(e.WindowId) && e.StaffId != null && e.At >= earliest && e.At <= latest)
                .Select(e => new { e.WindowId, e.StaffId, e.At, e.Date }).ToListAsync(cancellationToken))
            .ToLookup(e => e.WindowId);
        var holders = (await posts.GetHoldersAtAsync(keys.Select(k => new WindowInstant(k.WindowId, k.At)).Distinct().ToList(), cancellationToken))
            .ToLookup(h => (h.Key.WindowId, h.Key.At), h => h.Post);
        var holderDates = holders.SelectMany(g => g.Select(p => new BackupKey(p.WindowId, null, LocalDate(g.Key.At)))).Distinct().ToList();
        var backups = holderDates.Count == 0 ? [] : await posts.GetBackupsInForceAsync(holderDates, cancellationToken);
        var people = holders.SelectMany(g => g.Select(p => p.StaffId)).Concat(backups.Select(b => b.Backup.BackupStaffId)).Distinct().ToList();
        var punches = (await db.Punches.AsNoTracking()
                .Where(p => people.Contains(p.StaffId) && p.Date >= firstDate && p.Date <= lastDate && p.At <= latest)
                .Select(p => new { p.StaffId, p.Date, p.At }).ToListAsync(cancellationToken))
            .ToLookup(p => p.StaffId);

        return keys.Select(key =>
        {
            // The latest report at the window since the start of that day (in the hall's zone: the event's own date).
            var reported = events[key.WindowId].Where(e => e.At <= key.At && e.At >= key.At.AddHours(-24)).MaxBy(e => e.At);
            if (reported is not null && reported.Date == LocalDate(key.At))
                return new WindowPresence(key, reported.StaffId, PresenceSource.PostStatus, [reported.StaffId!.Value]);
            // A window may have several holders at once (two people sharing a window, shifts): the one who punched in
            // is the one; two who did, or none of several, is a lead's call.
            var held = holders[(key.WindowId, key.At)].Select(p => p.StaffId).Distinct().ToList();
            if (held.Count == 0) return new WindowPresence(key, null, PresenceSource.Nobody, []);
            var date = LocalDate(key.At);
            bool PunchedIn(Guid staffId) => punches[staffId].Any(p => p.Date == date && p.At <= key.At);
            var present = held.Where(PunchedIn).ToList();
            if (present.Count == 1) return new WindowPresence(key, present[0], PresenceSource.Punch, present);
            if (present.Count > 1) return new WindowPresence(key, null, PresenceSource.Ambiguous, present);
            var standIns = backups.Where(b => b.Key.WindowId == key.WindowId && b.Key.Date == date && held.Contains(b.Backup.PrimaryStaffId)
                    && PunchedIn(b.Backup.BackupStaffId))
                .Select(b => b.Backup.BackupStaffId).Distinct().ToList();
            if (standIns.Count > 0) return new WindowPresence(key, null, PresenceSource.Ambiguous, [.. held, .. standIns]);
            return held.Count == 1
                ? new WindowPresence(key, held[0], PresenceSource.Assignment, held)
                : new WindowPresence(key, null, PresenceSource.Ambiguous, held);
        }).ToList();
    }

    // Post status and punches carry the hall's local date; instants here are compared in Shanghai time, the default
    // zone of every hall (a hall in another zone reads its own date from the events above).
    private static DateOnly LocalDate(DateTime at) => Training.SharedKernel.Time.BusinessDates.LocalDate(at);

    private async Task<(List<EffectiveResult> Results, Dictionary<Guid, LeaveTypeRef> LeaveTypes)> ReadAsync(
        System.Linq.Expressions.Expression<Func<DailyResult, bool>> who, int year, int month, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var results = await EffectiveResult.Query(db, db.DailyResults.AsNoTracking().Where(who).Where(r => r.Date >= first && r.Date <= last))
            .ToListAsync(cancellationToken);
        var leaveIds = results.Where(r => r.LeaveRequestId != null).Select(r => r.LeaveRequestId!.Value).Distinct().ToList();
        var leave = leaveIds.Count == 0 ? new Dictionary<Guid, LeaveTypeRef>()
            : await (from l in db.LeaveRequests.AsNoTracking()
                     join t in db.LeaveTypes on l.LeaveTypeId equals t.Id
                     where leaveIds.Contains(l.Id)
                     select new { l.Id, t.Code, t.NameZh, TypeId = t.Id })
                .ToDictionaryAsync(x => x.Id, x => new LeaveTypeRef(x.TypeId, x.Code, x.NameZh), cancellationToken);
        return (results, leave);
    }

    private sealed record LeaveTypeRef(Guid Id, string Code, string Name);

    /// <summary>Each session's share of its day: 1 / the number of sessions that day.</summary>
    private static Dictionary<(Guid, DateOnly), double> Shares(IEnumerable<EffectiveResult> results) =>
        results.GroupBy(r => (r.StaffId, r.Date)).ToDictionary(g => g.Key, g => 1.0 / g.Count());

    private static AttendanceCounts Count(IReadOnlyList<EffectiveResult> rows, Dictionary<Guid, LeaveTypeRef> leaveTypes)
    {
        var shares = Shares(rows);
        double Days(Func<EffectiveResult, bool> which) => Math.Round(rows.Where(which).Sum(r => shares[(r.StaffId, r.Date)]), 2);
        var leave = rows.Where(r => r.Status == SessionStatus.OnLeave && r.LeaveRequestId is { } id && leaveTypes.ContainsKey(id))
            .GroupBy(r => leaveTypes[r.LeaveRequestId!.Value])
            .Select(g => new LeaveDays(g.Key.Id, g.Key.Code, g.Key.Name, Math.Round(g.Sum(r => shares[(r.StaffId, r.Date)]), 2)))
            .OrderBy(l => l.Code).ToList();
        return new AttendanceCounts(
            rows.Count,
            rows.Count(r => r.IsLate), rows.Where(r => r.IsLate).Sum(r => r.LateMinutes),
            rows.Count(r => r.IsEarlyLeave), rows.Where(r => r.IsEarlyLeave).Sum(r => r.EarlyMinutes),
            Days(r => r.IsAbsent),
            rows.Count(r => r.IsOffPost), rows.Where(r => r.IsOffPost).Sum(r => r.OffPostMinutes),
            rows.Where(r => r.FrequentAbsence).Select(r => (r.StaffId, r.Date)).Distinct().Count(),
            rows.Count(r => r.IsOutWithoutLeave),
            Days(r => !r.IsAbsent && !r.IsLeave),
            Days(r => r.Status == SessionStatus.OfficialBusiness),
            leave);
    }
}

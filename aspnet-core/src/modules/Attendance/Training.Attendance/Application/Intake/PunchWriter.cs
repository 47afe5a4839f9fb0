using Microsoft.EntityFrameworkCore;
using Training.Attendance.Application.Results;
using Training.Attendance.EntityFrameworkCore;
using Training.SharedKernel.Data;

namespace Training.Attendance.Application.Intake;

/// <inheritdoc cref="IPunchWriter"/>
internal sealed class PunchWriter(
    AttendanceDbContext db, UnitOfWork unitOfWork, IAttendanceMonthLock monthLock, IDailyResultRecalculator recalculator,
    TimeProvider clock) : IPunchWriter
{
    public async Task<PunchWriteResult> WriteAsync(IReadOnlyList<ResolvedPunch> punches, bool recompute = true,
        CancellationToken cancellationToken = default)
    {
        var outcomes = new PunchOutcome[punches.Count];
        if (punches.Count == 0) return new PunchWriteResult(outcomes, 0, 0, 0, []);

        var clocks = await LoadClocksAsync(punches.Select(p => p.DeviceId).Distinct().ToList(), cancellationToken);
        var receivedAt = clock.GetUtcNow().UtcDateTime;

        // Derive instants and dates, and drop repeats inside the batch (the first one is the one inserted).
        var rows = new List<PunchRow>(punches.Count);
        var seen = new HashSet<(string, string, DateTime)>();
        for (var i = 0; i < punches.Count; i++)
        {
            var p = punches[i];
            Validate(p);
            var raw = PunchTime.WholeSeconds(p.RawLocalTime);
            if (!seen.Add((p.DeviceSerial, p.DeviceUserId, raw)))
            {
                outcomes[i] = PunchOutcome.Duplicate;
                continue;
            }
            var deviceClock = clocks.TryGetValue(p.DeviceId, out var c)
                ? c : throw new InvalidOperationException($"Punch for the unknown device {p.DeviceId}.");
            var (at, date) = deviceClock.Derive(raw);
            rows.Add(new PunchRow(i, p, raw, at, date));
        }

        var closed = await monthLock.GetClosedAsync(rows.Select(r => r.Punch.HallId).Distinct().ToList(),
            rows.Min(r => r.Date), rows.Max(r => r.Date), cancellationToken);
        if (closed.Count > 0)
            foreach (var row in rows)
                row.ArrivedAfterClose = closed.Contains((row.Punch.HallId, row.Date.Year, row.Date.Month));

        await using (var transaction = await unitOfWork.BeginAsync(cancellationToken))
        {
            var inserted = PunchInsert.IsPostgreSql(db)
                ? await PunchInsert.PostgreSqlAsync(unitOfWork, rows, receivedAt, cancellationToken)
                : await PunchInsert.SqliteAsync(unitOfWork, rows, receivedAt, cancellationToken);
            for (var k = 0; k < rows.Count; k++) outcomes[rows[k].Index] = inserted[k] ? PunchOutcome.New : PunchOutcome.Duplicate;
            await transaction.CommitAsync();
        }

        var fresh = rows.Where(r => outcomes[r.Index] == PunchOutcome.New).ToList();
        var days = PersonDayRanges.Collapse(fresh.Where(r => !r.ArrivedAfterClose).Select(r => (r.Punch.StaffId, r.Date)));
        if (recompute && days.Count > 0) await recalculator.RecomputeAsync(days, cancellationToken);
        return new PunchWriteResult(outcomes, fresh.Count, punches.Count - fresh.Count, fresh.Count(r => r.ArrivedAfterClose), days);
    }

    /// <summary>Callers check lines before they resolve them; a value the columns cannot hold is a caller's bug, not a line error.</summary>
    private static void Validate(ResolvedPunch p)
    {
        if (string.IsNullOrEmpty(p.DeviceUserId) || p.DeviceUserId.Length > AttendanceConsts.MaxDeviceUserIdLength
            || string.IsNullOrEmpty(p.DeviceSerial) || p.DeviceSerial.Length > AttendanceConsts.MaxSerialLength
            || p.WorkCode?.Length > AttendanceConsts.MaxWorkCodeLength)
            throw new ArgumentException($"A punch of device {p.DeviceSerial} has a device user id, serial or work code the columns cannot hold.", nameof(p));
    }

    private async Task<Dictionary<Guid, DeviceClock>> LoadClocksAsync(List<Guid> deviceIds, CancellationToken cancellationToken)
    {
        var devices = await db.Devices.AsNoTracking().Where(d => deviceIds.Contains(d.Id))
            .Select(d => new { d.Id, d.TimeZone }).ToListAsync(cancellationToken);
        var corrections = await db.ClockCorrections.AsNoTracking().Where(c => deviceIds.Contains(c.DeviceId))
            .Select(c => new { c.DeviceId, Span = new CorrectionSpan(c.FromDate, c.ToDate, c.OffsetSeconds, c.RecordedAt) })
            .ToListAsync(cancellationToken);
        var byDevice = corrections.ToLookup(c => c.DeviceId, c => c.Span);
        return devices.ToDictionary(d => d.Id, d => new DeviceClock(TimeZoneInfo.FindSystemTimeZoneById(d.TimeZone), byDevice[d.Id]));
    }
}

/// <summary>A punch on its way in: its place in the input, its derived instant and date, and whether its month is closed.</summary>
internal sealed class PunchRow(int index, ResolvedPunch punch, DateTime raw, DateTime at, DateOnly date)
{
    public int Index { get; } = index;
    public ResolvedPunch Punch { get; } = punch;
    public DateTime Raw { get; } = raw;
    public DateTime At { get; } = at;
    public DateOnly Date { get; } = date;
    public bool ArrivedAfterClose { get; set; }
}

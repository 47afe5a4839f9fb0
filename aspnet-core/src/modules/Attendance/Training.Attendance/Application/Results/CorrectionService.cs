using Microsoft.EntityFrameworkCore;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Scoping;

namespace Training.Attendance.Application.Results;

/// <summary>
/// The anomalies a manager or clerk reviews (late, early leave, absent, off-post, out without leave, frequent absence)
/// in their scope, and their corrections: a correction is a separate record with its reason, the computed result stays
/// as it is and both are shown; a correction in a closed month is refused.
/// </summary>
internal sealed class CorrectionService(
    AttendanceDbContext db, IDataScopeProvider scopes, IStaffIntegrationService staff, IAttendanceMonthLock monthLock)
{
    private static readonly SessionStatus[] AnomalyStatuses =
        [SessionStatus.Late, SessionStatus.EarlyLeave, SessionStatus.Absent, SessionStatus.OffPost, SessionStatus.OutWithoutLeave];

    private static readonly SortMap<Row> Sort = new SortMap<Row>("date desc, sessionIndex asc")
        .Add("date", r => r.Result.Date).Add("sessionIndex", r => r.Result.SessionIndex).Add("status", r => r.Result.Status)
        .Add("lateMinutes", r => r.Result.LateMinutes).Add("staffId", r => r.Result.StaffId);

    public async Task<PagedResult<SessionResultDto>> ListAnomaliesAsync(GetAnomaliesInput input, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        var results = db.DailyResults.AsNoTracking().WhereInScope(scope, r => r.HallId, r => r.UnitId, r => r.StaffId)
            .Where(r => AnomalyStatuses.Contains(r.Status) || r.FrequentAbsence);
        if (input.HallId is { } hallId) results = results.Where(r => r.HallId == hallId);
        if (input.UnitId is { } unitId) results = results.Where(r => r.UnitId == unitId);
        if (input.StaffId is { } staffId) results = results.Where(r => r.StaffId == staffId);
        if (input.From is { } from) results = results.Where(r => r.Date >= from);
        if (input.To is { } to) results = results.Where(r => r.Date <= to);
        if (input.Status is { } status) results = results.Where(r => r.Status == status);
        var rows = Rows(results);
        if (input.Corrected is { } corrected) rows = corrected ? rows.Where(r => r.Correction != null) : rows.Where(r => r.Correction == null);
        var page = await rows.ToPagedResultAsync(input, Sort, r => r, cancellationToken);
        return new PagedResult<SessionResultDto>(page.TotalCount, await DtosAsync(page.Items, cancellationToken));
    }

    public async Task<SessionResultDto> GetAsync(SessionKey key, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        var row = await Rows(Find(key).WhereInScope(scope, r => r.HallId, r => r.UnitId, r => r.StaffId))
            .FirstOrDefaultAsync(cancellationToken) ?? throw new EntityNotFoundException("DailyResult", key);
        return (await DtosAsync([row], cancellationToken))[0];
    }

    public async Task<SessionResultDto> CorrectAsync(SessionKey key, CorrectResultInput input, CancellationToken cancellationToken)
    {
        // Correcting is writing: one's own result is not one's to correct.
        var scope = (await scopes.GetAsync(cancellationToken)).ForWriting();
        var result = await Find(key).WhereInScope(scope, r => r.HallId, r => r.UnitId, r => r.StaffId).FirstOrDefaultAsync(cancellationToken)
            ?? throw new EntityNotFoundException("DailyResult", key);
        await monthLock.EnsureOpenAsync(result.HallId, result.Date, result.Date, cancellationToken);
        var correction = new ResultCorrection(Guid.NewGuid(), result, input.Status, input.LateMinutes, input.EarlyMinutes, input.Reason);
        var earlier = await db.ResultCorrections
            .Where(c => c.StaffId == result.StaffId && c.Date == result.Date && c.SessionIndex == result.SessionIndex && c.IsCurrent)
            .ToListAsync(cancellationToken);
        foreach (var c in earlier) c.Supersede();
        db.ResultCorrections.Add(correction);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(key, cancellationToken);
    }

    /// <summary>The corrections of one session, newest first (the first is in force).</summary>
    public async Task<IReadOnlyList<CorrectionDto>> HistoryAsync(SessionKey key, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        var result = await Find(key).WhereInScope(scope, r => r.HallId, r => r.UnitId, r => r.StaffId).FirstOrDefaultAsync(cancellationToken)
            ?? throw new EntityNotFoundException("DailyResult", key);
        var corrections = await db.ResultCorrections.AsNoTracking()
            .Where(c => c.StaffId == result.StaffId && c.Date == result.Date && c.SessionIndex == result.SessionIndex)
            .ToListAsync(cancellationToken);
        return corrections.OrderByDescending(c => c.CreatedAt).Select(Dto).ToList();
    }

    private IQueryable<DailyResult> Find(SessionKey key) => db.DailyResults.AsNoTracking()
        .Where(r => r.StaffId == key.StaffId && r.Date == key.Date && r.SessionIndex == key.SessionIndex);

    // A class with init properties, not a positional record: EF translates sorting and filtering on its members.
    internal sealed class Row
    {
        public required DailyResult Result { get; init; }
        public ResultCorrection? Correction { get; init; }
    }

    private IQueryable<Row> Rows(IQueryable<DailyResult> results) =>
        from r in results
        join c in db.ResultCorrections.Where(c => c.IsCurrent)
            on new { r.StaffId, r.Date, r.SessionIndex } equals new { c.StaffId, c.Date, c.SessionIndex } into corrections
        from c in corrections.DefaultIfEmpty()
        select new Row { Result = r, Correction = c };

    private async Task<IReadOnlyList<SessionResultDto>> DtosAsync(IReadOnlyList<Row> rows, CancellationToken cancellationToken)
    {
        var people = rows.Count == 0 ? new Dictionary<Guid, StaffSummary>()
            : (await staff.GetByIdsAsync(rows.Select(r => r.Result.StaffId).Distinct().ToList(), cancellationToken)).ToDictionary(s => s.Id);
        return rows.Select(row =>
        {
            var r = row.Result;
            var person = people.GetValueOrDefault(r.StaffId);
            return new SessionResultDto(r.Id, r.StaffId, person?.Name ?? "", person?.StaffNumber ?? "", r.Date, r.SessionIndex, r.SessionName,
                r.HallId, r.UnitId, r.WindowId, r.ExpectedStart, r.ExpectedEnd, r.Status, r.LateMinutes, r.EarlyMinutes, r.OffPostMinutes,
                r.OutMinutes, r.MissingPunch, r.FrequentAbsence, r.InAt, r.OutAt, r.LeaveRequestId, row.Correction is null ? null : Dto(row.Correction));
        }).ToList();
    }

    private static CorrectionDto Dto(ResultCorrection c) => new(c.Id, c.Status, c.LateMinutes, c.EarlyMinutes, c.Reason,
        c.CreatedAt, c.CreatedBy, c.OriginalStatus, c.OriginalLateMinutes, c.OriginalEarlyMinutes);
}

/// <summary>A session's result by its natural key: the person, the date and the session's place in the day.</summary>
internal sealed record SessionKey(Guid StaffId, DateOnly Date, int SessionIndex);

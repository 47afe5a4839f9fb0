using Microsoft.EntityFrameworkCore;
using Training.Attendance.Application.Results;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Settings;
using Training.SharedKernel.Time;

namespace Training.Attendance.Application.Absences;

/// <summary>
/// 去向留言制: a person leaving the window opens a note (where to, back when) and closes it on return; one open note at
/// a time. Each open and close recomputes that person's day (an open note excuses a paused window; many notes a day
/// are 频繁离岗). The lead sees who is out now and the day's notes within their scope.
/// </summary>
internal sealed class WhereaboutsService(
    AttendanceDbContext db, AbsenceCaller caller, IStaffIntegrationService staff, IStructureIntegrationService structure,
    IDataScopeProvider scopes, ISettingProvider settings, LeaveMonthGuard months, IDailyResultRecalculator results, UnitOfWork unitOfWork,
    TimeProvider clock)
{
    public async Task<MyWhereaboutsDto> MineAsync(CancellationToken cancellationToken)
    {
        var me = await caller.MeAsync(cancellationToken);
        var today = clock.Today(await caller.TimeZoneAsync(cancellationToken));
        var notes = await db.Set<WhereaboutsNote>().AsNoTracking().Where(n => n.StaffId == me.Id && (n.Date == today || n.ReturnedAt == null))
            .OrderBy(n => n.LeftAt).ToListAsync(cancellationToken);
        var dtos = await DtosAsync(notes, cancellationToken);
        return new MyWhereaboutsDto(dtos.FirstOrDefault(n => n.ReturnedAt is null), dtos.Where(n => n.Date == today).ToList());
    }

    public async Task<WhereaboutsNoteDto> OpenAsync(OpenNoteInput input, CancellationToken cancellationToken)
    {
        var me = await caller.MeAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var open = await db.Set<WhereaboutsNote>().AsNoTracking().Where(n => n.StaffId == me.Id && n.ReturnedAt == null)
            .Select(n => n.Destination).FirstOrDefaultAsync(cancellationToken);
        if (open is not null) throw new BusinessException(AttendanceErrorCodes.NoteAlreadyOpen, open) { Kind = ErrorKind.Conflict };
        var maxHours = await settings.GetIntAsync(AttendanceSettings.NoteMaxHours, me.HallId, cancellationToken);
        var back = DateTime.SpecifyKind(input.ExpectedBackAt.ToUniversalTime(), DateTimeKind.Utc);
        if (back <= now || back > now.AddHours(maxHours)) throw new BusinessException(AttendanceErrorCodes.NoteReturnNotAhead, maxHours);
        var today = clock.Today(await caller.TimeZoneAsync(cancellationToken));
        await months.EnsureOpenAsync(me.HallId, today, today, cancellationToken);
        var note = new WhereaboutsNote(Guid.NewGuid(), me.Id, me.HallId, me.UnitId, me.WindowId, input.Destination, now, back, today);
        db.Add(note);
        try
        {
            await SaveAsync(note.StaffId, today, today, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index on open notes: another tap opened one a moment ago.
            throw new BusinessException(AttendanceErrorCodes.NoteAlreadyOpen, input.Destination.Trim()) { Kind = ErrorKind.Conflict };
        }
        return (await DtosAsync([note], cancellationToken))[0];
    }

    /// <summary>我回来了: closes the open note now; a note left open past midnight recomputes both days.</summary>
    public async Task<WhereaboutsNoteDto> CloseAsync(CancellationToken cancellationToken)
    {
        var me = await caller.MeAsync(cancellationToken);
        var note = await db.Set<WhereaboutsNote>().FirstOrDefaultAsync(n => n.StaffId == me.Id && n.ReturnedAt == null, cancellationToken)
            ?? throw new BusinessException(AttendanceErrorCodes.NoNoteOpen) { Kind = ErrorKind.Conflict };
        var today = clock.Today(await caller.TimeZoneAsync(cancellationToken));
        await months.EnsureOpenAsync(note.HallId, note.Date, today, cancellationToken);
        note.Close(clock.GetUtcNow().UtcDateTime);
        await SaveAsync(note.StaffId, note.Date, today < note.Date ? note.Date : today, cancellationToken);
        return (await DtosAsync([note], cancellationToken))[0];
    }

    /// <summary>Who is out now: the open notes in the caller's scope (one unit when given), longest out first.</summary>
    public async Task<IReadOnlyList<WhereaboutsNoteDto>> OutNowAsync(Guid? unitId, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        var query = db.Set<WhereaboutsNote>().AsNoTracking().WhereInScope(scope, n => n.HallId, n => n.UnitId, n => n.StaffId)
            .Where(n => n.ReturnedAt == null);
        if (unitId is { } unit) query = query.Where(n => n.UnitId == unit);
        return await DtosAsync(await query.OrderBy(n => n.LeftAt).Take(PagedRequest.MaxMaxResultCount).ToListAsync(cancellationToken), cancellationToken);
    }

    /// <summary>The notes of a day (today by default) in the caller's scope.</summary>
    public async Task<PagedResult<WhereaboutsNoteDto>> ListAsync(NoteListInput input, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        var date = input.Date ?? clock.Today();
        var query = db.Set<WhereaboutsNote>().AsNoTracking().WhereInScope(scope, n => n.HallId, n => n.UnitId, n => n.StaffId)
            .Where(n => n.Date == date);
        if (input.UnitId is { } unit) query = query.Where(n => n.UnitId == unit);
        if (input.StaffId is { } person) query = query.Where(n => n.StaffId == person);
        var page = await query.ToPagedResultAsync(input, Sort, n => n, cancellationToken);
        return new PagedResult<WhereaboutsNoteDto>(page.TotalCount, await DtosAsync(page.Items, cancellationToken));
    }

    private static readonly SortMap<WhereaboutsNote> Sort = new SortMap<WhereaboutsNote>("leftAt desc")
        .Add("leftAt", n => n.LeftAt).Add("expectedBackAt", n => n.ExpectedBackAt).Add("returnedAt", n => n.ReturnedAt);

    private async Task SaveAsync(Guid staffId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await results.RecomputeAsync([new PersonDays(staffId, from, to)], cancellationToken);
        await transaction.CommitAsync();
    }

    private async Task<IReadOnlyList<WhereaboutsNoteDto>> DtosAsync(IReadOnlyList<WhereaboutsNote> notes, CancellationToken cancellationToken)
    {
        if (notes.Count == 0) return [];
        var people = (await staff.GetByIdsAsync(notes.Select(n => n.StaffId).Distinct().ToList(), cancellationToken)).ToDictionary(p => p.Id);
        var windowIds = notes.Where(n => n.WindowId != null).Select(n => n.WindowId!.Value).Distinct().ToList();
        var windows = windowIds.Count == 0 ? new Dictionary<Guid, string>()
            : (await structure.GetWindowsAsync(windowIds, null, cancellationToken)).ToDictionary(w => w.Id, w => w.Code);
        var now = clock.GetUtcNow().UtcDateTime;
        return notes.Select(n =>
        {
            var person = people.GetValueOrDefault(n.StaffId);
            return new WhereaboutsNoteDto(n.Id, n.StaffId, person?.StaffNumber ?? "", person?.Name ?? "", n.UnitId, n.WindowId,
                n.WindowId is { } w ? windows.GetValueOrDefault(w) : null, n.Destination, n.LeftAt, n.ExpectedBackAt, n.ReturnedAt, n.Date,
                n.ReturnedAt is null && n.ExpectedBackAt < now);
        }).ToList();
    }
}

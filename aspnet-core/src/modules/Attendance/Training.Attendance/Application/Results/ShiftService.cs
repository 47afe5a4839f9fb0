using Microsoft.EntityFrameworkCore;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Scoping;

namespace Training.Attendance.Application.Results;

/// <summary>
/// 错时 / 延时 / 节假日预约 shifts of a hall's windows and people. Writing one is refused when it touches a closed month;
/// the affected person-days up to today are recomputed at once (a shift is at most a year of one window or person).
/// </summary>
internal sealed class ShiftService(
    AttendanceDbContext db, ResultScope scope, IStructureIntegrationService structure, IStaffIntegrationService staff,
    IAttendanceMonthLock monthLock, HallMonthRecompute recompute)
{
    private static readonly SortMap<Shift> Sort = new SortMap<Shift>("fromDate desc")
        .Add("fromDate", s => s.FromDate).Add("toDate", s => s.ToDate).Add("kind", s => s.Kind);

    public async Task<PagedResult<ShiftDto>> ListAsync(GetShiftsInput input, CancellationToken cancellationToken)
    {
        var callerScope = await scope.GetAsync(cancellationToken);
        var query = db.Shifts.AsNoTracking().AsQueryable();
        if (callerScope.Kind != ScopeKind.All)
        {
            var halls = callerScope.HallIds.ToList();
            if (callerScope.Kind == ScopeKind.Units && callerScope.UnitIds.Count > 0)
                halls.AddRange((await structure.GetUnitsAsync(callerScope.UnitIds, null, cancellationToken)).Select(u => u.HallId));
            query = query.Where(s => halls.Contains(s.HallId));
        }
        if (input.HallId is { } hallId) query = query.Where(s => s.HallId == hallId);
        if (input.Kind is { } kind) query = query.Where(s => s.Kind == kind);
        if (input.From is { } from) query = query.Where(s => s.ToDate >= from);
        if (input.To is { } to) query = query.Where(s => s.FromDate <= to);
        var page = await query.ToPagedResultAsync(input, Sort, s => s, cancellationToken);
        return new PagedResult<ShiftDto>(page.TotalCount, await DtosAsync(page.Items, cancellationToken));
    }

    public async Task<ShiftDto> CreateAsync(SaveShiftInput input, CancellationToken cancellationToken)
    {
        await scope.EnsureCanManageHallAsync(input.HallId, cancellationToken);
        await EnsureTargetInHallAsync(input, cancellationToken);
        var shift = new Shift(Guid.NewGuid(), input.HallId);
        shift.Set(input.Kind, input.WindowId, input.StaffId, input.FromDate, input.ToDate, TimetableService.Sessions(input.Sessions), input.Note);
        await monthLock.EnsureOpenAsync(input.HallId, input.FromDate, input.ToDate, cancellationToken);
        db.Shifts.Add(shift);
        await db.SaveChangesAsync(cancellationToken);
        await RecomputeAsync(shift.HallId, shift.WindowId, shift.StaffId, shift.FromDate, shift.ToDate, cancellationToken);
        return (await DtosAsync([shift], cancellationToken))[0];
    }

    public async Task<ShiftDto> UpdateAsync(Guid id, SaveShiftInput input, CancellationToken cancellationToken)
    {
        var shift = await FindAsync(id, cancellationToken);
        if (input.HallId != shift.HallId) throw new EntityNotFoundException("Shift", id);
        await EnsureTargetInHallAsync(input, cancellationToken);
        var before = (shift.WindowId, shift.StaffId, shift.FromDate, shift.ToDate);
        await monthLock.EnsureOpenAsync(shift.HallId, shift.FromDate, shift.ToDate, cancellationToken);
        shift.Set(input.Kind, input.WindowId, input.StaffId, input.FromDate, input.ToDate, TimetableService.Sessions(input.Sessions), input.Note);
        await monthLock.EnsureOpenAsync(shift.HallId, shift.FromDate, shift.ToDate, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await RecomputeAsync(shift.HallId, before.WindowId, before.StaffId, before.FromDate, before.ToDate, cancellationToken);
        await RecomputeAsync(shift.HallId, shift.WindowId, shift.StaffId, shift.FromDate, shift.ToDate, cancellationToken);
        return (await DtosAsync([shift], cancellationToken))[0];
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var shift = await FindAsync(id, cancellationToken);
        await monthLock.EnsureOpenAsync(shift.HallId, shift.FromDate, shift.ToDate, cancellationToken);
        db.Shifts.Remove(shift);
        await db.SaveChangesAsync(cancellationToken);
        await RecomputeAsync(shift.HallId, shift.WindowId, shift.StaffId, shift.FromDate, shift.ToDate, cancellationToken);
    }

    private async Task<Shift> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var shift = await db.Shifts.FirstOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new EntityNotFoundException("Shift", id);
        if (!(await scope.GetAsync(cancellationToken)).ForWriting().CoversHall(shift.HallId)) throw new EntityNotFoundException("Shift", id);
        return shift;
    }

    /// <summary>The window or person must be of the shift's hall (a person: by their hall today).</summary>
    private async Task EnsureTargetInHallAsync(SaveShiftInput input, CancellationToken cancellationToken)
    {
        if (input.WindowId is { } windowId
            && (await structure.GetWindowsAsync([windowId], null, cancellationToken)).FirstOrDefault()?.HallId != input.HallId)
            throw new EntityNotFoundException("Window", windowId);
        if (input.StaffId is { } staffId && (await staff.GetByIdsAsync([staffId], cancellationToken)).FirstOrDefault()?.HallId != input.HallId)
            throw new EntityNotFoundException("StaffMember", staffId);
    }

    private Task RecomputeAsync(Guid hallId, Guid? windowId, Guid? staffId, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        staffId is { } person
            ? recompute.RecomputePersonAsync(person, from, to, cancellationToken)
            : recompute.RecomputeAsync(hallId, from, to, windowId, cancellationToken: cancellationToken);

    private async Task<IReadOnlyList<ShiftDto>> DtosAsync(IReadOnlyList<Shift> shifts, CancellationToken cancellationToken)
    {
        var windowIds = shifts.Where(s => s.WindowId != null).Select(s => s.WindowId!.Value).Distinct().ToList();
        var staffIds = shifts.Where(s => s.StaffId != null).Select(s => s.StaffId!.Value).Distinct().ToList();
        var windows = windowIds.Count == 0 ? new Dictionary<Guid, string>()
            : (await structure.GetWindowsAsync(windowIds, null, cancellationToken)).ToDictionary(w => w.Id, w => $"{w.Code} {w.Name}");
        var people = staffIds.Count == 0 ? new Dictionary<Guid, string>()
            : (await staff.GetByIdsAsync(staffIds, cancellationToken)).ToDictionary(s => s.Id, s => s.Name);
        return shifts.Select(s => new ShiftDto(s.Id, s.HallId, s.Kind, s.WindowId, s.WindowId is { } w ? windows.GetValueOrDefault(w) : null,
            s.StaffId, s.StaffId is { } p ? people.GetValueOrDefault(p) : null, s.FromDate, s.ToDate, TimetableService.Dtos(s.Sessions), s.Note)).ToList();
    }
}

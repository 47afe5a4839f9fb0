using Microsoft.EntityFrameworkCore;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Settings;

namespace Training.Attendance.Application.Absences;

/// <summary>
/// Balances per person, type and year: entitled (a manager's or clerk's figure, else annual leave by years of service,
/// else nothing), used (approved requests starting in the year), pending (requests waiting), and what is left. A
/// request is counted in the year it starts.
/// </summary>
internal sealed class LeaveBalanceService(
    AttendanceDbContext db, IStaffIntegrationService staff, IDataScopeProvider scopes, ISettingProvider settings, ICurrentUser currentUser,
    TimeProvider clock)
{
    public async Task<AnnualLeaveRule> RuleAsync(Guid? hallId, CancellationToken cancellationToken)
    {
        async Task<int> Get(string name) => await settings.GetIntAsync(name, hallId, cancellationToken);
        return new AnnualLeaveRule(await Get(AttendanceSettings.AnnualLeaveTier1Years), await Get(AttendanceSettings.AnnualLeaveTier1Days),
            await Get(AttendanceSettings.AnnualLeaveTier2Years), await Get(AttendanceSettings.AnnualLeaveTier2Days),
            await Get(AttendanceSettings.AnnualLeaveTier3Years), await Get(AttendanceSettings.AnnualLeaveTier3Days));
    }

    /// <summary>A person's balances in a year, for every type that keeps one: three queries whatever the number of types.</summary>
    public async Task<PersonBalancesDto> ForPersonAsync(StaffSummary person, int year, CancellationToken cancellationToken)
    {
        var types = await db.Set<LeaveType>().AsNoTracking().Where(t => t.HasBalance).OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);
        var set = await db.Set<LeaveBalance>().AsNoTracking().Where(b => b.StaffId == person.Id && b.Year == year).ToListAsync(cancellationToken);
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var counted = await db.Set<LeaveRequest>().AsNoTracking()
            .Where(r => r.StaffId == person.Id && r.StartDate >= from && r.StartDate <= to
                && (r.Status == LeaveStatus.Approved || r.Status == LeaveStatus.Pending))
            .GroupBy(r => new { r.LeaveTypeId, r.Status }).Select(g => new { g.Key.LeaveTypeId, g.Key.Status, HalfDays = g.Sum(r => r.HalfDays) })
            .ToListAsync(cancellationToken);
        var rule = await RuleAsync(person.HallId, cancellationToken);
        int? serviceYears = person.WorkStartDate is { } start ? ServiceYears.WholeYears(start, AnnualLeaveRule.CountedOn(year)) : null;
        var balances = types.Select(t =>
        {
            var own = set.FirstOrDefault(b => b.LeaveTypeId == t.Id);
            var isAnnual = t.Code == LeaveTypeCodes.Annual;
            var entitled = own?.EntitledHalfDays ?? (isAnnual ? rule.DaysFor(serviceYears ?? 0) * 2 : 0);
            var used = counted.Where(c => c.LeaveTypeId == t.Id && c.Status == LeaveStatus.Approved).Sum(c => c.HalfDays);
            var pending = counted.Where(c => c.LeaveTypeId == t.Id && c.Status == LeaveStatus.Pending).Sum(c => c.HalfDays);
            return new LeaveBalanceDto(t.Id, t.Code, t.NameZh, t.NameEn, year, entitled / 2.0, used / 2.0, pending / 2.0,
                (entitled - used - pending) / 2.0, own is not null, own?.Reason, isAnnual ? serviceYears : null);
        }).ToList();
        return new PersonBalancesDto(person.Id, person.StaffNumber, person.Name, person.WorkStartDate, year, balances);
    }

    /// <summary>Balances of a person in the caller's scope (404 outside it).</summary>
    public async Task<PersonBalancesDto> GetAsync(Guid staffId, int year, CancellationToken cancellationToken)
    {
        var person = await InScopeAsync(staffId, await scopes.GetAsync(cancellationToken), cancellationToken);
        return await ForPersonAsync(person, year, cancellationToken);
    }

    /// <summary>Sets the entitlement (in half-day steps) with a reason; the change is kept beside the balance.</summary>
    public async Task<PersonBalancesDto> SetAsync(SetLeaveBalanceInput input, CancellationToken cancellationToken)
    {
        var person = await InScopeAsync(input.StaffId, (await scopes.GetAsync(cancellationToken)).ForWriting(), cancellationToken);
        var type = await db.Set<LeaveType>().FirstOrDefaultAsync(t => t.Id == input.LeaveTypeId, cancellationToken)
            ?? throw new EntityNotFoundException("LeaveType", input.LeaveTypeId);
        if (!type.HasBalance) throw new BusinessException(AttendanceErrorCodes.LeaveTypeHasNoBalance, type.NameZh);
        var halfDays = input.Entitled * 2;
        if (Math.Abs(halfDays - Math.Round(halfDays)) > 1e-9) throw new BusinessException(AttendanceErrorCodes.BalanceHalfDays);
        var account = await currentUser.GetAccountAsync(cancellationToken);
        var balance = await db.Set<LeaveBalance>().FirstOrDefaultAsync(
            b => b.StaffId == person.Id && b.LeaveTypeId == type.Id && b.Year == input.Year, cancellationToken);
        var before = balance?.EntitledHalfDays;
        if (balance is null)
        {
            balance = new LeaveBalance(Guid.NewGuid(), person.Id, person.HallId, person.UnitId, type.Id, input.Year, (int)Math.Round(halfDays), input.Reason);
            db.Add(balance);
        }
        else balance.Set((int)Math.Round(halfDays), input.Reason);
        db.Add(new LeaveBalanceChange(balance.Id, before, balance.EntitledHalfDays, input.Reason, account.UserId, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return await ForPersonAsync(person, input.Year, cancellationToken);
    }

    /// <summary>
    /// What is left of the type's balance for the stretch's year, in half days, leaving out <paramref name="except"/>
    /// (the request being approved); null when the type keeps no balance.
    /// </summary>
    public async Task<int?> RemainingAsync(StaffSummary person, LeaveType type, int year, bool includePending, Guid? except,
        CancellationToken cancellationToken)
    {
        if (!type.HasBalance) return null;
        var balances = await ForPersonAsync(person, year, cancellationToken);
        var b = balances.Balances.Single(x => x.LeaveTypeId == type.Id);
        var exceptHalfDays = except is { } id
            ? await db.Set<LeaveRequest>().Where(r => r.Id == id && r.Status == LeaveStatus.Pending).Select(r => r.HalfDays).FirstOrDefaultAsync(cancellationToken)
            : 0;
        var pending = includePending ? (int)(b.Pending * 2) - exceptHalfDays : 0;
        return (int)(b.Entitled * 2) - (int)(b.Used * 2) - pending;
    }

    private async Task<StaffSummary> InScopeAsync(Guid staffId, DataScope scope, CancellationToken cancellationToken)
    {
        var person = (await staff.GetByIdsAsync([staffId], cancellationToken)).SingleOrDefault();
        if (person is null || !scope.Covers(person.HallId, person.UnitId, person.Id)) throw new EntityNotFoundException("StaffMember", staffId);
        return person;
    }
}

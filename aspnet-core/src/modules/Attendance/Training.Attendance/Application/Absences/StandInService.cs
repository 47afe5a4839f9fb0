using Microsoft.EntityFrameworkCore;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Time;

namespace Training.Attendance.Application.Absences;

/// <summary>
/// 代理审批: an approver going away names someone of their hall (by staff number) to approve leave in their place from
/// a day to a day; they end it early when they are back. The stand-in needs a role that may approve leave (a lead, a
/// manager, or the lead role given without units for a deputy).
/// </summary>
internal sealed class StandInService(AttendanceDbContext db, ICurrentUser currentUser, IDataScopeProvider scopes, IStaffIntegrationService staff,
    TimeProvider clock)
{
    public async Task<MyStandInsDto> MineAsync(CancellationToken cancellationToken)
    {
        var account = await currentUser.GetAccountAsync(cancellationToken);
        var since = clock.Today().AddDays(-31);
        var rows = await db.Set<ApproverStandIn>().AsNoTracking()
            .Where(s => (s.PrincipalUserId == account.UserId || s.StandInUserId == account.UserId) && s.ToDate >= since)
            .OrderByDescending(s => s.FromDate).Take(100).ToListAsync(cancellationToken);
        return new MyStandInsDto(rows.Where(s => s.PrincipalUserId == account.UserId).Select(Dto).ToList(),
            rows.Where(s => s.StandInUserId == account.UserId).Select(Dto).ToList());
    }

    public async Task<StandInDto> CreateAsync(CreateStandInInput input, CancellationToken cancellationToken)
    {
        var account = await currentUser.GetAccountAsync(cancellationToken);
        var scope = (await scopes.GetAsync(cancellationToken)).ForWriting();
        var halls = scope.Kind == ScopeKind.Halls ? scope.HallIds : [];
        var units = scope.Kind == ScopeKind.Units ? scope.UnitIds : [];
        // Looked up within the approver's own hall (or the halls they manage): a number elsewhere is not found.
        var ownHall = account.StaffId is { } me ? (await staff.GetByIdsAsync([me], cancellationToken)).SingleOrDefault()?.HallId : null;
        var lookIn = new DataScope(ScopeKind.Halls, null, [], [.. halls, .. ownHall is { } h ? [h] : Array.Empty<Guid>()]);
        var person = (await staff.GetByStaffNumbersAsync([input.StandInStaffNumber.Trim()], lookIn, cancellationToken)).SingleOrDefault()
            ?? throw new BusinessException(AttendanceErrorCodes.StandInUnknown, input.StandInStaffNumber.Trim()) { Kind = ErrorKind.NotFound };
        if (person.UserId is not { } standInUser || person.Status != StaffStatus.Active)
            throw new BusinessException(AttendanceErrorCodes.StandInWithoutAccount, person.Name);
        if (standInUser == account.UserId) throw new BusinessException(AttendanceErrorCodes.StandInIsSelf);
        var standIn = new ApproverStandIn(Guid.NewGuid(), account.UserId, account.DisplayName, person.Id, standInUser, person.Name,
            input.FromDate, input.ToDate, units, halls);
        db.Add(standIn);
        await db.SaveChangesAsync(cancellationToken);
        return Dto(standIn);
    }

    /// <summary>The approver is back: the stand-in ends now (only the one who named it ends it).</summary>
    public async Task<StandInDto> EndAsync(Guid id, CancellationToken cancellationToken)
    {
        var account = await currentUser.GetAccountAsync(cancellationToken);
        var standIn = await db.Set<ApproverStandIn>().FirstOrDefaultAsync(s => s.Id == id && s.PrincipalUserId == account.UserId, cancellationToken)
            ?? throw new EntityNotFoundException("ApproverStandIn", id);
        standIn.End(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Dto(standIn);
    }

    private static StandInDto Dto(ApproverStandIn s) =>
        new(s.Id, s.PrincipalUserId, s.PrincipalName, s.StandInStaffId, s.StandInName, s.FromDate, s.ToDate, s.EndedAt);
}

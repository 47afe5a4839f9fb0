using Training.Organization;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Errors;

namespace Training.Attendance.Application.Absences;

/// <summary>The caller as a staff member (their hall, unit and window today), read once per request.</summary>
internal sealed class AbsenceCaller(ICurrentUser currentUser, IStaffIntegrationService staff, IStructureIntegrationService structure)
{
    private StaffSummary? _me;
    private string? _timeZone;

    public async Task<StaffSummary> MeAsync(CancellationToken cancellationToken)
    {
        if (_me is not null) return _me;
        var account = await currentUser.GetAccountAsync(cancellationToken);
        if (account.StaffId is not { } id) throw new BusinessException(AttendanceErrorCodes.NotAStaffMember) { Kind = ErrorKind.Forbidden };
        _me = (await staff.GetByIdsAsync([id], cancellationToken)).SingleOrDefault()
            ?? throw new BusinessException(AttendanceErrorCodes.NotAStaffMember) { Kind = ErrorKind.Forbidden };
        return _me;
    }

    /// <summary>The time zone of the caller's hall: their business dates are its local dates.</summary>
    public async Task<string> TimeZoneAsync(CancellationToken cancellationToken)
    {
        if (_timeZone is not null) return _timeZone;
        var me = await MeAsync(cancellationToken);
        _timeZone = (await structure.GetHallsAsync([me.HallId], cancellationToken)).FirstOrDefault()?.TimeZone ?? AttendanceConsts.DefaultTimeZone;
        return _timeZone;
    }
}

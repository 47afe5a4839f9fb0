using Microsoft.EntityFrameworkCore;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Scoping;

namespace Training.Attendance.Application.PunchFiles;

/// <summary>
/// A person's punches for a day or a range, paged on the server, within the caller's scope by the punch's own hall and
/// unit snapshots (a punch from before a move stays with the hall it happened in).
/// </summary>
internal sealed class PunchListService(AttendanceDbContext db, IDataScopeProvider scopes)
{
    public const int MaxDays = 366;

    private static readonly SortMap<Punch> Sorts = new SortMap<Punch>("at asc")
        .Add("at", p => p.At).Add("rawLocalTime", p => p.RawLocalTime).Add("deviceSerial", p => p.DeviceSerial);

    public async Task<PagedResult<PunchDto>> ListAsync(PunchListInput input, CancellationToken cancellationToken)
    {
        var from = input.From ?? input.To ?? DateOnly.MinValue;
        var to = input.To ?? input.From ?? DateOnly.MaxValue;
        if (to < from || (input.From is not null && input.To is not null && to.DayNumber - from.DayNumber >= MaxDays))
            throw new BusinessException(CommonErrorCodes.OutOfRange, "to", from, from.AddDays(MaxDays - 1));
        var scope = await scopes.GetAsync(cancellationToken);
        var query = db.Punches.AsNoTracking().Where(p => p.StaffId == input.StaffId && p.Date >= from && p.Date <= to)
            .WhereInScope(scope, p => p.HallId, p => p.UnitId, p => p.StaffId);
        var total = await query.CountAsync(cancellationToken);
        var page = await Sorts.Apply(query, input.Sorting).Skip(input.Skip).Take(input.Take)
            .Select(p => new PunchDto(p.Id, p.StaffId, p.DeviceSerial, p.DeviceUserId, p.RawLocalTime, p.At, p.Date, p.VerifyMode, p.State,
                p.Source, p.ArrivedAfterClose, p.ImportId))
            .ToListAsync(cancellationToken);
        return new PagedResult<PunchDto>(total, page);
    }
}

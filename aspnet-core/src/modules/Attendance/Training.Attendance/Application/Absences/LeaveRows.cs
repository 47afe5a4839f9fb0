using Microsoft.EntityFrameworkCore;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Paging;

namespace Training.Attendance.Application.Absences;

/// <summary>A request with its type, read in one query; names of people and units are added for a page at a time.</summary>
internal sealed class LeaveRow
{
    // Init properties, not a positional record: EF translates sorting through a member initialiser, not a constructor.
    public required LeaveRequest Request { get; init; }
    public required LeaveType Type { get; init; }
}

/// <summary>Lists of leave requests: filtered and sorted in SQL, then people and units named in two batched calls.</summary>
internal sealed class LeaveRows(AttendanceDbContext db, IStaffIntegrationService staff, IStructureIntegrationService structure)
{
    public static readonly SortMap<LeaveRow> Sort = new SortMap<LeaveRow>("startDate desc")
        .Add("startDate", x => x.Request.StartDate)
        .Add("endDate", x => x.Request.EndDate)
        .Add("createdAt", x => x.Request.CreatedAt)
        .Add("halfDays", x => x.Request.HalfDays)
        .Add("status", x => x.Request.Status);

    public IQueryable<LeaveRow> Join(IQueryable<LeaveRequest> requests) =>
        from r in requests.AsNoTracking()
        join t in db.Set<LeaveType>() on r.LeaveTypeId equals t.Id
        select new LeaveRow { Request = r, Type = t };

    public async Task<PagedResult<LeaveRequestDto>> PageAsync(IQueryable<LeaveRequest> requests, PagedRequest input, CancellationToken cancellationToken)
    {
        var page = await Join(requests).ToPagedResultAsync(requests, input, Sort, x => x, cancellationToken);
        return new PagedResult<LeaveRequestDto>(page.TotalCount, await DtosAsync(page.Items, cancellationToken));
    }

    public async Task<IReadOnlyList<LeaveRequestDto>> DtosAsync(IReadOnlyList<LeaveRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return [];
        var people = (await staff.GetByIdsAsync(rows.Select(r => r.Request.StaffId).Distinct().ToList(), cancellationToken)).ToDictionary(p => p.Id);
        var unitIds = rows.Where(r => r.Request.UnitId != null).Select(r => r.Request.UnitId!.Value).Distinct().ToList();
        var units = unitIds.Count == 0 ? new Dictionary<Guid, string>()
            : (await structure.GetUnitsAsync(unitIds, null, cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        return rows.Select(x =>
        {
            var (r, t) = (x.Request, x.Type);
            var person = people.GetValueOrDefault(r.StaffId);
            return new LeaveRequestDto(r.Id, r.StaffId, person?.StaffNumber ?? "", person?.Name ?? "", r.HallId, r.UnitId,
                r.UnitId is { } u ? units.GetValueOrDefault(u) : null, t.Id, t.Code, t.NameZh, t.NameEn, r.IsOfficialBusiness,
                r.StartDate, r.StartHalf, r.EndDate, r.EndHalf, r.HalfDays, r.HalfDays / 2.0, r.Reason, r.Status, r.RequiredSteps,
                r.ApprovedSteps, r.PendingStep, r.DecisionReason, r.CreatedAt);
        }).ToList();
    }

    public async Task<LeaveRequestDetailDto> DetailAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await Join(db.Set<LeaveRequest>().Where(r => r.Id == id)).SingleAsync(cancellationToken);
        var actions = await db.Set<LeaveAction>().AsNoTracking().Where(a => a.LeaveRequestId == id).OrderBy(a => a.Id)
            .Select(a => new LeaveActionDto(a.Kind, a.Step, a.ActorName, a.OnBehalfOfName, a.At, a.Reason)).ToListAsync(cancellationToken);
        return new LeaveRequestDetailDto((await DtosAsync([row], cancellationToken))[0], actions);
    }
}

using Microsoft.EntityFrameworkCore;
using Training.Organization;
using Training.Ratings.Domain;
using Training.Ratings.EntityFrameworkCore;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Scoping;

namespace Training.Ratings.Application.Catalogue;

/// <summary>The service records (case volume, on-time completions) the caller's scope covers, latest month first.</summary>
internal sealed class ServiceRecordService(RatingsDbContext db, IDataScopeProvider scopes, IStructureIntegrationService structure,
    IStaffIntegrationService staff)
{
    private static readonly SortMap<ServiceRecord> Sort = new SortMap<ServiceRecord>("year desc, month desc, caseVolume desc")
        .Add("year", r => r.Year).Add("month", r => r.Month).Add("caseVolume", r => r.CaseVolume).Add("onTimeCount", r => r.OnTimeCount);

    public async Task<PagedResult<ServiceRecordDto>> ListAsync(ServiceRecordListInput input, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        var query = db.ServiceRecords.AsNoTracking().WhereInScope(scope, r => r.HallId, r => r.UnitId, r => r.StaffId);
        if (input.HallId is { } hall) query = query.Where(r => r.HallId == hall);
        if (input.UnitId is { } unit) query = query.Where(r => r.UnitId == unit);
        if (input.StaffId is { } person) query = query.Where(r => r.StaffId == person);
        if (input.Year is { } year) query = query.Where(r => r.Year == year);
        if (input.Month is { } month) query = query.Where(r => r.Month == month);
        var page = await query.ToPagedResultAsync(input, Sort, r => r, cancellationToken);
        var units = (await structure.GetUnitsAsync(page.Items.Select(r => r.UnitId).Distinct().ToList(), null, cancellationToken))
            .ToDictionary(u => u.Id);
        var people = (await staff.GetByIdsAsync(page.Items.Select(r => r.StaffId).Distinct().ToList(), cancellationToken)).ToDictionary(p => p.Id);
        return new PagedResult<ServiceRecordDto>(page.TotalCount, page.Items.Select(r => new ServiceRecordDto(r.Id, r.HallId, r.UnitId,
            units.GetValueOrDefault(r.UnitId)?.Name ?? "", r.StaffId, people.GetValueOrDefault(r.StaffId)?.StaffNumber ?? "",
            people.GetValueOrDefault(r.StaffId)?.Name ?? "", r.Year, r.Month, r.CaseVolume, r.OnTimeCount, r.UpdatedAt)).ToList());
    }
}

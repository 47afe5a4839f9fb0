using Microsoft.EntityFrameworkCore;
using Training.Organization;
using Training.Ratings.Domain;
using Training.Ratings.EntityFrameworkCore;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Scoping;

namespace Training.Ratings.Application.Catalogue;

/// <summary>The matter catalogue of the caller's halls and units, filtered and paged on the server.</summary>
internal sealed class MatterService(RatingsDbContext db, IDataScopeProvider scopes, IStructureIntegrationService structure)
{
    private static readonly SortMap<Matter> Sort = new SortMap<Matter>("code")
        .Add("code", m => m.Code).Add("name", m => m.Name).Add("department", m => m.Department);

    public async Task<PagedResult<MatterDto>> ListAsync(MatterListInput input, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        var query = db.Matters.AsNoTracking().WhereInScope(scope, m => m.HallId, m => m.UnitId, null);
        if (input.HallId is { } hall) query = query.Where(m => m.HallId == hall);
        if (input.UnitId is { } unit) query = query.Where(m => m.UnitId == unit);
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            query = query.Where(m => m.Code.Contains(filter) || m.Name.Contains(filter));
        }
        var page = await query.ToPagedResultAsync(input, Sort, m => m, cancellationToken);
        var units = (await structure.GetUnitsAsync(page.Items.Select(m => m.UnitId).Distinct().ToList(), null, cancellationToken))
            .ToDictionary(u => u.Id);
        return new PagedResult<MatterDto>(page.TotalCount, page.Items.Select(m =>
        {
            var unit = units.GetValueOrDefault(m.UnitId);
            return new MatterDto(m.Id, m.HallId, m.UnitId, unit?.Code ?? "", unit?.Name ?? "", m.Code, m.Name, m.Department, m.IsActive);
        }).ToList());
    }
}

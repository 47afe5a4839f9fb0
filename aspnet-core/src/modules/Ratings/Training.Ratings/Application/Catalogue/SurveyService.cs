using Microsoft.EntityFrameworkCore;
using Training.Organization;
using Training.Ratings.Domain;
using Training.Ratings.EntityFrameworkCore;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Scoping;

namespace Training.Ratings.Application.Catalogue;

/// <summary>The survey results of the caller's halls and units, latest period first.</summary>
internal sealed class SurveyService(RatingsDbContext db, IDataScopeProvider scopes, IStructureIntegrationService structure)
{
    private static readonly SortMap<SurveyResult> Sort = new SortMap<SurveyResult>("year desc, period desc, score desc")
        .Add("year", s => s.Year).Add("period", s => s.Period).Add("score", s => s.Score).Add("sampleSize", s => s.SampleSize);

    public async Task<PagedResult<SurveyDto>> ListAsync(SurveyListInput input, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        var query = db.Surveys.AsNoTracking().WhereInScope(scope, s => s.HallId, s => s.UnitId, null);
        if (input.HallId is { } hall) query = query.Where(s => s.HallId == hall);
        if (input.UnitId is { } unit) query = query.Where(s => s.UnitId == unit);
        if (input.Year is { } year) query = query.Where(s => s.Year == year);
        if (input.Period is { } period) query = query.Where(s => s.Period == period);
        var page = await query.Include(s => s.Aspects).ToPagedResultAsync(query, input, Sort, s => s, cancellationToken);
        var units = (await structure.GetUnitsAsync(page.Items.Select(s => s.UnitId).Distinct().ToList(), null, cancellationToken))
            .ToDictionary(u => u.Id);
        return new PagedResult<SurveyDto>(page.TotalCount, page.Items.Select(s =>
        {
            var unit = units.GetValueOrDefault(s.UnitId);
            return new SurveyDto(s.Id, s.HallId, s.UnitId, unit?.Code ?? "", unit?.Name ?? "", s.Year, s.Period, s.Score, s.SampleSize,
                s.Provider, s.Suggestions, s.Aspects.OrderBy(a => a.Aspect, StringComparer.Ordinal).Select(a => new SurveyAspectDto(a.Aspect, a.Score)).ToList());
        }).ToList());
    }
}

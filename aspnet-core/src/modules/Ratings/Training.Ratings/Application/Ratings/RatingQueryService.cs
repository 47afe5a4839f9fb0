using Microsoft.EntityFrameworkCore;
using Training.Ratings.Domain;
using Training.Ratings.EntityFrameworkCore;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Scoping;

namespace Training.Ratings.Application.Ratings;

/// <summary>
/// The ratings a caller may see, filtered, sorted and paged in SQL: the caller's scope (own / units / hall / all) on the
/// snapshot columns of each rating; my ratings are the ones attributed to me. A lead attributes a rating no one could be
/// sure of to one of the people who could have served.
/// </summary>
internal sealed class RatingQueryService(RatingsDbContext db, IDataScopeProvider scopes, RatingRows rows)
{
    private static readonly SortMap<Rating> Sort = new SortMap<Rating>("ratedAt desc")
        .Add("ratedAt", r => r.RatedAt).Add("level", r => r.Level).Add("caseNumber", r => r.CaseNumber).Add("date", r => r.Date)
        .Add("channel", r => r.Channel);

    public async Task<PagedResult<RatingDto>> ListAsync(RatingListInput input, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        return await PageAsync(Filter(db.Ratings.AsNoTracking().WhereInScope(scope, r => r.HallId, r => r.UnitId, r => r.StaffId), input),
            input, cancellationToken);
    }

    public async Task<PagedResult<RatingDto>> ListMineAsync(RatingListInput input, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        if (scope.StaffId is not { } me) return new PagedResult<RatingDto>(0, []);
        return await PageAsync(Filter(db.Ratings.AsNoTracking().Where(r => r.StaffId == me), input with { StaffId = null }), input, cancellationToken);
    }

    public async Task<RatingDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        var rating = await db.Ratings.AsNoTracking().WhereInScope(scope, r => r.HallId, r => r.UnitId, r => r.StaffId)
            .FirstOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new EntityNotFoundException("Rating", id);
        return (await rows.ToDtosAsync([rating], cancellationToken))[0];
    }

    /// <summary>
    /// Names who served a rating marked ambiguous: one of its candidates, by a lead or manager whose writing scope covers
    /// the rating's unit. Its open case follows the person.
    /// </summary>
    public async Task<RatingDto> AttributeAsync(Guid id, AttributeRatingInput input, CancellationToken cancellationToken)
    {
        var scope = (await scopes.GetAsync(cancellationToken)).ForWriting();
        var rating = await db.Ratings.WhereInScope(scope, r => r.HallId, r => r.UnitId, null).FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException("Rating", id);
        if (!rating.NeedsAttribution) throw new BusinessException(RatingsErrorCodes.NotAttributable) { Kind = ErrorKind.Conflict };
        if (!rating.CandidateIds.Contains(input.StaffId)) throw new BusinessException(RatingsErrorCodes.NotACandidate) { Kind = ErrorKind.Invalid };
        rating.AttributeTo(input.StaffId);
        var kase = await db.Cases.FirstOrDefaultAsync(c => c.RatingId == id, cancellationToken);
        kase?.AttributeTo(input.StaffId);
        await db.SaveChangesAsync(cancellationToken);
        return (await rows.ToDtosAsync([rating], cancellationToken))[0];
    }

    private static IQueryable<Rating> Filter(IQueryable<Rating> query, RatingListInput input)
    {
        if (input.HallId is { } hall) query = query.Where(r => r.HallId == hall);
        if (input.UnitId is { } unit) query = query.Where(r => r.UnitId == unit);
        if (input.WindowId is { } window) query = query.Where(r => r.WindowId == window);
        if (input.StaffId is { } staffId) query = query.Where(r => r.StaffId == staffId);
        if (input.MatterId is { } matter) query = query.Where(r => r.MatterId == matter);
        if (input.From is { } from) query = query.Where(r => r.Date >= from);
        if (input.To is { } to) query = query.Where(r => r.Date <= to);
        if (input.Level is { } level) query = query.Where(r => r.Level == level);
        if (input.BadOnly == true) query = query.Where(r => r.Level >= RatingLevel.Dissatisfied);
        if (input.NeedsAttribution == true) query = query.Where(r => r.StaffId == null && r.Attribution == Attribution.Ambiguous);
        if (input.Excluded is { } excluded) query = query.Where(r => (r.ExcludedByAppealId != null) == excluded);
        if (input.Channel is { } channel) query = query.Where(r => r.Channel == channel);
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var f = input.Filter.Trim();
            query = query.Where(r => r.CaseNumber.Contains(f));
        }
        return query;
    }

    private async Task<PagedResult<RatingDto>> PageAsync(IQueryable<Rating> query, RatingListInput input, CancellationToken cancellationToken)
    {
        if (input.TagId is { } tag)
        {
            var tagged = db.RatingTags.Where(t => t.TagId == tag).Select(t => t.RatingId);
            query = query.Where(r => tagged.Contains(r.Id));
        }
        var page = await query.ToPagedResultAsync(input, Sort, r => r, cancellationToken);
        return new PagedResult<RatingDto>(page.TotalCount, await rows.ToDtosAsync(page.Items, cancellationToken));
    }
}

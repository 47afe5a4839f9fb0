using Microsoft.EntityFrameworkCore;
using Training.Ratings.Domain;
using Training.Ratings.EntityFrameworkCore;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Time;

namespace Training.Ratings.Application.Cases;

/// <summary>The workbench's reads: the cases in the caller's scope, filtered and sorted in SQL, and one case in detail.</summary>
internal sealed class CaseQueryService(RatingsDbContext db, CaseCaller callers, CaseRows rows, TimeProvider clock)
{
    private static readonly SortMap<BadRatingCase> Sort = new SortMap<BadRatingCase>("rectifyDue asc, openedAt asc")
        .Add("callbackDue", c => c.CallbackDue)
        .Add("rectifyDue", c => c.RectifyDue)
        .Add("openedAt", c => c.OpenedAt);

    public async Task<PagedResult<CaseDto>> ListAsync(CaseListInput input, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        var query = InScope(caller).AsNoTracking();
        var today = clock.Today();
        if (input.Mine == true) query = query.Where(c => c.HandlerUserId == caller.Account.UserId);
        if (input.State is { } state) query = query.Where(c => c.State == state);
        if (input.Overdue == true) query = query.Overdue(today);
        if (input.DueToday == true) query = query.DueOn(today);
        if (input.HallId is { } hall) query = query.Where(c => c.HallId == hall);
        if (input.UnitId is { } unit) query = query.Where(c => c.UnitId == unit);
        if (input.From is { } from) query = query.Where(c => c.OpenedDate >= from);
        if (input.To is { } to) query = query.Where(c => c.OpenedDate <= to);
        var page = await query.ToPagedResultAsync(input, Sort, c => c, cancellationToken);
        var items = await rows.BuildAsync(page.Items, caller.Account.UserId, cancellationToken);
        return new PagedResult<CaseDto>(page.TotalCount, items);
    }

    public async Task<CaseDetailDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        var found = await InScope(caller).AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
                    ?? throw new EntityNotFoundException("BadRatingCase", id);
        return await rows.DetailAsync(found, caller.Account.UserId, cancellationToken);
    }

    /// <summary>The cases the caller may see: by the hall, unit and staff member of the rating's moment.</summary>
    private IQueryable<BadRatingCase> InScope(CaseCaller.Caller caller) =>
        db.Cases.WhereInScope(caller.Scope, c => c.HallId, c => c.UnitId, c => c.StaffId);
}

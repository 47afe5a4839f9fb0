using Microsoft.EntityFrameworkCore;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Scoping;
using Training.Supervision.Application.Inspections;
using Training.Supervision.Domain;
using Training.Supervision.EntityFrameworkCore;

namespace Training.Supervision.Application.Findings;

/// <summary>
/// Findings in the caller's scope — the halls (managers, inspectors), the units led (a window lead: only their unit's),
/// one's own (staff) — and the caller's own on "my findings". Out of scope answers 404.
/// </summary>
internal sealed class FindingQueryService(SupervisionDbContext db, InspectionCaller callers, FindingRows rows)
{
    private static readonly SortMap<Finding> Sort = new SortMap<Finding>("date desc, recordedAt desc")
        .Add("date", f => f.Date)
        .Add("recordedAt", f => f.RecordedAt)
        .Add("category", f => f.Category)
        .Add("state", f => f.State);

    public async Task<PagedResult<FindingDto>> ListAsync(FindingListInput input, CancellationToken cancellationToken)
    {
        var query = await VisibleAsync(cancellationToken);
        if (input.HallId is { } hall) query = query.Where(f => f.HallId == hall);
        if (input.UnitId is { } unit) query = query.Where(f => f.UnitId == unit);
        if (input.WindowId is { } window) query = query.Where(f => f.WindowId == window);
        if (input.StaffId is { } staff) query = query.Where(f => f.StaffId == staff);
        if (input.InspectionId is { } inspection) query = query.Where(f => f.InspectionId == inspection);
        if (input.Category is { } category) query = query.Where(f => f.Category == category);
        query = Filter(query, input.Kind, input.State, input.From, input.To);
        return await PageAsync(query, input, cancellationToken);
    }

    public async Task<PagedResult<FindingDto>> ListMineAsync(MyFindingListInput input, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        if (caller.Account.StaffId is not { } me) return new PagedResult<FindingDto>(0, []);
        var query = Filter(db.Findings.AsNoTracking().Where(f => f.StaffId == me), input.Kind, input.State, input.From, input.To);
        return await PageAsync(query, input, cancellationToken);
    }

    public async Task<FindingDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var finding = await (await VisibleAsync(cancellationToken)).FirstOrDefaultAsync(f => f.Id == id, cancellationToken)
                      ?? throw new EntityNotFoundException("Finding", id);
        return (await rows.BuildAsync([finding], cancellationToken))[0];
    }

    /// <summary>The findings the caller may read (a lead's unit scope keeps their unit's; staff keep their own).</summary>
    public async Task<IQueryable<Finding>> VisibleAsync(CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        return db.Findings.AsNoTracking().WhereInScope(caller.Scope, f => f.HallId, f => f.UnitId, f => f.StaffId);
    }

    private static IQueryable<Finding> Filter(IQueryable<Finding> query, CatalogueKind? kind, FindingState? state, DateOnly? from, DateOnly? to)
    {
        if (kind is { } k) query = query.Where(f => f.Kind == k);
        if (state is { } s) query = query.Where(f => f.State == s);
        if (from is { } start) query = query.Where(f => f.Date >= start);
        if (to is { } end) query = query.Where(f => f.Date <= end);
        return query;
    }

    private async Task<PagedResult<FindingDto>> PageAsync(IQueryable<Finding> query, PagedRequest input, CancellationToken cancellationToken)
    {
        var page = await query.ToPagedResultAsync(input, Sort, f => f, cancellationToken);
        return new PagedResult<FindingDto>(page.TotalCount, await rows.BuildAsync(page.Items, cancellationToken));
    }
}

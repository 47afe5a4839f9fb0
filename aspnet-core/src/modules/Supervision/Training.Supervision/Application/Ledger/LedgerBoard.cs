using Microsoft.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Time;
using Training.Supervision.Domain;
using Training.Supervision.EntityFrameworkCore;

namespace Training.Supervision.Application.Ledger;

/// <summary>
/// The ledger board in a fixed number of queries, whatever the page or the city: the header counts grouped by state in
/// one aggregate (which also gives the page's total), one page of rows with their progress counts, one call for the unit
/// names and one calendar read for the working days left.
/// </summary>
internal sealed class LedgerBoard(SupervisionDbContext db, IStructureIntegrationService structure, IWorkCalendar calendar, TimeProvider clock)
{
    private static readonly SortMap<LedgerItem> Sort = new SortMap<LedgerItem>("dueOn asc, openedOn asc")
        .Add("dueOn", i => i.DueOn)
        .Add("openedOn", i => i.OpenedOn)
        .Add("state", i => i.State)
        .Add("title", i => i.Title)
        .Add("rectifiedOn", i => i.RectifiedOn)
        .Add("recheckDueOn", i => i.RecheckDueOn);

    private static readonly LedgerState[] OpenStates = [LedgerState.Open, LedgerState.InProgress, LedgerState.SentBack];

    public async Task<LedgerBoardDto> BuildAsync(LedgerListInput input, DataScope scope, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var filtered = Filter(db.LedgerItems.AsNoTracking().WhereInScope(scope, i => i.HallId, i => i.UnitId, null), input);
        var groups = await filtered.GroupBy(i => i.State)
            .Select(g => new StateCount(g.Key, g.Count(), g.Count(i => i.DueOn < today), g.Count(i => i.RecheckDueOn != null && i.RecheckDueOn <= today)))
            .ToListAsync(cancellationToken);
        var counts = Counts(groups);
        var states = input.States is { Length: > 0 } wanted ? wanted.Distinct().ToArray() : null;
        var total = Total(groups, states, input.Overdue == true);

        var rows = filtered;
        if (states is not null) rows = rows.Where(i => states.Contains(i.State));
        if (input.Overdue == true) rows = rows.Where(i => OpenStates.Contains(i.State) && i.DueOn < today);
        List<Row> page = total == 0 ? [] : await Sort.Apply(rows, input.Sorting).Skip(input.Skip).Take(input.Take)
            .Select(i => new Row(i.Id, i.HallId, i.UnitId, i.Source, i.Title, i.ResponsiblePerson, i.OpenedOn, i.DueOn, i.State,
                i.LastMark, i.SentBackCount, i.ReopenedCount, i.Progress.Count(), i.RectifiedOn, i.RecheckDueOn, i.Version))
            .ToListAsync(cancellationToken);
        return new LedgerBoardDto(total, await ToDtosAsync(page, today, cancellationToken), counts);
    }

    /// <summary>One item as a board row (the detail page's head), with the same names and working days.</summary>
    public async Task<LedgerRowDto> RowAsync(LedgerItem item, CancellationToken cancellationToken)
    {
        var row = new Row(item.Id, item.HallId, item.UnitId, item.Source, item.Title, item.ResponsiblePerson, item.OpenedOn, item.DueOn,
            item.State, item.LastMark, item.SentBackCount, item.ReopenedCount, item.Progress.Count, item.RectifiedOn, item.RecheckDueOn, item.Version);
        return (await ToDtosAsync([row], clock.Today(), cancellationToken))[0];
    }

    private static IQueryable<LedgerItem> Filter(IQueryable<LedgerItem> query, LedgerListInput input)
    {
        if (input.HallId is { } hall) query = query.Where(i => i.HallId == hall);
        if (input.UnitId is { } unit) query = query.Where(i => i.UnitId == unit);
        if (input.Source is { } source) query = query.Where(i => i.Source == source);
        if (input.Mark is { } mark) query = query.Where(i => i.LastMark == mark);
        if (input.DueFrom is { } dueFrom) query = query.Where(i => i.DueOn >= dueFrom);
        if (input.DueTo is { } dueTo) query = query.Where(i => i.DueOn <= dueTo);
        if (input.OpenedFrom is { } openedFrom) query = query.Where(i => i.OpenedOn >= openedFrom);
        if (input.OpenedTo is { } openedTo) query = query.Where(i => i.OpenedOn <= openedTo);
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var text = input.Filter.Trim();
            if (text.Length > PagedRequest.MaxFilterLength) throw new BusinessException(CommonErrorCodes.TooLong, "filter", PagedRequest.MaxFilterLength);
            query = query.Where(i => i.Title.Contains(text) || (i.Requirement != null && i.Requirement.Contains(text))
                || (i.ResponsiblePerson != null && i.ResponsiblePerson.Contains(text)));
        }
        return query;
    }

    private static LedgerCountsDto Counts(IReadOnlyList<StateCount> groups)
    {
        int Of(LedgerState state) => groups.Where(g => g.State == state).Sum(g => g.Count);
        return new LedgerCountsDto(Of(LedgerState.Open), Of(LedgerState.InProgress), Of(LedgerState.Rectified), Of(LedgerState.Accepted),
            Of(LedgerState.SentBack), groups.Where(g => OpenStates.Contains(g.State)).Sum(g => g.PastDue),
            groups.Where(g => g.State == LedgerState.Accepted).Sum(g => g.RecheckDue));
    }

    /// <summary>The page's total from the grouped counts: the rows' filters are the counts' plus states and overdue.</summary>
    private static int Total(IReadOnlyList<StateCount> groups, LedgerState[]? states, bool overdueOnly) =>
        groups.Where(g => states is null || states.Contains(g.State))
            .Sum(g => !overdueOnly ? g.Count : OpenStates.Contains(g.State) ? g.PastDue : 0);

    private async Task<IReadOnlyList<LedgerRowDto>> ToDtosAsync(IReadOnlyList<Row> rows, DateOnly today, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return [];
        var units = (await structure.GetUnitsAsync(rows.Select(r => r.UnitId).Distinct().ToList(), null, cancellationToken))
            .ToDictionary(u => u.Id, u => u.Name);
        var open = rows.Where(r => OpenStates.Contains(r.State)).ToList();
        IReadOnlySet<DateOnly> workingDays = new HashSet<DateOnly>();
        if (open.Count > 0)
        {
            var from = open.Min(r => r.DueOn) < today ? open.Min(r => r.DueOn) : today;
            var to = open.Max(r => r.DueOn) > today ? open.Max(r => r.DueOn) : today;
            workingDays = await calendar.GetWorkingDaysAsync(from, to, cancellationToken);
        }
        return rows.Select(r =>
        {
            var isOpen = OpenStates.Contains(r.State);
            int? left = !isOpen ? null
                : r.DueOn >= today ? workingDays.Count(d => d > today && d <= r.DueOn)
                : -workingDays.Count(d => d > r.DueOn && d <= today);
            return new LedgerRowDto(r.Id, r.HallId, r.UnitId, units.GetValueOrDefault(r.UnitId, ""), r.Source, r.Title, r.ResponsiblePerson,
                r.OpenedOn, r.DueOn, r.State, isOpen && today > r.DueOn, left, r.LastMark, r.SentBackCount, r.ReopenedCount, r.ProgressCount,
                r.RectifiedOn, r.RecheckDueOn, r.Version);
        }).ToList();
    }

    private sealed record StateCount(LedgerState State, int Count, int PastDue, int RecheckDue);

    private sealed record Row(Guid Id, Guid HallId, Guid UnitId, LedgerSource Source, string Title, string? ResponsiblePerson,
        DateOnly OpenedOn, DateOnly DueOn, LedgerState State, SendBackMark? LastMark, int SentBackCount, int ReopenedCount,
        int ProgressCount, DateOnly? RectifiedOn, DateOnly? RecheckDueOn, int Version);
}

using Microsoft.EntityFrameworkCore;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Files;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Time;
using Training.Unresolved.Application.Common;
using Training.Unresolved.Domain;
using Training.Unresolved.EntityFrameworkCore;

namespace Training.Unresolved.Application.Cases;

/// <summary>The case list (filters, paging and sorting in SQL, within the caller's visibility), a case in full, and its attachments.</summary>
internal sealed class CaseQueryService(
    UnresolvedDbContext db, CaseCaller callers, CaseNames names, CaseDetails details, IFileStorage files, TimeProvider clock)
{
    private static readonly SortMap<UnresolvedCase> Sort = new SortMap<UnresolvedCase>("receivedAt desc")
        .Add("receivedAt", c => c.ReceivedAt)
        .Add("number", c => c.Number)
        .Add("state", c => c.State)
        .Add("category", c => c.Category);

    public async Task<PagedResult<CaseRowDto>> ListAsync(UnresolvedCaseListInput input, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        var today = clock.Today();
        var query = Filter(db.Cases.AsNoTracking().VisibleTo(caller), input, today);
        var page = await query.ToPagedResultAsync(input, Sort, CaseRow.Projection(caller), cancellationToken);
        var lookup = await names.ForAsync(page.Items, cancellationToken);
        return new PagedResult<CaseRowDto>(page.TotalCount, page.Items.Select(r => r.ToDto(caller, lookup, today)).ToList());
    }

    public async Task<UnresolvedCaseDetailDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        var @case = await db.Cases.AsNoTracking().VisibleTo(caller).Where(c => c.Id == id)
                        .Include(c => c.Steps).Include(c => c.Deadlines).Include(c => c.Transfers).ThenInclude(t => t.Attachments)
                        .AsSplitQuery().FirstOrDefaultAsync(cancellationToken)
                    ?? throw new EntityNotFoundException("UnresolvedCase", id);
        return await details.BuildAsync(@case, caller, cancellationToken);
    }

    /// <summary>An attachment of a receiver's answer, for whoever sees the case.</summary>
    public async Task<FileContent> AttachmentAsync(Guid id, Guid fileId, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        var listed = await db.Cases.AsNoTracking().VisibleTo(caller).Where(c => c.Id == id)
            .SelectMany(c => c.Transfers).SelectMany(t => t.Attachments).AnyAsync(a => a.FileId == fileId, cancellationToken);
        if (!listed) throw new EntityNotFoundException("TransferAttachment", fileId);
        return await files.OpenAsync(fileId, cancellationToken) ?? throw new EntityNotFoundException("TransferAttachment", fileId);
    }

    private static IQueryable<UnresolvedCase> Filter(IQueryable<UnresolvedCase> query, UnresolvedCaseListInput input, DateOnly today)
    {
        if (input.HallId is { } hall) query = query.Where(c => c.HallId == hall);
        if (input.States is { Length: > 0 } states)
        {
            var wanted = states.Distinct().ToList();
            query = query.Where(c => wanted.Contains(c.State));
        }
        if (input.Category is { } category) query = query.Where(c => c.Category == category);
        if (input.UnitId is { } unit) query = query.Where(c => c.UnitId == unit);
        if (input.ReceiverId is { } receiver) query = query.Where(c => c.Transfers.Any(t => t.ReceiverId == receiver));
        if (input.From is { } from) query = query.Where(c => c.ReceivedOn >= from);
        if (input.To is { } to) query = query.Where(c => c.ReceivedOn <= to);
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var text = input.Filter.Trim();
            query = query.Where(c => c.Number.Contains(text) || c.Matter.Contains(text) || c.Description.Contains(text));
        }
        if (input.OverdueOnly == true)
            query = query.Where(c => c.Deadlines.Any(d => d.MetAt == null && d.LapsedAt == null && d.DueOn < today));
        return query;
    }
}

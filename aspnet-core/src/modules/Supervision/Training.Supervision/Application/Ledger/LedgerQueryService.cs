using Microsoft.EntityFrameworkCore;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Files;
using Training.SharedKernel.Scoping;
using Training.Supervision.Domain;
using Training.Supervision.EntityFrameworkCore;

namespace Training.Supervision.Application.Ledger;

/// <summary>The ledger's reads in the caller's scope (a lead: their units; a manager or inspector: their halls); out of scope is 404.</summary>
internal sealed class LedgerQueryService(SupervisionDbContext db, LedgerCaller callers, LedgerBoard board, LedgerDetails details, IFileStorage files)
{
    public async Task<LedgerBoardDto> BoardAsync(LedgerListInput input, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        return await board.BuildAsync(input, caller.Scope, cancellationToken);
    }

    public async Task<LedgerDetailDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        var item = await Visible(caller).Include(i => i.Progress).ThenInclude(p => p.Evidence).Include(i => i.Reviews).AsSplitQuery()
                       .FirstOrDefaultAsync(i => i.Id == id, cancellationToken)
                   ?? throw new EntityNotFoundException("LedgerItem", id);
        return await details.BuildAsync(item, caller, cancellationToken);
    }

    /// <summary>An evidence file of an item the caller may see, with its stored name.</summary>
    public async Task<FileContent> EvidenceAsync(Guid id, Guid fileId, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        var listed = await Visible(caller).Where(i => i.Id == id).SelectMany(i => i.Progress).SelectMany(p => p.Evidence)
            .AnyAsync(e => e.FileId == fileId, cancellationToken);
        if (!listed) throw new EntityNotFoundException("LedgerEvidence", fileId);
        return await files.OpenAsync(fileId, cancellationToken) ?? throw new EntityNotFoundException("LedgerEvidence", fileId);
    }

    private IQueryable<LedgerItem> Visible(LedgerCaller.Caller caller) =>
        db.LedgerItems.AsNoTracking().WhereInScope(caller.Scope, i => i.HallId, i => i.UnitId, null);
}

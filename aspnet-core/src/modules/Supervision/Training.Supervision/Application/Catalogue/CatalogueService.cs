using Microsoft.EntityFrameworkCore;
using Training.SharedKernel.Errors;
using Training.Supervision.Domain;
using Training.Supervision.EntityFrameworkCore;

namespace Training.Supervision.Application.Catalogue;

/// <summary>
/// The versioned catalogue: the current items (a short list, sorted in memory: categories are stored by name), an
/// item's versions, create, revise (the next version; findings keep theirs), retire and restore. Items are named by
/// their code, which stays across versions.
/// </summary>
internal sealed class CatalogueService(SupervisionDbContext db)
{
    public async Task<IReadOnlyList<CatalogueItemDto>> ListAsync(CatalogueListInput input, CancellationToken cancellationToken)
    {
        var query = db.CatalogueItems.AsNoTracking().Where(c => c.IsCurrent);
        if (input.Kind is { } kind) query = query.Where(c => c.Kind == kind);
        if (input.Category is { } category) query = query.Where(c => c.Category == category);
        if (input.IncludeRetired != true) query = query.Where(c => !c.IsRetired);
        var items = await query.ToListAsync(cancellationToken);
        return items.OrderBy(c => c.Category).ThenBy(c => c.SortOrder).ThenBy(c => c.Code, StringComparer.Ordinal).Select(ToDto).ToList();
    }

    public async Task<IReadOnlyList<CatalogueItemDto>> VersionsAsync(string code, CancellationToken cancellationToken)
    {
        var versions = await db.CatalogueItems.AsNoTracking().Where(c => c.Code == code).OrderByDescending(c => c.Version).ToListAsync(cancellationToken);
        return versions.Count == 0 ? throw new EntityNotFoundException("CatalogueItem", code) : versions.Select(ToDto).ToList();
    }

    public async Task<CatalogueItemDto> CreateAsync(CreateCatalogueItemInput input, CancellationToken cancellationToken)
    {
        if (await db.CatalogueItems.AnyAsync(c => c.Code == input.Code, cancellationToken))
            throw new BusinessException(SupervisionErrorCodes.CatalogueCodeTaken, input.Code) { Kind = ErrorKind.Conflict };
        var item = new CatalogueItem(Guid.NewGuid(), input.Code, 1, CatalogueItem.KindOf(input.Category), input.Category, input.NameZh.Trim(),
            input.NameEn.Trim(), input.Description?.Trim(), input.PersonPoints, input.UnitPoints, input.SortOrder);
        db.CatalogueItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(item);
    }

    /// <summary>A revision keeps the item's kind (the model refuses a category of the other kind): findings count by kind.</summary>
    public async Task<CatalogueItemDto> ReviseAsync(string code, ReviseCatalogueItemInput input, CancellationToken cancellationToken)
    {
        var current = await CurrentAsync(code, cancellationToken);
        if (current.Version != input.Version) throw new BusinessException(CommonErrorCodes.Conflict) { Kind = ErrorKind.Conflict };
        var next = current.Revise(Guid.NewGuid(), input.Category, input.NameZh.Trim(), input.NameEn.Trim(), input.Description?.Trim(),
            input.PersonPoints, input.UnitPoints, input.SortOrder);
        if (current.IsRetired) next.Retire();
        db.CatalogueItems.Add(next);
        // The unique (code, version) index turns a concurrent revision of the same version into a conflict.
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new BusinessException(CommonErrorCodes.Conflict) { Kind = ErrorKind.Conflict };
        }
        return ToDto(next);
    }

    public async Task<CatalogueItemDto> RetireAsync(string code, bool retire, CancellationToken cancellationToken)
    {
        var current = await CurrentAsync(code, cancellationToken);
        if (retire) current.Retire();
        else current.Restore();
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(current);
    }

    private async Task<CatalogueItem> CurrentAsync(string code, CancellationToken cancellationToken) =>
        await db.CatalogueItems.FirstOrDefaultAsync(c => c.Code == code && c.IsCurrent, cancellationToken)
        ?? throw new EntityNotFoundException("CatalogueItem", code);

    public static CatalogueItemDto ToDto(CatalogueItem c) => new(c.Id, c.Code, c.Version, c.Kind, c.Category, c.NameZh, c.NameEn,
        c.Description, c.PersonPoints, c.UnitPoints, c.SortOrder, c.IsCurrent, c.IsRetired);
}

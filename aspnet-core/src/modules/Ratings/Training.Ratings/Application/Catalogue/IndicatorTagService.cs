using Microsoft.EntityFrameworkCore;
using Training.Ratings.Domain;
using Training.Ratings.EntityFrameworkCore;
using Training.SharedKernel.Errors;

namespace Training.Ratings.Application.Catalogue;

/// <summary>The indicator tags (a short list, the same for every hall): listed, created, edited; never deleted (ratings keep them).</summary>
internal sealed class IndicatorTagService(RatingsDbContext db)
{
    public async Task<IReadOnlyList<IndicatorTagDto>> ListAsync(CancellationToken cancellationToken) =>
        await db.Tags.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Code)
            .Select(t => new IndicatorTagDto(t.Id, t.Code, t.NameZh, t.NameEn, t.SortOrder, t.IsActive)).ToListAsync(cancellationToken);

    public async Task<IndicatorTagDto> CreateAsync(SaveIndicatorTagInput input, CancellationToken cancellationToken)
    {
        if (await db.Tags.AnyAsync(t => t.Code == input.Code, cancellationToken))
            throw new BusinessException(RatingsErrorCodes.TagCodeTaken, input.Code) { Kind = ErrorKind.Conflict };
        var tag = new IndicatorTag(Guid.NewGuid(), input.Code, input.NameZh, input.NameEn, input.SortOrder);
        if (!input.IsActive) tag.Update(input.NameZh, input.NameEn, input.SortOrder, false);
        db.Tags.Add(tag);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(tag);
    }

    /// <summary>Edits the names, order and state; the code stays what it was (pads send it).</summary>
    public async Task<IndicatorTagDto> UpdateAsync(Guid id, SaveIndicatorTagInput input, CancellationToken cancellationToken)
    {
        var tag = await db.Tags.FirstOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw new EntityNotFoundException("IndicatorTag", id);
        tag.Update(input.NameZh, input.NameEn, input.SortOrder, input.IsActive);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(tag);
    }

    private static IndicatorTagDto ToDto(IndicatorTag t) => new(t.Id, t.Code, t.NameZh, t.NameEn, t.SortOrder, t.IsActive);
}

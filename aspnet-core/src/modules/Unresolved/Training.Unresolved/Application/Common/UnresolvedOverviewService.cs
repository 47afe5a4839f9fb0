using Microsoft.EntityFrameworkCore;
using Training.Unresolved.EntityFrameworkCore;

namespace Training.Unresolved.Application.Common;

internal sealed class UnresolvedOverviewService(UnresolvedDbContext db)
{
    public async Task<UnresolvedOverviewDto> GetAsync(CancellationToken cancellationToken) =>
        new(UnresolvedDbContext.Prefix, await db.Outbox.CountAsync(m => m.ProcessedAt == null, cancellationToken));
}

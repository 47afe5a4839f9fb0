using Microsoft.EntityFrameworkCore;
using Training.Contests.EntityFrameworkCore;

namespace Training.Contests.Application;

internal sealed class ContestsOverviewService(ContestsDbContext db)
{
    public async Task<ContestsOverviewDto> GetAsync(CancellationToken cancellationToken) =>
        new(ContestsDbContext.Prefix, await db.Outbox.CountAsync(m => m.ProcessedAt == null, cancellationToken));
}

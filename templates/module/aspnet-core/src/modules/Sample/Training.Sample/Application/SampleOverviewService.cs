using Microsoft.EntityFrameworkCore;
using Training.Sample.EntityFrameworkCore;

namespace Training.Sample.Application;

internal sealed class SampleOverviewService(SampleDbContext db)
{
    public async Task<SampleOverviewDto> GetAsync(CancellationToken cancellationToken) =>
        new(SampleDbContext.Prefix, await db.Outbox.CountAsync(m => m.ProcessedAt == null, cancellationToken));
}

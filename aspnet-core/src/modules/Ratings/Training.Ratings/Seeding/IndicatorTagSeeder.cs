using Microsoft.EntityFrameworkCore;
using Training.Ratings.Domain;
using Training.Ratings.EntityFrameworkCore;
using Training.SharedKernel.Data;

namespace Training.Ratings.Seeding;

/// <summary>
/// The indicator tags every hall starts with, on every start (not only demo data): a missing code is added, an existing
/// one is left as the administrator edited it.
/// </summary>
internal sealed class IndicatorTagSeeder(RatingsDbContext db) : IDataSeeder
{
    public static readonly (string Code, string Zh, string En)[] Defaults =
    [
        ("attitude", "态度", "Attitude"),
        ("efficiency", "效率", "Efficiency"),
        ("competence", "业务能力", "Competence"),
        ("environment", "环境", "Environment"),
        ("conduct", "规范", "Conduct"),
    ];

    public int Order => 300;

    public async Task SeedAsync(SeedOptions options, CancellationToken cancellationToken)
    {
        var existing = (await db.Tags.Select(t => t.Code).ToListAsync(cancellationToken)).ToHashSet();
        var order = 0;
        foreach (var (code, zh, en) in Defaults)
        {
            order += 10;
            if (!existing.Contains(code)) db.Tags.Add(new IndicatorTag(Guid.NewGuid(), code, zh, en, order));
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using Training.SharedKernel.Data;
using Training.Supervision.Domain;
using Training.Supervision.EntityFrameworkCore;

namespace Training.Supervision.Seeding;

/// <summary>
/// The catalogue every hall starts with, on every start (not demo data): violations of 000 and 002 by category and the
/// three commendations, with person and unit points. A missing code is added; an existing one is left as the
/// administrator edited, revised or retired it.
/// </summary>
internal sealed class CatalogueSeeder(SupervisionDbContext db) : IDataSeeder
{
    public static readonly (string Code, CatalogueCategory Category, string Zh, string En, double Person, double Unit)[] Defaults =
    [
        ("GZJL-01", CatalogueCategory.WorkDiscipline, "迟到早退", "Late arrival or early leave", 2, 1),
        ("GZJL-02", CatalogueCategory.WorkDiscipline, "脱岗串岗", "Away from or wandering off the post", 3, 2),
        ("GZJL-03", CatalogueCategory.WorkDiscipline, "工作时间玩手机", "Playing on the phone at work", 2, 1),
        ("YRYB-01", CatalogueCategory.AppearanceEtiquette, "未按规定着装", "Not dressed as required", 1, 0.5),
        ("YRYB-02", CatalogueCategory.AppearanceEtiquette, "未佩戴工作牌", "No work badge worn", 1, 0.5),
        ("FWTD-01", CatalogueCategory.ServiceAttitude, "态度生硬", "Curt or harsh manner", 3, 2),
        ("FWTD-02", CatalogueCategory.ServiceAttitude, "推诿扯皮", "Passing the buck", 5, 3),
        ("FWTD-03", CatalogueCategory.ServiceAttitude, "未落实一次性告知", "Requirements not told all at once", 3, 2),
        ("LJ-01", CatalogueCategory.Integrity, "吃拿卡要", "Asking for favours or gifts", 10, 5),
        ("YWGF-01", CatalogueCategory.BusinessNorms, "私设审批条件", "Approval conditions made up", 5, 3),
        ("YWGF-02", CatalogueCategory.BusinessNorms, "超时办结", "Completed past the time limit", 3, 2),
        ("YWGF-03", CatalogueCategory.BusinessNorms, "线上线下信息不一致", "Online and hall information differ", 2, 2),
        ("JQ-01", CatalogueCategory.Banner, "锦旗", "Silk banner of thanks", 2, 1),
        ("GXX-01", CatalogueCategory.ThankYouLetter, "感谢信", "Letter of thanks", 2, 1),
        ("HRHS-01", CatalogueCategory.GoodDeed, "好人好事", "Good deed", 2, 1),
    ];

    public int Order => 300;

    public async Task SeedAsync(SeedOptions options, CancellationToken cancellationToken)
    {
        var existing = (await db.CatalogueItems.Select(c => c.Code).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var order = 0;
        foreach (var (code, category, zh, en, person, unit) in Defaults)
        {
            order += 10;
            if (!existing.Contains(code))
                db.CatalogueItems.Add(new CatalogueItem(Guid.NewGuid(), code, 1, CatalogueItem.KindOf(category), category, zh, en, null, person, unit, order));
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}

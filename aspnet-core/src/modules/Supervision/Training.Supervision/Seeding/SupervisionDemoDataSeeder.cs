using Microsoft.EntityFrameworkCore;
using Training.Organization;
using Training.Ratings;
using Training.SharedKernel.Data;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Settings;
using Training.SharedKernel.Time;
using Training.Supervision.Domain;
using Training.Supervision.EntityFrameworkCore;

namespace Training.Supervision.Seeding;

/// <summary>
/// Demo supervision over the last four months of the demo halls: inspections of every kind (one 走流程 per mode with its
/// steps, the 倒推 one from a bad rating), about sixty findings against people and windows (a few disputed, one
/// withdrawn, one upheld), commendations, and about twenty-five ledger items in every state (some overdue, one sent
/// back as 虚假整改, one as 敷衍整改, one accepted with its 回头看 due). Made through the domain's methods, deterministic
/// (a fixed seed), only with demo data, only on an empty module, after the catalogue's seeder.
/// </summary>
internal sealed class SupervisionDemoDataSeeder(
    SupervisionDbContext db, IStructureIntegrationService structure, IStaffIntegrationService staff, IRatingIntegrationService ratings,
    IWorkCalendar calendar, ISettingProvider settings, UnitOfWork unitOfWork, TimeProvider clock) : IDataSeeder
{
    public const string InspectorNumber = "S0012";
    public const string ManagerNumber = "S0001";
    public const int Months = 4;

    /// <summary>After the catalogue's seeder and Ratings' demo data (a 倒推 walk starts from one of its bad ratings).</summary>
    public int Order => 520;

    public async Task SeedAsync(SeedOptions options, CancellationToken cancellationToken)
    {
        if (!options.Demo || await db.Inspections.AnyAsync(cancellationToken)) return;
        var catalogue = await db.CatalogueItems.Where(c => c.IsCurrent && !c.IsRetired).OrderBy(c => c.SortOrder).ThenBy(c => c.Code)
            .ToListAsync(cancellationToken);
        var halls = await DemoHall.ReadAsync(structure, staff, cancellationToken);
        var known = await staff.GetByStaffNumbersAsync([InspectorNumber, ManagerNumber], DataScope.Everything, cancellationToken);
        var inspector = known.FirstOrDefault(p => p.StaffNumber == InspectorNumber && p.UserId is not null);
        var manager = known.FirstOrDefault(p => p.StaffNumber == ManagerNumber && p.UserId is not null);
        if (catalogue.Count(c => c.Kind == CatalogueKind.Violation) == 0 || halls.Count == 0 || inspector is null || manager is null) return;

        var today = clock.Today();
        var start = today.AddMonths(-Months);
        var days = await DemoCalendar.ReadAsync(calendar, start.AddDays(-7), today.AddMonths(3), cancellationToken);
        var past = days.Days.Where(d => d >= start && d < today).ToList();
        var rules = new Dictionary<Guid, DemoRules>();
        foreach (var hall in halls) rules[hall.Hall.Id] = await DemoRules.ReadAsync(settings, hall.Hall.Id, cancellationToken);
        var badRating = (await ratings.GetSourcesAsync(halls[0].Holders.Select(h => h.Id).ToList(), start, today, cancellationToken))
            .FirstOrDefault(s => s.Kind == RatingSourceKind.Rating && s.Level is RatingLevel.Dissatisfied or RatingLevel.VeryDissatisfied && !s.Excluded);

        var world = new DemoWorld(db, catalogue, days, rules, new DemoActor(inspector.UserId!.Value, inspector.Id, inspector.Name),
            new DemoActor(manager.UserId!.Value, manager.Id, manager.Name), today, new Random(2026_14));
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        world.AddInspections(halls, past, badRating?.Id);
        await db.SaveChangesAsync(cancellationToken);
        world.AddLedger();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync();
    }
}

/// <summary>A hall's deadlines as its settings say (read once per hall).</summary>
internal sealed record DemoRules(int DisputeDays, int RectifyDays, int RecheckDays)
{
    public static async Task<DemoRules> ReadAsync(ISettingProvider settings, Guid hallId, CancellationToken cancellationToken) =>
        new(await settings.GetIntAsync(SupervisionSettings.DisputeWorkingDays, hallId, cancellationToken),
            await settings.GetIntAsync(SupervisionSettings.RectifyWorkingDays, hallId, cancellationToken),
            await settings.GetIntAsync(SupervisionSettings.RecheckDays, hallId, cancellationToken));
}

internal sealed record DemoActor(Guid UserId, Guid StaffId, string Name);

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.SharedKernel.Data;
using Training.SharedKernel.Time;
using Training.Supervision;
using Training.Supervision.EntityFrameworkCore;
using Training.Supervision.Seeding;
using Training.Tests.Infrastructure;

namespace Training.Tests.Supervision;

/// <summary>
/// The demo data: inspections of every kind (a walk-through per mode with steps, the 倒推 one from a bad rating), about
/// sixty findings with disputes decided both ways, commendations, a ledger in every state with the two marks, overdue
/// items and a 回头看 due; a second run adds nothing.
/// </summary>
public abstract class SupervisionDemoDataTests(ClockedAppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_seed_every_kind_state_and_mark_once()
    {
        foreach (var category in Enum.GetValues<CatalogueCategory>()) await _app.CatalogueItemAsync(category, 2, 1);
        await SeedAsync();
        var before = await CountsAsync();
        await SeedAsync();

        var today = fixture.Clock.Today();
        var (inspections, findings, ledger) = await _app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<SupervisionDbContext>();
            return (await db.Inspections.AsNoTracking().Include(i => i.Steps).Include(i => i.Inspectors).ToListAsync(),
                await db.Findings.AsNoTracking().ToListAsync(), await db.LedgerItems.AsNoTracking().Include(l => l.Reviews).ToListAsync());
        });
        (await CountsAsync()).ShouldBe(before);
        inspections.Count.ShouldBeGreaterThanOrEqualTo(10);
        inspections.Select(i => i.Kind).Distinct().Count().ShouldBe(Enum.GetValues<InspectionKind>().Length);
        inspections.Where(i => i.Kind == InspectionKind.WalkThrough).Select(i => i.WalkMode).ShouldBe(Enum.GetValues<WalkMode>().Cast<WalkMode?>(), ignoreOrder: true);
        inspections.Where(i => i.Kind == InspectionKind.WalkThrough).ShouldAllBe(i => i.Steps.Count > 0 && i.Inspectors.Count == 1);
        inspections.Single(i => i.WalkMode == WalkMode.Backward).BackwardSource.ShouldBe(BackwardSource.BadRating);
        findings.Count.ShouldBeInRange(50, 70);
        findings.ShouldContain(f => f.Target == FindingTarget.Person);
        findings.ShouldContain(f => f.Target == FindingTarget.Window);
        findings.Count(f => f.State == FindingState.Disputed).ShouldBe(3);
        findings.Count(f => f.State == FindingState.Withdrawn).ShouldBe(1);
        findings.Count(f => f.State == FindingState.Upheld).ShouldBe(1);
        findings.Count(f => f.Kind == CatalogueKind.Commendation).ShouldBeGreaterThanOrEqualTo(5);
        findings.Min(f => f.Date).ShouldBeLessThan(today.AddMonths(-3));
        ledger.Count.ShouldBeInRange(20, 30);
        ledger.Select(l => l.State).Distinct().Count().ShouldBe(Enum.GetValues<LedgerState>().Length);
        ledger.Select(l => l.Source).Distinct().Count().ShouldBe(Enum.GetValues<LedgerSource>().Length);
        ledger.Count(l => l.IsOverdue(today)).ShouldBeGreaterThan(0);
        ledger.Where(l => l.State == LedgerState.SentBack).Select(l => l.LastMark).ShouldBe([SendBackMark.False, SendBackMark.Perfunctory], ignoreOrder: true);
        ledger.ShouldContain(l => l.State == LedgerState.Accepted && l.RecheckDueOn <= today);
    }

    private Task<bool> SeedAsync() =>
        _app.WithScopeAsync(async sp =>
        {
            await sp.GetServices<IDataSeeder>().OfType<SupervisionDemoDataSeeder>().Single().SeedAsync(new SeedOptions(true, null), CancellationToken.None);
            return true;
        });

    private Task<(int, int, int)> CountsAsync() =>
        _app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<SupervisionDbContext>();
            return (await db.Inspections.CountAsync(), await db.Findings.CountAsync(), await db.LedgerItems.CountAsync());
        });
}

public sealed class SupervisionDemoDataTests_Sqlite(SqliteClockedAppFixture fixture)
    : SupervisionDemoDataTests(fixture), IClassFixture<SqliteClockedAppFixture>;

public sealed class SupervisionDemoDataTests_PostgreSql(PostgreSqlClockedAppFixture fixture)
    : SupervisionDemoDataTests(fixture), IClassFixture<PostgreSqlClockedAppFixture>;

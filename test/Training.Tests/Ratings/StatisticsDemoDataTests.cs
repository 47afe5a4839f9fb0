using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Ratings;
using Training.Ratings.EntityFrameworkCore;
using Training.Ratings.Seeding;
using Training.SharedKernel.Data;
using Training.SharedKernel.Time;
using Training.Tests.Infrastructure;

namespace Training.Tests.Ratings;

/// <summary>The demo ratings make the dashboard alive: months of ratings, cases at every step, two overdue; seeding again adds nothing.</summary>
public abstract class StatisticsDemoDataTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_give_the_demo_hall_a_living_dashboard_and_seed_only_once()
    {
        var manager = await _app.SignedInAsync(Demo.Manager);
        var hall = await _app.HallIdAsync(RatingsDemoDataSeeder.HallCode);
        var today = TimeProvider.System.Today();

        var dashboard = await manager.GetAsync<DashboardDto>($"/api/ratings/dashboard?from={today.AddDays(-120):yyyy-MM-dd}&to={today:yyyy-MM-dd}&hallId={hall}");

        dashboard.Totals.Counts.Total.ShouldBeGreaterThan(1000);
        dashboard.Totals.Counts.Bad.ShouldBeGreaterThan(10);
        dashboard.Totals.Counts.SatisfactionRate!.Value.ShouldBeInRange(0.9, 1.0);
        dashboard.Cases.Overdue.ShouldBeGreaterThanOrEqualTo(1);
        dashboard.Cases.CallbackRate!.Value.ShouldBeInRange(0.5, 1.0);
        dashboard.ByWindow.Count.ShouldBeGreaterThan(10);
        dashboard.ByMatter.Count.ShouldBeGreaterThan(10);
        dashboard.ByTag.Count.ShouldBe(5);
        dashboard.Surveys.ShouldNotBeEmpty();
        dashboard.ServiceEfficiency.CaseVolume.ShouldBeGreaterThan(0);
        var states = await _app.WithScopeAsync(async sp => await sp.GetRequiredService<RatingsDbContext>().Cases.Select(c => c.State).Distinct().ToListAsync());
        states.Count.ShouldBeGreaterThanOrEqualTo(4);

        var before = await RatingCountAsync();
        await _app.WithScopeAsync(async sp =>
        {
            foreach (var seeder in sp.GetServices<IDataSeeder>().OfType<RatingsDemoDataSeeder>())
                await seeder.SeedAsync(new SeedOptions(Demo: true, AdminPassword: null), CancellationToken.None);
            return 0;
        });
        (await RatingCountAsync()).ShouldBe(before);
    }

    private async Task<int> RatingCountAsync() =>
        await _app.WithScopeAsync(async sp => await sp.GetRequiredService<RatingsDbContext>().Ratings.CountAsync(r => r.SourceKey == RatingsDemoDataSeeder.SourceKey));
}

[Collection(SqliteCollection.Name)]
public sealed class StatisticsDemoDataTests_Sqlite(SqliteAppFixture fixture) : StatisticsDemoDataTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class StatisticsDemoDataTests_PostgreSql(PostgreSqlAppFixture fixture) : StatisticsDemoDataTests(fixture);

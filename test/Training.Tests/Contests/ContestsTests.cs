using System.Net;
using Training.Contests;
using Training.Tests.Infrastructure;

namespace Training.Tests.Contests;

/// <summary>Contests's endpoint on SQLite and PostgreSQL: it answers those granted its permission, and nobody else.</summary>
public abstract class ContestsTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_give_the_overview_to_a_hall_manager()
    {
        var manager = _app.CreateApiClient();
        await manager.LoginAsync(Demo.Manager);

        var overview = await manager.GetAsync<ContestsOverviewDto>("/api/contests/overview");

        overview.Module.ShouldBe("Contests");
        overview.PendingEvents.ShouldBeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public async Task Should_refuse_the_overview_without_the_permission()
    {
        var staff = _app.CreateApiClient();
        await staff.LoginAsync(Demo.Staff);

        (await staff.Http.GetAsync("/api/contests/overview")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _app.CreateApiClient().Http.GetAsync("/api/contests/overview")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ContestsTests_Sqlite(SqliteAppFixture fixture) : ContestsTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class ContestsTests_PostgreSql(PostgreSqlAppFixture fixture) : ContestsTests(fixture);

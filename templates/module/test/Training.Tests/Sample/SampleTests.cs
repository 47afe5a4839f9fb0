using System.Net;
using Training.Sample;
using Training.Tests.Infrastructure;

namespace Training.Tests.Sample;

/// <summary>Sample's endpoint on SQLite and PostgreSQL: it answers those granted its permission, and nobody else.</summary>
public abstract class SampleTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_give_the_overview_to_a_hall_manager()
    {
        var manager = _app.CreateApiClient();
        await manager.LoginAsync(Demo.Manager);

        var overview = await manager.GetAsync<SampleOverviewDto>("/api/sample/overview");

        overview.Module.ShouldBe("Sample");
        overview.PendingEvents.ShouldBeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public async Task Should_refuse_the_overview_without_the_permission()
    {
        var staff = _app.CreateApiClient();
        await staff.LoginAsync(Demo.Staff);

        (await staff.Http.GetAsync("/api/sample/overview")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _app.CreateApiClient().Http.GetAsync("/api/sample/overview")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SampleTests_Sqlite(SqliteAppFixture fixture) : SampleTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class SampleTests_PostgreSql(PostgreSqlAppFixture fixture) : SampleTests(fixture);

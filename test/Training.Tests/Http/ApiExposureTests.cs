using System.Net;
using Microsoft.AspNetCore.Hosting;
using Training.Tests.Infrastructure;

namespace Training.Tests.Http;

/// <summary>
/// In Production the OpenAPI document, the API reference and the readiness check are closed unless configured
/// (<c>Api:ExposeDocuments</c>, <c>Health:ExposeReadiness</c>); <c>/health/live</c> stays open. (The test host runs
/// as "Testing", where they are open: GeneratedClientTests reads the document from it.)
/// </summary>
[Collection(SqliteCollection.Name)]
public sealed class ApiExposureTests(SqliteAppFixture fixture)
{
    private static readonly string[] Closable = ["/openapi/v1.json", "/scalar/v1", "/health/ready"];

    [Fact]
    public async Task Should_close_documents_and_readiness_in_production_by_default()
    {
        await using var app = fixture.App.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        var client = TrainingApp.CreateApiClient(app).Http;

        foreach (var path in Closable)
            (await client.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_open_them_in_production_when_configured()
    {
        await using var app = fixture.App.WithWebHostBuilder(b => b
            .UseEnvironment("Production").UseSetting("Api:ExposeDocuments", "true").UseSetting("Health:ExposeReadiness", "true"));
        var client = TrainingApp.CreateApiClient(app).Http;

        foreach (var path in Closable)
            (await client.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.OK, path);
    }
}

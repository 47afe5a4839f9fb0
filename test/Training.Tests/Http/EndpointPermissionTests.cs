using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Training.SharedKernel.Authorization;
using Training.Tests.Infrastructure;

namespace Training.Tests.Http;

/// <summary>
/// Walks every endpoint of the real host: each must name a permission, except sign-in (the account endpoints),
/// health, OpenAPI and anonymous pages. A known-bad endpoint shows the walk can fail.
/// </summary>
[Collection(SqliteCollection.Name)]
public sealed class EndpointPermissionTests(SqliteAppFixture fixture)
{
    private static readonly string[] Exempt = ["/api/account/", "/api/public/", "/health/", "/openapi/", "/scalar/", "/{*path"];

    public static IReadOnlyList<string> EndpointsWithoutPermission(IEnumerable<EndpointDataSource> sources) =>
        sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<RequiredPermissionMetadata>() is null)
            .Select(e => "/" + e.RoutePattern.RawText?.TrimStart('/'))
            .Where(route => !Exempt.Any(route.StartsWith))
            .Distinct().Order().ToList();

    [Fact]
    public void Should_name_a_permission_on_every_endpoint()
    {
        var sources = fixture.App.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        sources.SelectMany(s => s.Endpoints).Count().ShouldBeGreaterThan(40);

        EndpointsWithoutPermission(sources).ShouldBeEmpty();
    }

    [Fact]
    public void Should_require_an_authenticated_user_on_every_permission_endpoint()
    {
        var endpoints = fixture.App.Services.GetRequiredService<IEnumerable<EndpointDataSource>>()
            .SelectMany(s => s.Endpoints).Where(e => e.Metadata.GetMetadata<RequiredPermissionMetadata>() is not null).ToList();
        endpoints.ShouldNotBeEmpty();
        endpoints.ShouldAllBe(e => e.Metadata.GetMetadata<IAllowAnonymous>() == null);
    }

    [Fact]
    public async Task Should_flag_a_known_bad_endpoint_without_permission()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddRouting();
        await using var app = builder.Build();
        app.MapGet("/api/bad/open-to-any-signed-in-user", () => "oops").RequireAuthorization();
        app.MapGet("/api/good", () => "ok").RequirePermission("Some.Permission");

        var flagged = EndpointsWithoutPermission([((IEndpointRouteBuilder)app).DataSources.Single()]);

        flagged.ShouldBe(["/api/bad/open-to-any-signed-in-user"]);
    }
}

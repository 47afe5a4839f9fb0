using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
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
    public void Should_say_AllowAnonymous_or_require_a_sign_in_on_every_endpoint_without_a_permission()
    {
        // The rest are refused by the fallback policy: an exempt endpoint that forgot to say so would be closed.
        var silent = fixture.App.Services.GetRequiredService<IEnumerable<EndpointDataSource>>()
            .SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<RequiredPermissionMetadata>() is null
                        && e.Metadata.GetMetadata<IAllowAnonymous>() is null
                        && e.Metadata.GetMetadata<IAuthorizeData>() is null)
            .Select(e => e.RoutePattern.RawText).Distinct().ToList();

        silent.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_refuse_a_made_up_endpoint_that_names_no_permission()
    {
        await using var app = fixture.App.WithWebHostBuilder(b =>
            b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter, MadeUpEndpoints>()));
        var anonymous = TrainingApp.CreateApiClient(app);
        var admin = TrainingApp.CreateApiClient(app);
        await admin.LoginAsync(Demo.Admin);

        var anonymousOpen = await anonymous.Http.GetAsync("/made-up/anonymous");
        var anonymousSilent = await anonymous.Http.GetAsync("/made-up/silent");
        var adminSilent = await admin.Http.GetAsync("/made-up/silent");
        var adminSignedIn = await admin.Http.GetAsync("/made-up/signed-in");
        var noSuchApi = await admin.Http.GetAsync("/api/no-such-thing");
        var wrongMethod = await admin.Http.DeleteAsync("/api/account/me");

        anonymousOpen.StatusCode.ShouldBe(HttpStatusCode.OK);
        anonymousSilent.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        adminSilent.StatusCode.ShouldBe(HttpStatusCode.Forbidden); // even the administrator: no permission named, no entry
        adminSignedIn.StatusCode.ShouldBe(HttpStatusCode.OK);
        noSuchApi.StatusCode.ShouldBe(HttpStatusCode.NotFound); // a request that matched nothing still answers 404
        wrongMethod.StatusCode.ShouldNotBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden); // routing's answer stays
    }

    /// <summary>
    /// Endpoints mapped the way a module would, but on a branch in front of the host (the host maps only its modules'
    /// endpoints): one that names no permission, one marked anonymous, one for any signed-in user. The branch has the
    /// host's authentication and authorization services, the fallback policy included.
    /// </summary>
    private sealed class MadeUpEndpoints : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.MapWhen(c => c.Request.Path.StartsWithSegments("/made-up"), branch => branch
                .UseRouting().UseAuthentication().UseAuthorization()
                .UseEndpoints(e =>
                {
                    e.MapGet("/made-up/silent", () => "open to anyone?");
                    e.MapGet("/made-up/anonymous", () => "open to anyone").AllowAnonymous();
                    e.MapGet("/made-up/signed-in", () => "open to a signed-in user").RequireAuthorization();
                }));
            next(app);
        };
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

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.SharedKernel.Authorization;
using Training.Supervision.Application.Catalogue;

namespace Training.Supervision.HttpApi;

/// <summary>The catalogue of violations and commendations on <c>/api/supervision/catalogue</c>, items named by their stable code.</summary>
internal static class CatalogueEndpoints
{
    private const string Code = "{code:maxlength(32):regex(^[A-Z][A-Z0-9-]*$)}";

    public static void MapCatalogueEndpoints(this IEndpointRouteBuilder app)
    {
        var catalogue = app.MapGroup("/api/supervision/catalogue").WithTags("SupervisionCatalogue");
        catalogue.MapGet("/", ([AsParameters] CatalogueListInput input, CatalogueService s, CancellationToken ct) => s.ListAsync(input, ct))
            .RequirePermission(SupervisionPermissions.Catalogue.Default).WithName("ListSupervisionCatalogue")
            .WithSummary("The current items, sorted by category then sort order (retired ones on request).");
        catalogue.MapGet($"/{Code}/versions", (string code, CatalogueService s, CancellationToken ct) => s.VersionsAsync(code, ct))
            .RequirePermission(SupervisionPermissions.Catalogue.Default).WithName("ListSupervisionCatalogueVersions")
            .WithSummary("Every version of an item, newest first.");
        catalogue.MapPost("/", (CreateCatalogueItemInput input, CatalogueService s, CancellationToken ct) => s.CreateAsync(input, ct))
            .RequirePermission(SupervisionPermissions.Catalogue.Manage).WithName("CreateSupervisionCatalogueItem")
            .WithSummary("A new item (its code unique).");
        catalogue.MapPut($"/{Code}", (string code, ReviseCatalogueItemInput input, CatalogueService s, CancellationToken ct) => s.ReviseAsync(code, input, ct))
            .RequirePermission(SupervisionPermissions.Catalogue.Manage).WithName("ReviseSupervisionCatalogueItem")
            .WithSummary("Writes the item's next version; findings keep the version they were recorded with.");
        catalogue.MapPost($"/{Code}/retire", (string code, CatalogueService s, CancellationToken ct) => s.RetireAsync(code, true, ct))
            .RequirePermission(SupervisionPermissions.Catalogue.Manage).WithName("RetireSupervisionCatalogueItem");
        catalogue.MapPost($"/{Code}/restore", (string code, CatalogueService s, CancellationToken ct) => s.RetireAsync(code, false, ct))
            .RequirePermission(SupervisionPermissions.Catalogue.Manage).WithName("RestoreSupervisionCatalogueItem");
    }
}

using Microsoft.AspNetCore.Routing;

namespace Training.Supervision.HttpApi;

/// <summary>Every Supervision endpoint group, one line each (each area maps its own group under /api/supervision).</summary>
internal static class SupervisionEndpoints
{
    public static void MapSupervisionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapLedgerEndpoints();
        app.MapCatalogueEndpoints();
        app.MapInspectionEndpoints();
        app.MapFindingEndpoints();
        app.MapSupervisionStatisticsEndpoints();
    }
}

using Microsoft.AspNetCore.Routing;

namespace Training.Ratings.HttpApi;

/// <summary>Every Ratings endpoint group, one line each (each area maps its own group).</summary>
internal static class RatingsEndpoints
{
    public static void MapRatingsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapRatingLoopEndpoints();
        app.MapIngestionEndpoints();
        app.MapRatingDataEndpoints();
    }
}

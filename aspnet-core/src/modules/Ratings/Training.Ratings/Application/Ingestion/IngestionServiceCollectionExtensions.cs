using Microsoft.Extensions.DependencyInjection;
using Training.Ratings.Application.Devices;
using Training.Ratings.Application.Ratings;

namespace Training.Ratings.Application.Ingestion;

internal static class IngestionServiceCollectionExtensions
{
    /// <summary>Devices, the pads' batch API, the QR page, the ratings lists and attribution.</summary>
    public static IServiceCollection AddRatingIngestion(this IServiceCollection services)
    {
        services.AddScoped<RatingDeviceService>();
        services.AddScoped<RatingFields>();
        services.AddScoped<RatingIngestion>();
        services.AddScoped<PadPushService>();
        services.AddScoped<PublicRatingService>();
        services.AddSingleton<QrRatingLimiter>();
        services.AddScoped<RatingRows>();
        services.AddScoped<RatingQueryService>();
        return services;
    }
}

using System.Text.Json.Serialization;
using Hangfire;
using Hangfire.PostgreSql;
using Serilog;
using Training.EntityFrameworkCore;
using Training.HttpApi.Host.OpenApi;
using Microsoft.Extensions.Options;
using Training.Documents;
using Training.SharedKernel;
using Training.SharedKernel.Http;
using Training.SharedKernel.Localization;
using Training.SharedKernel.Modularity;

namespace Training.HttpApi.Host;

/// <summary>Everything the host registers, in one place, so Program.cs stays a page.</summary>
public static class HostServiceCollectionExtensions
{
    public static WebApplicationBuilder AddTrainingHost(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(configuration)
            .Destructure.ByTransforming<Microsoft.AspNetCore.Http.HttpRequest>(r => new { r.Method, Path = r.Path.Value })
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture));

        var services = builder.Services;
        services.AddSharedKernel();
        services.AddTrainingDatabase(configuration);
        foreach (var module in TrainingModules.All) module.ConfigureServices(services, configuration);

        services.AddTrainingForwardedHeaders(configuration);
        // Anonymous requests the audit log would record, per client address and node: a flood cannot fill the table.
        services.AddAnonymousAuditRateLimit(configuration.GetValue("Audit:AnonymousRateLimitPerMinute", 60));
        // An endpoint that names no permission (and does not say AllowAnonymous) is refused, not open.
        services.AddAuthorization(o => o.FallbackPolicy = SharedKernel.Authorization.PermissionFallbackPolicy.Policy);
        services.AddAntiforgery(o =>
        {
            o.HeaderName = SharedKernel.Http.AntiforgeryMiddleware.HeaderName;
            o.Cookie.Name = ".Training.Antiforgery";
            // Secure whenever the request (as the proxy saw it) was HTTPS; the framework's default never marks it.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SuppressXFrameOptionsHeader = true; // SecurityHeadersMiddleware sends DENY on every response
        });
        services.Configure<ApiExposureOptions>(o =>
        {
            // Closed in Production unless opened; open elsewhere (Development, the test host).
            var open = !builder.Environment.IsProduction();
            o.ExposeDocuments = configuration.GetValue("Api:ExposeDocuments", open);
            o.ExposeReadiness = configuration.GetValue("Health:ExposeReadiness", open);
        });
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            // Numbers are numbers: the OpenAPI document then types them "integer", not "integer or string".
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        services.AddRequestLocalization(o =>
        {
            o.SetDefaultCulture(Languages.ZhHans).AddSupportedCultures(Languages.Supported).AddSupportedUICultures(Languages.Supported);
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
        });
        services.AddTrainingOpenApi();
        services.AddHealthChecks().AddDbContextCheck<TrainingMigrationsDbContext>("database", tags: ["ready"])
            .AddCheck<DocumentFontsHealthCheck>("cjk-font", tags: ["ready"]);
        services.AddTrainingDocuments(configuration);
        services.AddTrainingJobs(configuration);
        return builder;
    }

    /// <summary>Hangfire: in memory with SQLite (one node), PostgreSQL storage with PostgreSQL (several nodes share one queue).</summary>
    private static void AddTrainingJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = configuration.GetConnectionString("Default");
        // This host's own storage, registered before AddHangfire so the dashboard, the server and the job manager all
        // use it, not the process-wide JobStorage.Current (which several hosts in one process would share).
        JobStorage storage = provider == DatabaseProvider.PostgreSql
            ? new PostgreSqlStorage(new Hangfire.PostgreSql.Factories.NpgsqlConnectionFactory(connectionString!, new PostgreSqlStorageOptions { SchemaName = "hangfire" }),
                new PostgreSqlStorageOptions { SchemaName = "hangfire" })
            : new Hangfire.InMemory.InMemoryStorage();
        services.AddSingleton(storage);
        services.AddHangfire(config => config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings().UseStorage(storage));
        if (configuration.GetValue("Hangfire:Server", true))
            services.AddHangfireServer(o => o.WorkerCount = configuration.GetValue("Hangfire:WorkerCount", 2));
        services.AddScoped<Jobs.OutboxCleanupJob>();
        services.AddSingleton<IBackgroundJobQueue, Jobs.HangfireJobQueue>();
        services.AddSingleton<IRecurringJobScheduler, Jobs.HangfireRecurringJobScheduler>();
    }

    /// <summary>
    /// The PDF composer every printing module shares: its CJK fonts are found (and derived, once, into a cache) at first
    /// use, not at start; a machine without one fails the readiness check with the reason.
    /// </summary>
    private static void AddTrainingDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DocumentFontOptions>(configuration.GetSection("Documents:Fonts"));
        services.AddSingleton(sp => DocumentFonts.Load(sp.GetRequiredService<IOptions<DocumentFontOptions>>().Value));
        services.AddSingleton<DocumentRenderer>();
    }
}

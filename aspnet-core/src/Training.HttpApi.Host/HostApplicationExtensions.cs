using Hangfire;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;
using Serilog;
using Training.EntityFrameworkCore;
using Training.Platform;
using Training.HttpApi.Host.Jobs;
using Training.HttpApi.Host.WebApp;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Http;

namespace Training.HttpApi.Host;

public static class HostApplicationExtensions
{
    /// <summary>Migrates and seeds when configured (the default for the embedded SQLite set-up).</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (!options.MigrateOnStart) return;
        await using var scope = app.Services.CreateAsyncScope();
        var migrator = scope.ServiceProvider.GetRequiredService<DatabaseMigrator>();
        await migrator.MigrateAsync();
        await migrator.SeedAsync(options.SeedDemoData);
    }

    public static WebApplication UseTrainingPipeline(this WebApplication app)
    {
        // First: behind a configured proxy, the client's address and scheme (rate limits, the audit log, Secure
        // cookies and HSTS all read them). See ProxyConfiguration.
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeadersMiddleware>(); // CSP, nosniff, frame and referrer rules, HSTS on HTTPS: every response
        app.UseSerilogRequestLogging(o => o.GetLevel = (context, _, ex) =>
            ex is not null || context.Response.StatusCode >= 500 ? Serilog.Events.LogEventLevel.Error : Serilog.Events.LogEventLevel.Debug);
        app.UseRequestLocalization(); // first: every error body below is written in the caller's language
        app.UseMiddleware<AuditMiddleware>(); // outside the exception handler: it records the final status
        app.UseExceptionHandler();
        app.UseStatusCodePages(ProblemStatusCodePages.WriteAsync);
        // The web app's files; API calls skip the file-system look-up.
        app.UseWebAppFiles(); // precompressed, with cache headers (WebApp/WebAppFiles.cs)
        app.UseRouting();
        app.UseAuthentication();
        // After authentication (the global limiter counts anonymous requests only), before antiforgery and
        // authorization (a refused request reaches neither, and its 429 writes no audit row).
        app.UseRateLimiter();
        app.UseMiddleware<AntiforgeryMiddleware>();
        foreach (var module in TrainingModules.All) module.UseAfterAuthentication(app);
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapTrainingEndpoints(this WebApplication app)
    {
        // Every module endpoint validates its DTOs by their attributes (ValidationFilter), so the limits the OpenAPI
        // document states from them (lengths, ranges, item counts) hold on every endpoint, a new module's included.
        var modules = app.MapGroup("").AddEndpointFilter<ValidationFilter>();
        foreach (var module in TrainingModules.All) module.MapEndpoints(modules);

        // Anonymous where open; not mapped at all where closed (Production, unless configured: ApiExposureOptions).
        var exposure = app.Services.GetRequiredService<IOptions<ApiExposureOptions>>().Value;
        if (exposure.ExposeDocuments)
        {
            app.MapOpenApi().AllowAnonymous();
            app.MapScalarApiReference().AllowAnonymous();
        }
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        if (exposure.ExposeReadiness)
            app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
            {
                Authorization = [], // drop the local-requests-only default
                AsyncAuthorization = [new Jobs.PermissionDashboardFilter(PlatformPermissions.BackgroundJobs.Dashboard)],
                AppPath = "/",
                DashboardTitle = "Training 后台任务",
            }, app.Services.GetRequiredService<JobStorage>())
            .RequirePermission(PlatformPermissions.BackgroundJobs.Dashboard); // and its filter checks again (forced password change)
        Jobs.RecurringJobs.Register(app.Services);

        // The Angular app (built into wwwroot by etc/run.sh): client-side routes fall back to index.html; /api never
        // does, nor the host's own paths (a closed /scalar or /openapi answers 404, not the web app).
        app.MapWebAppFallback("{*path:regex(^(?!api/|health/|openapi/|scalar/|hangfire).*$)}").AllowAnonymous();
        return app;
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Training.SharedKernel.Modularity;

/// <summary>
/// A module's one descriptor: everything it contributes to the application, in one class named <c>&lt;Name&gt;Module</c>.
/// The host, the migrations context, the migrator and the architecture tests read one list of modules
/// (<c>aspnet-core/src/modules/Modules.props</c>) and call these members; nothing outside a module names its internals.
/// Permissions, error catalogs, settings, seeders and home-page items are services the module registers in
/// <see cref="ConfigureServices"/> (<c>IPermissionDefinitionProvider</c>, <c>IErrorCatalog</c>, <c>ISettingDefinitionProvider</c>,
/// <c>IDataSeeder</c>, <c>IHomeItemProvider</c>).
/// </summary>
public abstract class TrainingModule
{
    /// <summary>The module's name: its folder under <c>modules/</c> and the type name without "Module".</summary>
    public string Name => GetType().Name.EndsWith("Module", StringComparison.Ordinal) ? GetType().Name[..^"Module".Length] : GetType().Name;

    /// <summary>Services, DbContext, permissions, error catalog, settings, seeders, home items.</summary>
    public abstract void ConfigureServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>The module's tables, for the composed migrations model (the module's own context calls the same method).</summary>
    public abstract void ConfigureModel(ModelBuilder modelBuilder);

    /// <summary>The module's minimal-API groups.</summary>
    public abstract void MapEndpoints(IEndpointRouteBuilder endpoints);

    /// <summary>Middleware that runs after authentication and before authorization (e.g. a gate on the signed-in user).</summary>
    public virtual void UseAfterAuthentication(IApplicationBuilder app)
    {
    }

    /// <summary>Recurring background jobs, registered by id (so several nodes never duplicate them), on Asia/Shanghai time.</summary>
    public virtual IEnumerable<RecurringJobDefinition> RecurringJobs => [];
}

/// <summary>A job run on a schedule. The job type is resolved from the container for each run and must be safe to run twice.</summary>
public interface IRecurringJob
{
    Task RunAsync(CancellationToken cancellationToken);
}

/// <summary>A recurring job: a stable id, the job type and a cron expression in Asia/Shanghai time.</summary>
public sealed record RecurringJobDefinition(string Id, Type JobType, string Cron)
{
    public static RecurringJobDefinition For<TJob>(string id, string cron) where TJob : IRecurringJob => new(id, typeof(TJob), cron);
}

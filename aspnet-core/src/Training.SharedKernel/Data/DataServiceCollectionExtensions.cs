using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Training.SharedKernel.Data;

/// <summary>Configures a module context for the chosen provider, once; each context binds the request's connection itself.</summary>
public interface IModuleDbContextConfigurer
{
    void Configure(DbContextOptionsBuilder options);
}

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers a module's DbContext on the shared connection, and its outbox with the dispatcher. Contexts are pooled: a
    /// new context resolves some fifty EF services and builds its internal scope, which perf measured at ~20% of an exam
    /// sitting's CPU (three contexts a request). A request rents one and binds it (<see cref="ModuleDbContext"/>);
    /// <paramref name="onRent"/> hands it what else its module needs from the request.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, Action<TContext, IServiceProvider>? onRent = null)
        where TContext : ModuleDbContext
    {
        services.AddPooledDbContextFactory<TContext>((sp, options) => sp.GetRequiredService<IModuleDbContextConfigurer>().Configure(options));
        services.AddScoped(sp =>
        {
            var context = sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
            context.Bind(sp.GetRequiredService<ModuleDbContextServices>());
            onRent?.Invoke(context, sp);
            return context;
        });
        services.AddSingleton(new OutboxSource(typeof(TContext)));
        return services;
    }
}

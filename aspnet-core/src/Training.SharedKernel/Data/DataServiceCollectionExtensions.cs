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
    /// <summary>Registers a module's DbContext on the shared connection, and its outbox with the dispatcher.</summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services)
        where TContext : ModuleDbContext
    {
        // Options as a singleton: building them per request (and EF matching them to its internal services) cost more than
        // many of the queries they serve. The connection is not part of them; see ModuleDbContext's constructor.
        services.AddDbContext<TContext>((sp, options) => sp.GetRequiredService<IModuleDbContextConfigurer>().Configure(options),
            ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        services.AddSingleton(new OutboxSource(typeof(TContext)));
        return services;
    }
}

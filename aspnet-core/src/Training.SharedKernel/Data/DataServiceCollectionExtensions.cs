using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Training.SharedKernel.Data;

/// <summary>Configures a module context for the chosen provider on the request's shared connection.</summary>
public interface IModuleDbContextConfigurer
{
    void Configure(DbContextOptionsBuilder options, UnitOfWork unitOfWork);
}

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers a module's DbContext on the shared connection, and its outbox with the dispatcher.</summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services)
        where TContext : ModuleDbContext
    {
        services.AddDbContext<TContext>((sp, options) =>
            sp.GetRequiredService<IModuleDbContextConfigurer>().Configure(options, sp.GetRequiredService<UnitOfWork>()));
        services.AddSingleton(new OutboxSource(typeof(TContext)));
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;

namespace Training.Bulletins.Kinds;

public static class BulletinKindServiceCollectionExtensions
{
    /// <summary>Registers a kind of bulletin (scoped: it reads its module's data per job).</summary>
    public static IServiceCollection AddBulletinKind<TKind>(this IServiceCollection services) where TKind : class, IBulletinKind =>
        services.AddScoped<IBulletinKind, TKind>();
}

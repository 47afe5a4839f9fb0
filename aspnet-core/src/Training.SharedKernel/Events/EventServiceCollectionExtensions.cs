using Microsoft.Extensions.DependencyInjection;

namespace Training.SharedKernel.Events;

public static class EventServiceCollectionExtensions
{
    public static IServiceCollection AddEventHandler<TEto, THandler>(this IServiceCollection services)
        where TEto : IEto where THandler : class, IEventHandler<TEto>
        => services.AddScoped<IEventHandler<TEto>, THandler>();
}

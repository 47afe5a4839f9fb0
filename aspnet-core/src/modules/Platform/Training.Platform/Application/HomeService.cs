using Training.SharedKernel.Home;

namespace Training.Platform.Application;

/// <summary>
/// The caller's home page: asks every module's provider in turn (one after another: they share the request's unit of
/// work and connection), drops what counts nothing, and puts the most urgent first, keeping module order otherwise.
/// </summary>
internal sealed class HomeService(IEnumerable<IHomeItemProvider> providers)
{
    public async Task<HomeDto> GetAsync(CancellationToken cancellationToken)
    {
        var items = new List<HomeItem>();
        foreach (var provider in providers) items.AddRange(await provider.GetItemsAsync(cancellationToken));
        return new HomeDto(items
            .Where(i => i.IsWorthShowing)
            .Select((item, order) => (item, order))
            .OrderByDescending(x => x.item.Severity).ThenBy(x => x.order)
            .Select(x => new HomeItemDto(x.item.Key, x.item.Kind, x.item.Count, x.item.Link, x.item.Severity, x.item.Args))
            .ToList());
    }
}

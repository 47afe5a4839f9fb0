namespace Training.SharedKernel.Home;

/// <summary>
/// What a module puts on a signed-in person's home page: their to-dos, notices and figures, for the caller as they are
/// (read the caller through <see cref="Authorization.ICurrentUser"/> and the data scope provider). Counts come from
/// set-based queries over the caller's scope, one per item kind, never one call per person. A provider with nothing
/// to say returns nothing; an item that counts 0 is dropped, except a figure.
/// </summary>
public interface IHomeItemProvider
{
    Task<IReadOnlyList<HomeItem>> GetItemsAsync(CancellationToken cancellationToken);
}

namespace Training.Organization.Application;

/// <summary>Until Learning registers the pre-job certificate rule, nobody is refused a window post.</summary>
internal sealed class AllowAllWindowPostEligibility : IWindowPostEligibility
{
    public Task<WindowPostEligibility> CheckAsync(Guid staffId, Guid windowId, DateOnly date, CancellationToken cancellationToken) =>
        Task.FromResult(WindowPostEligibility.Yes);
}

namespace Training.Organization.Application;

/// <summary>Organization on its own refuses nobody; Learning registers the pre-job certificate rule over this.</summary>
internal sealed class AllowAllWindowPostEligibility : IWindowPostEligibility
{
    public Task<IReadOnlyDictionary<WindowPostRequest, WindowPostEligibility>> CheckAsync(
        IReadOnlyCollection<WindowPostRequest> requests, DateOnly date, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<WindowPostRequest, WindowPostEligibility>>(
            requests.Distinct().ToDictionary(r => r, _ => WindowPostEligibility.Yes));
}

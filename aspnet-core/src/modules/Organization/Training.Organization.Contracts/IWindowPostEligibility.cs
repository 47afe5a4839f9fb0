namespace Training.Organization;

/// <summary>
/// Whether a person may take up a window post (DOMAIN: 岗前培训合格后方可上岗). Asked before every new assignment and
/// every move. Organization allows everyone until Learning registers its implementation (the pre-job certificate).
/// </summary>
public interface IWindowPostEligibility
{
    Task<WindowPostEligibility> CheckAsync(Guid staffId, Guid windowId, DateOnly date, CancellationToken cancellationToken = default);
}

/// <summary>When refused, <see cref="Code"/> and <see cref="Args"/> name what is missing, in the owner's catalog.</summary>
public sealed record WindowPostEligibility(bool Allowed, string? Code = null, object?[]? Args = null)
{
    public static readonly WindowPostEligibility Yes = new(true);
}

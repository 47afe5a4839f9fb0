namespace Training.Organization;

/// <summary>
/// Whether people may take up window posts (DOMAIN: 岗前培训合格后方可上岗). Asked before every new assignment and
/// every move, and for every new post of an import (in one call, so an import of a thousand rows is one question).
/// Implemented by Learning (a valid pre-job certificate); Organization alone allows everyone.
/// </summary>
public interface IWindowPostEligibility
{
    /// <summary>One verdict per request, keyed by the request.</summary>
    Task<IReadOnlyDictionary<WindowPostRequest, WindowPostEligibility>> CheckAsync(
        IReadOnlyCollection<WindowPostRequest> requests, DateOnly date, CancellationToken cancellationToken = default);
}

/// <summary>A person asking for a post at a window.</summary>
public sealed record WindowPostRequest(Guid StaffId, Guid WindowId);

/// <summary>When refused, <see cref="Code"/> and <see cref="Args"/> name what is missing, in the owner's catalog.</summary>
public sealed record WindowPostEligibility(bool Allowed, string? Code = null, object?[]? Args = null)
{
    public static readonly WindowPostEligibility Yes = new(true);
}

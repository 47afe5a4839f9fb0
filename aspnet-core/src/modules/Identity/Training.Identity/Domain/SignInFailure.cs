namespace Training.Identity.Domain;

/// <summary>
/// Failed sign-ins of one user name from one client (see <c>Application.SignInThrottle</c>). Keyed by the name as typed
/// (normalised), not by the account: an unknown name has a row like a known one, so the answers cannot tell them apart.
/// </summary>
public sealed class SignInFailure
{
    /// <summary>The user name as typed, normalised as Identity normalises user names.</summary>
    public string NormalizedUserName { get; set; } = "";

    /// <summary>The client's address after the forwarded-headers middleware (an IPv6 client by its /64 network).</summary>
    public string Client { get; set; } = "";

    /// <summary>Attempts counted in the current window (counted when they start; a success deletes the row).</summary>
    public int Failures { get; set; }

    /// <summary>The first attempt of the window; failures older than the window are forgotten.</summary>
    public DateTime WindowStartedAt { get; set; }

    /// <summary>Until when this pair is refused without a password check (a delay, or a block after the maximum).</summary>
    public DateTime? RefusedUntil { get; set; }

    /// <summary>When the row means nothing any more (its window and its refusal are over); the clean-up job deletes it then.</summary>
    public DateTime ExpiresAt { get; set; }
}

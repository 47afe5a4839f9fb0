namespace Training.Identity.Application;

/// <summary>
/// The sign-in throttle's settings (<c>Identity:Lockout:*</c>) and the schedule they make (ASVS 5.0 V6.3, OWASP API4).
/// Per pair of user name and client: <see cref="FreeAttempts"/> failures cost nothing, each further one makes the pair
/// wait twice as long as the one before (1 s, 2 s, 4 s … up to <see cref="MaxDelaySeconds"/>), and
/// <see cref="MaxFailedAttempts"/> failures block the pair for <see cref="Minutes"/>. Failures are forgotten
/// <see cref="Minutes"/> after the first of a run. Per user name over all clients: beyond
/// <see cref="AccountFreeAttempts"/> failures in that window, every attempt is held the same doubling way up to
/// <see cref="AccountMaxDelaySeconds"/> — held, never refused, so the owner still gets in.
/// </summary>
public sealed class SignInLockoutOptions
{
    public const string Section = "Identity:Lockout";

    public int FreeAttempts { get; set; } = 3;

    public int MaxFailedAttempts { get; set; } = 10;

    public int MaxDelaySeconds { get; set; } = 30;

    public int Minutes { get; set; } = 15;

    public int AccountFreeAttempts { get; set; } = 50;

    public int AccountMaxDelaySeconds { get; set; } = 10;

    public TimeSpan Window => TimeSpan.FromMinutes(Minutes);

    /// <summary>How long a pair waits after its <paramref name="failures"/>-th failure in the window (zero: not at all).</summary>
    public TimeSpan PairWait(int failures) => failures >= MaxFailedAttempts
        ? Window
        : Doubling(failures - FreeAttempts, TimeSpan.FromSeconds(MaxDelaySeconds));

    /// <summary>How long every attempt at a user name is held once its failures from all clients in the window are <paramref name="failures"/>.</summary>
    public TimeSpan AccountHold(int failures) => Doubling(failures - AccountFreeAttempts, TimeSpan.FromSeconds(AccountMaxDelaySeconds));

    /// <summary>Nothing for <paramref name="beyond"/> ≤ 0, then 1 s, 2 s, 4 s … never more than <paramref name="cap"/>.</summary>
    public static TimeSpan Doubling(int beyond, TimeSpan cap) =>
        beyond <= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Min(Math.Pow(2, Math.Min(beyond - 1, 30)), cap.TotalSeconds));
}

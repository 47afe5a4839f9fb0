using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Training.Identity.Domain;
using Training.Identity.EntityFrameworkCore;
using Training.SharedKernel.Errors;

namespace Training.Identity.Application;

/// <summary>One user name (normalised) from one client: what the sign-in throttle counts.</summary>
internal sealed record SignInPair(string UserName, string Client);

/// <summary>
/// Sign-in failures counted per pair of user name and client address (ASVS 5.0 V6.3, OWASP API4) instead of Identity's
/// account-wide lockout, which let anyone who knew user names lock every account from outside. Stored in
/// <c>Identity_SignInFailures</c>, so every node sees the same counts; rows expire (<see cref="DeleteExpiredAsync"/>).
/// The schedule is <see cref="SignInLockoutOptions"/>'s.
/// <para>
/// A pair that must wait is <b>refused</b> until a time (429 with <c>Retry-After</c>) rather than held: a refusal costs
/// the server nothing however many attempts arrive, the sign-in page can say how long to wait, and refusing a pair
/// harms only whoever guesses from that address — the owner signs in from any other one. The account-wide guard is the
/// other way round: it <b>holds</b> attempts (asynchronously, no thread waits, never longer than
/// <c>AccountMaxDelaySeconds</c>) and never refuses, because refusing every address would be the lock we removed.
/// </para>
/// <para>
/// The refusal depends on the pair's count only and comes before the password is looked at, so it is the same for an
/// unknown name, a wrong password and the right one.
/// </para>
/// </summary>
internal sealed class SignInThrottle(
    IdentityModuleDbContext db, ILookupNormalizer normalizer, TimeProvider clock, IOptions<SignInLockoutOptions> options)
{
    /// <summary>Tries to count one attempt against attempts counted at the same moment elsewhere (another request, another node).</summary>
    private const int CountRounds = 3;

    private readonly SignInLockoutOptions _options = options.Value;

    public SignInPair PairOf(string userName, IPAddress? address) =>
        new(normalizer.NormalizeName(userName) ?? "", ClientOf(address));

    /// <summary>
    /// Counts the attempt before the password is checked — so parallel attempts cannot all slip past the count — or
    /// refuses it when the pair must wait; then holds it while the user name draws failures from many clients. A
    /// success takes the count back (<see cref="SucceededAsync"/>).
    /// </summary>
    public async Task BeginAsync(SignInPair pair, CancellationToken cancellationToken)
    {
        for (var round = 1; ; round++)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var row = await Rows(pair).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
            if (row?.RefusedUntil is { } until && until > now) throw Refused(row.Failures, until - now);
            if (await TryCountAsync(pair, row, now, round, cancellationToken)) break;
            if (round == CountRounds) throw Refused(1, TimeSpan.FromSeconds(1)); // others are counting this pair right now
        }
        await HoldWhileTheNameIsUnderAttackAsync(pair.UserName, cancellationToken);
    }

    /// <summary>A successful sign-in clears the pair's count.</summary>
    public Task SucceededAsync(SignInPair pair, CancellationToken cancellationToken) => Rows(pair).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Clears the counts of a user name from every client (an administrator's reset).</summary>
    public Task ForgetAsync(string normalizedUserName, CancellationToken cancellationToken) =>
        db.SignInFailures.Where(f => f.NormalizedUserName == normalizedUserName).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Of <paramref name="normalizedUserNames"/>, those blocked now from at least one client.</summary>
    public async Task<HashSet<string>> BlockedAsync(IReadOnlyCollection<string> normalizedUserNames, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return (await db.SignInFailures
                .Where(f => normalizedUserNames.Contains(f.NormalizedUserName) && f.Failures >= _options.MaxFailedAttempts && f.RefusedUntil > now)
                .Select(f => f.NormalizedUserName).Distinct().ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Deletes rows whose window and refusal are over; they count for nothing already. Safe to run twice.</summary>
    public Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.SignInFailures.Where(f => f.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// The client as counted: its address, an IPv4-mapped one as IPv4, an IPv6 one by its /64 network (what one
    /// subscriber usually holds, so stepping through one's own addresses gains nothing).
    /// </summary>
    public static string ClientOf(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) return address.MapToIPv4().ToString();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private IQueryable<SignInFailure> Rows(SignInPair pair) =>
        db.SignInFailures.Where(f => f.NormalizedUserName == pair.UserName && f.Client == pair.Client);

    /// <summary>
    /// Writes the count with this attempt, provided nobody changed the row since it was read (the count and the window
    /// start are the version); false when someone did, to read again.
    /// </summary>
    private async Task<bool> TryCountAsync(SignInPair pair, SignInFailure? row, DateTime now, int round, CancellationToken cancellationToken)
    {
        var fresh = row is null || row.WindowStartedAt + _options.Window <= now;
        var failures = fresh ? 1 : row!.Failures + 1;
        var started = fresh ? now : row!.WindowStartedAt;
        var wait = _options.PairWait(failures);
        DateTime? refusedUntil = wait > TimeSpan.Zero ? now + wait : null;
        var expiresAt = refusedUntil is { } until && until > started + _options.Window ? until : started + _options.Window;

        if (row is not null)
            return await Rows(pair).Where(f => f.Failures == row.Failures && f.WindowStartedAt == row.WindowStartedAt)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(f => f.Failures, failures)
                    .SetProperty(f => f.WindowStartedAt, started)
                    .SetProperty(f => f.RefusedUntil, refusedUntil)
                    .SetProperty(f => f.ExpiresAt, expiresAt), cancellationToken) == 1;

        var added = new SignInFailure
        {
            NormalizedUserName = pair.UserName, Client = pair.Client, Failures = failures, WindowStartedAt = started,
            RefusedUntil = refusedUntil, ExpiresAt = expiresAt,
        };
        db.SignInFailures.Add(added);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException) when (round < CountRounds)
        {
            return false; // another attempt of the pair inserted the row first
        }
        finally
        {
            db.Entry(added).State = EntityState.Detached;
        }
    }

    private async Task HoldWhileTheNameIsUnderAttackAsync(string userName, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - _options.Window;
        var failures = await db.SignInFailures.Where(f => f.NormalizedUserName == userName && f.WindowStartedAt > since)
            .SumAsync(f => f.Failures, cancellationToken);
        var hold = _options.AccountHold(failures);
        if (hold > TimeSpan.Zero) await Task.Delay(hold, clock, cancellationToken);
    }

    private BusinessException Refused(int failures, TimeSpan wait) => failures >= _options.MaxFailedAttempts
        ? new BusinessException(IdentityErrorCodes.SignInBlocked, Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes)))
            { Kind = ErrorKind.TooManyRequests, RetryAfter = wait }
        : new BusinessException(IdentityErrorCodes.SignInDelayed, Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)))
            { Kind = ErrorKind.TooManyRequests, RetryAfter = wait };
}

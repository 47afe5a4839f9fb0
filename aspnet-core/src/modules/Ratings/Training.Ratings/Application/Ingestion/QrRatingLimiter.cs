using System.Threading.RateLimiting;
using Microsoft.Extensions.Configuration;
using Training.SharedKernel.Errors;

namespace Training.Ratings.Application.Ingestion;

/// <summary>
/// The QR page's limits. Every phone on a hall's Wi-Fi shares one address, so the address alone cannot be the limit: a
/// case number may be tried a few times an hour (guessing numbers gets nowhere), a browser (the page's own random id,
/// kept in its storage) a few dozen times, and an address has a generous ceiling for the whole hall behind it. Kept in
/// memory, per node (a province's nodes each allow as much: the ceiling is a flood guard, not a quota).
/// </summary>
internal sealed class QrRatingLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perCase;
    private readonly PartitionedRateLimiter<string> _perBrowser;
    private readonly PartitionedRateLimiter<string> _perAddress;

    public QrRatingLimiter(IConfiguration configuration)
    {
        _perCase = Hourly(configuration.GetValue("Ratings:Qr:PerCasePerHour", 5));
        _perBrowser = Hourly(configuration.GetValue("Ratings:Qr:PerBrowserPerHour", 30));
        _perAddress = Hourly(configuration.GetValue("Ratings:Qr:PerAddressPerHour", 3000));
    }

    /// <summary>Takes one attempt from each bucket, the widest first; a full bucket refuses with 429 and when to retry.</summary>
    public void Acquire(string address, string browser, string caseNumber)
    {
        Take(_perAddress, address);
        Take(_perBrowser, browser);
        Take(_perCase, caseNumber.Trim().ToUpperInvariant());
    }

    private static void Take(PartitionedRateLimiter<string> limiter, string key)
    {
        using var lease = limiter.AttemptAcquire(key);
        if (lease.IsAcquired) return;
        throw new BusinessException(CommonErrorCodes.TooManyRequests)
        {
            Kind = ErrorKind.TooManyRequests,
            RetryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1),
        };
    }

    private static PartitionedRateLimiter<string> Hourly(int permits) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromHours(1) }));

    public void Dispose()
    {
        _perCase.Dispose();
        _perBrowser.Dispose();
        _perAddress.Dispose();
    }
}

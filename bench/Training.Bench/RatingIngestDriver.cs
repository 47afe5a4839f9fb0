using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Training.Ratings;

namespace Training.Bench;

/// <summary>
/// Rating pads at full speed, then at a steady trickle. Phase 1: <c>pads</c> pads post batches of 500 concurrently for
/// 30 s (after a 5 s warm-up): no staff numbers (the person is looked up by window and instant), 2% bad (each opening
/// its case) and half of those real-name, 1% of each batch resent from the pad's previous batch. Every answer is
/// counted: what was new must come back stored, what was resent duplicate. Phase 2: single ratings, one a call, at a
/// fixed 200 requests a second for 30 s after 5 s of the same (open loop: a slow answer does not slow the sending), p99
/// of the answers.
/// Prints both and last "rating-ingest: &lt;ratings per second&gt; ratings/s".
/// </summary>
internal static class RatingIngestDriver
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private const int BatchSize = 500;

    public static async Task<int> RunAsync(string baseUrl, IReadOnlyList<string> secrets, IReadOnlyList<string> windowCodes, int seconds)
    {
        using var handler = new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = 512, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };

        await Batches(http, secrets, windowCodes, TimeSpan.FromSeconds(5), "warm-up");
        var (stored, duplicates, sentNew, sentAgain, failures, elapsed) = await Batches(http, secrets, windowCodes, TimeSpan.FromSeconds(seconds), "timed");
        var rate = stored / elapsed.TotalSeconds;
        Console.WriteLine($"Batches: {secrets.Count} pads × {BatchSize}, {elapsed.TotalSeconds:F1} s: {stored} stored (of {sentNew} new), {duplicates} duplicate (of {sentAgain} resent), {failures} failed calls");
        var exact = stored == sentNew && duplicates == sentAgain && failures == 0;
        if (!exact) Console.WriteLine("MISMATCH: every new rating must be stored once and every resent one answered duplicate");

        // The singles' own warm-up: the batches leave the database with a WAL to checkpoint and the host with garbage to
        // collect; five seconds at the same rate, not counted, let that settle before the timing.
        await Singles(http, secrets, windowCodes, TimeSpan.FromSeconds(5), perSecond: 200);
        var (p50, p99, max, singles, singleFailures) = await Singles(http, secrets, windowCodes, TimeSpan.FromSeconds(seconds), perSecond: 200);
        Console.WriteLine($"Single ratings: {singles} at 200/s, {singleFailures} not 2xx or not stored; p50 {p50:F1} ms, p99 {p99:F1} ms, max {max:F1} ms");
        Console.WriteLine($"rating-single: {p99:F1} ms p99");
        Console.WriteLine($"rating-ingest: {rate:F0} ratings/s");
        return exact && singleFailures == 0 ? 0 : 1;
    }

    private static async Task<(long Stored, long Duplicates, long SentNew, long SentAgain, long Failures, TimeSpan Elapsed)> Batches(
        HttpClient http, IReadOnlyList<string> secrets, IReadOnlyList<string> windowCodes, TimeSpan duration, string label)
    {
        long stored = 0, duplicates = 0, sentNew = 0, sentAgain = 0, failures = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(secrets.Select((secret, pad) => Task.Run(async () =>
        {
            var random = new Random(pad * 7919 + label.Length);
            List<PushedRating> previous = [];
            while (clock.Elapsed < duration)
            {
                var fresh = Enumerable.Range(0, BatchSize - BatchSize / 100).Select(_ => NewRating(random, windowCodes)).ToList();
                var resent = previous.Count == 0 ? [] : previous.OrderBy(_ => random.Next()).Take(BatchSize / 100).ToList();
                var batch = fresh.Concat(resent).ToList();
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ratings/device/ratings") { Content = JsonContent.Create(new PushRatingsInput(batch), options: Json) };
                request.Headers.Add("X-Device-Key", secret);
                using var response = await http.SendAsync(request);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                    continue;
                }
                var answer = (await response.Content.ReadFromJsonAsync<PushRatingsResultDto>(Json))!;
                Interlocked.Add(ref stored, answer.Stored);
                Interlocked.Add(ref duplicates, answer.Duplicate);
                Interlocked.Add(ref sentNew, fresh.Count);
                Interlocked.Add(ref sentAgain, resent.Count);
                previous = fresh;
            }
        })));
        return (stored, duplicates, sentNew, sentAgain, failures, clock.Elapsed);
    }

    private static async Task<(double P50, double P99, double Max, int Count, int Failures)> Singles(
        HttpClient http, IReadOnlyList<string> secrets, IReadOnlyList<string> windowCodes, TimeSpan duration, int perSecond)
    {
        var latencies = new ConcurrentBag<double>();
        var failures = 0;
        var random = new Random(4242);
        var total = (int)(duration.TotalSeconds * perSecond);
        var calls = new List<Task>(total);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / perSecond);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1)) await Task.Delay(wait);
            var rating = NewRating(random, windowCodes);
            var secret = secrets[i % secrets.Count];
            calls.Add(Task.Run(async () =>
            {
                var started = Stopwatch.GetTimestamp();
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ratings/device/ratings") { Content = JsonContent.Create(new PushRatingsInput([rating]), options: Json) };
                request.Headers.Add("X-Device-Key", secret);
                try
                {
                    using var response = await http.SendAsync(request);
                    var answer = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<PushRatingsResultDto>(Json) : null;
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (answer?.Stored != 1) Interlocked.Increment(ref failures);
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref failures);
                }
            }));
        }
        await Task.WhenAll(calls);
        var sorted = latencies.Order().ToArray();
        double At(double q) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return (At(0.50), At(0.99), sorted.LastOrDefault(), sorted.Length, failures);
    }

    /// <summary>A rating at one of the hall's windows, a few minutes ago; 2% bad, half of those with a name and phone.</summary>
    private static PushedRating NewRating(Random random, IReadOnlyList<string> windowCodes)
    {
        var id = Guid.NewGuid().ToString("N");
        var roll = random.Next(100);
        var level = roll < 2 ? 4 + random.Next(2) : 1 + random.Next(3);
        var realName = roll < 2 && random.Next(2) == 0;
        var at = DateTimeOffset.UtcNow.AddSeconds(-random.Next(60, 3600)).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz");
        return new PushedRating(id, "BENCH" + id[..20], level, at, Window: windowCodes[random.Next(windowCodes.Count)],
            Tags: [random.Next(2) == 0 ? "attitude" : "efficiency"],
            RaterKind: realName ? RaterKind.Person : RaterKind.Anonymous, RaterName: realName ? "王先生" : null,
            RaterPhone: realName ? $"139{random.Next(10_000_000, 99_999_999)}" : null);
    }
}

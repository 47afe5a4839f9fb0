using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.ServerSentEvents;
using System.Text.Json;
using Training.Contests;

namespace Training.Bench;

/// <summary>
/// Judging under a watching hall: <c>viewers</c> signed-in people hold the leaderboard's event stream open while every
/// judge submits its planned sheets closed-loop (the next as soon as the last is answered). Each viewer notes when it
/// first sees an entry's round counting n sheets; afterwards the n-th answered post of that entry is matched to it, so the
/// delay is from sending the post to a viewer seeing the total that includes it. Prints p50/p99/max of the posts and of
/// the delay over every (viewer, post), and last "contest-judging: &lt;p99 of score post&gt; ms". wrk cannot read an event
/// stream, hence C#.
/// </summary>
internal static class ContestJudgingDriver
{
    private const int WarmUpDrafts = 5;

    public static async Task<int> RunAsync(string baseUrl, string planFile, int viewerCount)
    {
        var plan = JsonDocument.Parse(await File.ReadAllTextAsync(planFile)).RootElement;
        var contestId = plan.GetProperty("contestId").GetGuid();
        var roundId = plan.GetProperty("roundId").GetGuid();
        var criteria = plan.GetProperty("criteria").GetInt32();
        var judges = plan.GetProperty("judges").EnumerateArray()
            .Select(j => (UserName: j.GetProperty("userName").GetString()!, Entries: j.GetProperty("entryIds").EnumerateArray().Select(e => e.GetGuid()).ToList()))
            .ToList();
        var viewerNames = plan.GetProperty("viewers").EnumerateArray().Select(v => v.GetString()!).Take(viewerCount).ToList();

        using var handler = new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = 1024, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = Timeout.InfiniteTimeSpan };
        var judgeSessions = new BenchSession[judges.Count];
        var viewerSessions = new BenchSession[viewerNames.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, judges.Count), new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (i, _) => judgeSessions[i] = await BenchSession.SignInAsync(http, judges[i].UserName));
        await Parallel.ForEachAsync(Enumerable.Range(0, viewerNames.Count), new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (i, _) => viewerSessions[i] = await BenchSession.SignInAsync(http, viewerNames[i]));
        Console.WriteLine($"Signed in {judges.Count} judges and {viewerNames.Count} viewers; warming up …");

        // Warm-up, not timed: as at a real contest, each judge opens the scoring page and saves drafts of its first
        // sheets before the round's submissions start (drafts are not on the board; the timed submits overwrite them).
        await Task.WhenAll(judges.Select(async (judge, j) =>
        {
            await judgeSessions[j].SendAsync<JudgeRoundDto>(http, HttpMethod.Get, $"/api/contests/{contestId}/rounds/{roundId}/judging", null);
            foreach (var entryId in judge.Entries.Take(WarmUpDrafts))
                await judgeSessions[j].SendAsync<ScoreSheetDto>(http, HttpMethod.Put, $"/api/contests/{contestId}/rounds/{roundId}/sheets/{entryId}",
                    new SaveScoreSheetInput(Enumerable.Repeat(5m, criteria).ToList(), false));
        }));
        Console.WriteLine($"Warmed up ({WarmUpDrafts} drafts a judge); opening the streams …");

        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();
        // What each viewer saw, in flat arrays rather than a dictionary per viewer: 200 viewers' dictionaries of every
        // (entry, count) grew to ~100 MB of small objects that the driver's GC paused to trace mid-run, and a pause of
        // the driver counts in every post it holds.
        var entries = new EntryNumbers(judges.SelectMany(j => j.Entries).Distinct(), judges.SelectMany(j => j.Entries).CountBy(e => e).Max(c => c.Value));
        var seen = viewerNames.Select(_ => new ViewerSightings(entries)).ToArray();
        var ready = new CountdownEvent(viewerNames.Count);
        var viewers = viewerSessions.Select((session, v) => Task.Run(() => WatchAsync(http, session, contestId, roundId, seen[v], v == 0, clock, ready, stop.Token))).ToList();
        if (!ready.Wait(TimeSpan.FromSeconds(60))) throw new TimeoutException("the viewers' streams did not open in 60 s");
        Console.WriteLine($"{viewerNames.Count} streams open; judging starts.");

        var posts = new ConcurrentBag<double>();
        var timeline = new ConcurrentBag<(double At, double Ms)>();
        var failures = 0;
        var answered = new ConcurrentDictionary<Guid, List<long>>(); // per entry: send times of its posts in the order answered
        var started = clock.Elapsed;
        var startedAt = Stopwatch.GetTimestamp();
        var pausedBefore = GC.GetTotalPauseDuration();
        await Task.WhenAll(judges.Select(async (judge, j) =>
        {
            var random = new Random(j);
            foreach (var entryId in judge.Entries)
            {
                var scores = Enumerable.Range(0, criteria).Select(_ => (decimal)random.Next(5, 11)).ToList();
                var sent = clock.ElapsedTicks;
                try
                {
                    await judgeSessions[j].SendAsync<ScoreSheetDto>(http, HttpMethod.Put, $"/api/contests/{contestId}/rounds/{roundId}/sheets/{entryId}",
                        new SaveScoreSheetInput(scores, true));
                    posts.Add(Stopwatch.GetElapsedTime(0, clock.ElapsedTicks - sent).TotalMilliseconds);
                    timeline.Add(((Stopwatch.GetElapsedTime(0, sent) - started).TotalMilliseconds, Stopwatch.GetElapsedTime(0, clock.ElapsedTicks - sent).TotalMilliseconds));
                    var list = answered.GetOrAdd(entryId, _ => []);
                    lock (list) list.Add(sent);
                }
                catch (Exception ex)
                {
                    if (Interlocked.Increment(ref failures) <= 3) Console.Error.WriteLine($"post failed: {ex.Message}");
                }
            }
        }));
        var judging = clock.Elapsed - started;
        var driverPaused = GC.GetTotalPauseDuration() - pausedBefore;
        await Task.Delay(TimeSpan.FromSeconds(3)); // the last rows reach the viewers
        stop.Cancel();
        await Task.WhenAll(viewers.Select(v => v.ContinueWith(_ => { })));

        var delays = new List<double>();
        var missed = 0;
        foreach (var (entryId, sends) in answered)
            for (var n = 1; n <= sends.Count; n++)
                foreach (var viewer in seen)
                    if (viewer.FirstSaw(entryId, n) is { } at) delays.Add(Math.Max(0, Stopwatch.GetElapsedTime(0, at - sends[n - 1]).TotalMilliseconds));
                    else missed++;
        var postTimes = posts.Order().ToArray();
        // CONTEST_BENCH_TIMELINE=1: the posts by when they were sent, 200 ms at a time — a stall that holds every judge
        // at once shows as ~40 slow posts in one window (how the board's fan-out bursts and GC pauses were told apart).
        if (Environment.GetEnvironmentVariable("CONTEST_BENCH_TIMELINE") == "1")
        {
            // The monotonic clock (as `perf record -k CLOCK_MONOTONIC` stamps samples), to find a window in a system trace.
            Console.WriteLine($"  judging started at monotonic {(double)startedAt / Stopwatch.Frequency:F6} s");
            foreach (var g in timeline.GroupBy(t => (int)(t.At / 200)).OrderBy(g => g.Key))
            {
                var ms = g.Select(t => t.Ms).Order().ToArray();
                Console.WriteLine($"  {g.Key * 200,5} ms: n={ms.Length,4} p50={BenchSession.Percentile(ms, 0.5),6:F1} p99={BenchSession.Percentile(ms, 0.99),6:F1} max={ms[^1],6:F1} over50={ms.Count(m => m > 50)}");
            }
        }
        var delayTimes = delays.Order().ToArray();
        Console.WriteLine($"judging: {postTimes.Length} sheets ({postTimes.Length * criteria} criterion scores) in {judging.TotalSeconds:F1} s, " +
            $"{postTimes.Length / judging.TotalSeconds:F0}/s; failed {failures}");
        // The driver shares the cores and times the posts: its own GC pauses count in every post it holds meanwhile.
        Console.WriteLine($"driver GC pauses while judging: {driverPaused.TotalMilliseconds:F0} ms");
        Console.WriteLine($"post   p50={BenchSession.Percentile(postTimes, 0.5),7:F1} ms  p99={BenchSession.Percentile(postTimes, 0.99),7:F1} ms  max={(postTimes.Length > 0 ? postTimes[^1] : 0),7:F1} ms (target p99 < 50 ms)");
        Console.WriteLine($"delay  p50={BenchSession.Percentile(delayTimes, 0.5),7:F1} ms  p99={BenchSession.Percentile(delayTimes, 0.99),7:F1} ms  max={(delayTimes.Length > 0 ? delayTimes[^1] : 0),7:F1} ms " +
            $"over {delayTimes.Length} (viewer, post) pairs, not seen {missed} (target ≤ 1000 ms)");
        Console.WriteLine($"contest-judging: {BenchSession.Percentile(postTimes, 0.99):F1} ms");
        return failures == 0 && missed == 0 ? 0 : 1;
    }

    private static async Task WatchAsync(HttpClient http, BenchSession session, Guid contestId, Guid roundId,
        ViewerSightings seen, bool checksChanges, Stopwatch clock, CountdownEvent ready, CancellationToken stop)
    {
        var signalled = false;
        var verified = new HashSet<string>();
        Action<Guid, int> note = Note;
        try
        {
            using var response = await session.OpenAsync(http, $"/api/contests/{contestId}/board/stream", stop);
            await using var body = await response.Content.ReadAsStreamAsync(stop);
            // The rows are read from the event's bytes as they arrive (BoardStreamScanner), checked against the contract's
            // deserialization on each viewer's snapshot (before the timing) and on the first viewer's first change. Not
            // on every viewer's first change: a change is the same text for every viewer, and 200 deserializations of it
            // (~10 MB of objects) landed in the judging's first moments, where the posts' worst stall is.
            var events = SseParser.Create(body, (type, data) =>
            {
                if (type is not ("changes" or "snapshot")) return type;
                if ((type == "snapshot" || checksChanges) && verified.Add(type)) BoardStreamScanner.Verify(type, data, roundId);
                BoardStreamScanner.Scan(data, roundId, note);
                return type;
            });
            await foreach (var _ in events.EnumerateAsync(stop))
                if (!signalled) { signalled = true; ready.Signal(); }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
        finally
        {
            if (!signalled) ready.Signal();
        }

        void Note(Guid entryId, int judged) => seen.Saw(entryId, judged, clock.ElapsedTicks);
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using Training.Learning;
using Training.SharedKernel.Paging;

namespace Training.Bench;

/// <summary>
/// A contest sitting, time-compressed: every taker is signed in before timing starts; they start within the first
/// 10 s, save answers every 3 s, and all submit within the last 20 s of <c>seconds</c>. A submit that times out is
/// retried once (and must count once). Prints p99 of start, save and submit, the time from the last submit until
/// every attempt is graded, and last "exam-submit: &lt;p99 of submit&gt; ms".
/// </summary>
internal static class ExamSubmitDriver
{
    public static async Task<int> RunAsync(string baseUrl, int takers, int seconds)
    {
        using var handler = new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = 256, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(15) };

        var admin = await BenchSession.SignInAsync(http, "admin");
        var exam = await CreateExamAsync(http, admin, seconds);
        Console.WriteLine($"Exam {exam.Id}: {exam.QuestionCount} questions, deadline {exam.TimeLimitMinutes} min; signing in {takers} takers …");

        var sessions = new BenchSession[takers];
        var signIn = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, takers), new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (i, _) => sessions[i] = await BenchSession.SignInAsync(http, $"T{i + 1:00000}"));
        Console.WriteLine($"Signed in {takers} takers in {signIn.Elapsed.TotalSeconds:F1} s; timing starts.");

        var latencies = new ConcurrentDictionary<string, ConcurrentBag<double>>();
        var failures = new ConcurrentDictionary<string, int>();
        var retries = 0;
        var lastSubmitDone = 0L;
        var clock = Stopwatch.StartNew();
        var window = TimeSpan.FromSeconds(seconds);

        await Task.WhenAll(sessions.Select(async (session, i) =>
        {
            var random = new Random(i);
            await Until(clock, TimeSpan.FromSeconds(random.NextDouble() * 10));
            var attempt = await Timed("start", latencies, failures, () => session.SendAsync<AttemptDto>(http, HttpMethod.Post, $"/api/learning/my/exams/{exam.Id}/attempts", null));
            if (attempt is null) return;
            var answers = new Dictionary<int, string?>();
            var submitAt = window - TimeSpan.FromSeconds(20) + TimeSpan.FromSeconds(random.NextDouble() * 19);
            var nextSave = clock.Elapsed + TimeSpan.FromSeconds(random.NextDouble() * 3);
            while (nextSave < submitAt)
            {
                await Until(clock, nextSave);
                var batch = new Dictionary<int, string?>();
                for (var k = 0; k < 3; k++)
                {
                    var index = random.Next(attempt.Questions.Count);
                    batch[index] = answers[index] = attempt.Questions[index].Options[random.Next(attempt.Questions[index].Options.Count)].Key;
                }
                await Timed("save", latencies, failures, () => session.SendAsync<AnswersSavedDto>(http, HttpMethod.Put, $"/api/learning/my/attempts/{attempt.Id}/answers", new SaveAnswersInput(batch)));
                nextSave += TimeSpan.FromSeconds(3);
            }
            await Until(clock, submitAt);
            var submitted = await Timed("submit", latencies, failures, async () =>
            {
                try
                {
                    return await session.SendAsync<AttemptResultDto>(http, HttpMethod.Post, $"/api/learning/my/attempts/{attempt.Id}/submit", new SaveAnswersInput(answers));
                }
                catch (TaskCanceledException)
                {
                    Interlocked.Increment(ref retries); // the client gave up waiting: submit again, it must count once
                    return await session.SendAsync<AttemptResultDto>(http, HttpMethod.Post, $"/api/learning/my/attempts/{attempt.Id}/submit", new SaveAnswersInput(answers));
                }
            });
            if (submitted is not null) InterlockedMax(ref lastSubmitDone, clock.ElapsedTicks);
        }));

        var lastSubmit = TimeSpan.FromTicks(lastSubmitDone * TimeSpan.TicksPerSecond / Stopwatch.Frequency);
        var graded = 0;
        var total = 0;
        while (clock.Elapsed - lastSubmit < TimeSpan.FromSeconds(60))
        {
            (graded, total) = await CountGradedAsync(http, admin, exam.Id);
            if (total > 0 && graded == total) break;
            await Task.Delay(200);
        }
        var allGradedAfter = clock.Elapsed - lastSubmit;

        foreach (var op in new[] { "start", "save", "submit" })
        {
            var values = latencies.GetValueOrDefault(op)?.Order().ToArray() ?? [];
            Console.WriteLine($"{op,-7} n={values.Length,6}  p50={BenchSession.Percentile(values, 0.50),7:F1} ms  p99={BenchSession.Percentile(values, 0.99),7:F1} ms  max={(values.Length > 0 ? values[^1] : 0),7:F1} ms  failed={failures.GetValueOrDefault(op)}");
        }
        Console.WriteLine($"attempts graded: {graded}/{total} (takers {takers}); submits retried after a time-out: {retries}");
        Console.WriteLine($"last submit → all graded: {allGradedAfter.TotalSeconds:F2} s (target < 5 s)");
        Console.WriteLine($"exam-submit: {BenchSession.Percentile(latencies.GetValueOrDefault("submit")?.Order().ToArray() ?? [], 0.99):F1} ms");
        return failures.Values.Sum() == 0 && graded == takers && total == takers ? 0 : 1;
    }

    private static async Task<ExamDto> CreateExamAsync(HttpClient http, BenchSession admin, int seconds)
    {
        var questions = await admin.SendAsync<PagedResult<QuestionDto>>(http, HttpMethod.Get, "/api/learning/questions?maxResultCount=1000&filter=BQ", null);
        var now = DateTime.UtcNow;
        var minutes = (int)Math.Ceiling(seconds / 60.0) + 2;
        return (await admin.SendAsync<ExamDto>(http, HttpMethod.Post, "/api/learning/exams", new SaveExamInput($"技能大赛笔试 {now:HHmmss}", null, false,
            PaperMode.Fixed, questions!.Items.Select(q => q.Id).ToList(), 2, null, minutes, now.AddMinutes(-1), now.AddMinutes(minutes + 5),
            1, 60, GradingPolicy.Highest, ShuffleQuestions: true, ShuffleOptions: true)))!;
    }

    private static async Task<(int Graded, int Total)> CountGradedAsync(HttpClient http, BenchSession admin, Guid examId)
    {
        int graded = 0, total;
        var skip = 0;
        do
        {
            var page = (await admin.SendAsync<PagedResult<AttemptSummaryDto>>(http, HttpMethod.Get,
                $"/api/learning/attempts?examId={examId}&skipCount={skip}&maxResultCount=1000", null))!;
            total = page.TotalCount;
            graded += page.Items.Count(a => a.Status != AttemptStatus.InProgress);
            skip += page.Items.Count;
            if (page.Items.Count == 0) break;
        } while (skip < total);
        return (graded, total);
    }

    private static async Task<T?> Timed<T>(string op, ConcurrentDictionary<string, ConcurrentBag<double>> latencies,
        ConcurrentDictionary<string, int> failures, Func<Task<T?>> call) where T : class
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var result = await call();
            latencies.GetOrAdd(op, _ => []).Add(watch.Elapsed.TotalMilliseconds);
            return result;
        }
        catch (Exception ex)
        {
            if (failures.AddOrUpdate(op, 1, (_, n) => n + 1) <= 3) Console.Error.WriteLine($"{op} failed: {ex.Message}");
            return null;
        }
    }

    private static async Task Until(Stopwatch clock, TimeSpan at)
    {
        var wait = at - clock.Elapsed;
        if (wait > TimeSpan.Zero) await Task.Delay(wait);
    }


    private static void InterlockedMax(ref long target, long value)
    {
        long current;
        while ((current = Interlocked.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current) { }
    }
}

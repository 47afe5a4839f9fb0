using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Training.SharedKernel.Auditing;

namespace Training.Tests.SharedKernel;

/// <summary>
/// Requests queue their audit lines; one writer lets them gather for a moment and inserts them together; a flush or a stop
/// does not wait for the gathering, and nothing queued is lost on stopping.
/// </summary>
public sealed class AuditTrailTests
{
    [Fact]
    public async Task Lines_queued_together_are_written_in_one_call_and_a_flush_waits_for_them()
    {
        var (trail, table, writer) = await StartAsync();
        table.Hold(); // the writer's first call waits, so the rest queue behind it
        await trail.RecordAsync(Line("/api/first"));
        await table.Entered.WaitAsync(TimeSpan.FromSeconds(10));
        for (var i = 0; i < 50; i++) await trail.RecordAsync(Line($"/api/queued/{i}"));
        var flushed = trail.FlushAsync();

        flushed.IsCompleted.ShouldBeFalse();
        table.Release();
        await flushed.WaitAsync(TimeSpan.FromSeconds(10));

        table.Calls.Select(c => c.Count).ShouldBe([1, 50]);
        table.Calls.SelectMany(c => c).Count(r => r.Path.StartsWith("/api/queued/", StringComparison.Ordinal)).ShouldBe(50);
        await writer.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Lines_that_come_while_the_writer_gathers_go_in_one_call()
    {
        var (trail, table, writer) = await StartAsync(TimeSpan.FromSeconds(1));
        for (var i = 0; i < 3; i++)
        {
            await trail.RecordAsync(Line($"/api/gathered/{i}"));
            await Task.Delay(50);
        }
        await trail.FlushAsync().WaitAsync(TimeSpan.FromSeconds(10));

        table.Calls.Select(c => c.Count).ShouldBe([3]);
        await writer.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_flush_cuts_the_gathering_short()
    {
        var (trail, table, writer) = await StartAsync(TimeSpan.FromMinutes(10));
        await trail.RecordAsync(Line("/api/waiting"));
        await Task.Delay(50); // the writer has started to gather

        await trail.FlushAsync().WaitAsync(TimeSpan.FromSeconds(10));

        table.Calls.SelectMany(c => c).Select(r => r.Path).ShouldBe(["/api/waiting"]);
        await trail.RecordAsync(Line("/api/at-stop"));
        await writer.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10)); // stopping cuts it short too
        table.Calls.SelectMany(c => c).Select(r => r.Path).ShouldBe(["/api/waiting", "/api/at-stop"]);
    }

    [Fact]
    public async Task Stopping_writes_what_is_queued_and_a_later_flush_returns_at_once()
    {
        var (trail, table, writer) = await StartAsync();
        table.Hold();
        await trail.RecordAsync(Line("/api/first"));
        await table.Entered.WaitAsync(TimeSpan.FromSeconds(10));
        await trail.RecordAsync(Line("/api/last"));

        var stopping = writer.StopAsync(CancellationToken.None);
        table.Release();
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));

        table.Calls.SelectMany(c => c).Select(r => r.Path).ShouldBe(["/api/first", "/api/last"]);
        await trail.FlushAsync().WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_batch_that_fails_is_logged_and_the_next_lines_are_still_written()
    {
        var (trail, table, writer) = await StartAsync();
        table.FailNext = true;
        await trail.RecordAsync(Line("/api/lost"));
        await trail.FlushAsync().WaitAsync(TimeSpan.FromSeconds(10));
        await trail.RecordAsync(Line("/api/kept"));
        await trail.FlushAsync().WaitAsync(TimeSpan.FromSeconds(10));

        table.Calls.SelectMany(c => c).Select(r => r.Path).ShouldBe(["/api/kept"]);
        await writer.StopAsync(CancellationToken.None);
    }

    private static async Task<(AuditTrail Trail, FakeAuditTable Table, AuditTrailWriter Writer)> StartAsync(TimeSpan? gather = null)
    {
        var trail = new AuditTrail();
        var table = new FakeAuditTable();
        var services = new ServiceCollection().AddSingleton<IAuditLogWriter>(table).BuildServiceProvider();
        var writer = new AuditTrailWriter(trail, services.GetRequiredService<IServiceScopeFactory>(), NullLogger<AuditTrailWriter>.Instance)
        {
            GatherDelay = gather ?? TimeSpan.FromMilliseconds(100),
        };
        await writer.StartAsync(CancellationToken.None);
        return (trail, table, writer);
    }

    private static AuditRecord Line(string path) => new(DateTime.UtcNow, Guid.NewGuid(), "审计", "POST", path, 200, 1, "192.0.2.1", null);

    private sealed class FakeAuditTable : IAuditLogWriter
    {
        private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private TaskCompletionSource? _gate;

        public List<List<AuditRecord>> Calls { get; } = [];
        public bool FailNext { get; set; }
        public Task Entered => _entered.Task;

        public void Hold() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        public void Release() => _gate?.TrySetResult();

        public async Task WriteAsync(IReadOnlyCollection<AuditRecord> records, CancellationToken cancellationToken = default)
        {
            _entered.TrySetResult();
            if (_gate is { } gate) await gate.Task;
            _gate = null;
            if (FailNext)
            {
                FailNext = false;
                throw new InvalidOperationException("the database is away");
            }
            lock (Calls) Calls.Add([.. records]);
        }
    }
}

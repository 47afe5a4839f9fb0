using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Serilog;
using Serilog.AspNetCore;
using Serilog.Core;
using Serilog.Events;
using Training.EntityFrameworkCore;
using Training.Tests.Infrastructure;
using Training.Tests.Ratings.Ingestion;

namespace Training.Tests.Ratings;

/// <summary>
/// An app for the bad-rating loop: its clock stands on Monday 2026-11-23 10:00 in Shanghai (tests make their ratings
/// relative to it and never move it back), and every log event of every category, down to Verbose (Trace), is kept in
/// <see cref="Logs"/> — the host's Serilog pipeline (its ILoggerFactory and the request log) replaced by a logger writing to the capture.
/// </summary>
public abstract class CasesAppFixture : IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));

    public CapturedLogs Logs { get; } = new();

    public TrainingApp App { get; private set; } = null!;

    public abstract DatabaseProvider Provider { get; }

    public Task InitializeAsync()
    {
        // An instance logger, not the static one: the apps of other test classes run at the same time in this process.
        var logger = new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(Logs).CreateLogger();
        App = new TrainingApp(TestDatabase.Create(Provider), configure: s =>
        {
            s.AddSingleton<TimeProvider>(Clock);
            s.AddSerilog(logger, dispose: true);
            s.Configure<RequestLoggingOptions>(o => o.Logger = logger);
        });
        _ = App.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    private readonly SemaphoreSlim _padLock = new(1, 1);
    private HttpClient? _pad;

    /// <summary>One rating pad of hall SZX for the fixture's tests, registered by its manager the first time.</summary>
    public async Task<HttpClient> PadAsync()
    {
        await _padLock.WaitAsync();
        try
        {
            return _pad ??= App.PadClient((await App.RegisterPadAsync()).Secret);
        }
        finally
        {
            _padLock.Release();
        }
    }
}

public sealed class SqliteCasesAppFixture : CasesAppFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgreSqlCasesAppFixture : CasesAppFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}

/// <summary>Every log event as text: the rendered message, each property's value and the exception, if any.</summary>
public sealed class CapturedLogs : ILogEventSink
{
    private readonly ConcurrentQueue<string> _lines = new();

    public int Count => _lines.Count;

    public IReadOnlyList<string> Lines => _lines.ToArray();

    public void Emit(LogEvent logEvent)
    {
        var properties = string.Join(" ", logEvent.Properties.Select(p => $"{p.Key}={p.Value}"));
        _lines.Enqueue($"{logEvent.Level} {logEvent.RenderMessage(CultureInfo.InvariantCulture)} {properties} {logEvent.Exception}");
    }
}

using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Training.EntityFrameworkCore;

namespace Training.Tests.Infrastructure;

/// <summary>
/// The SQL commands sent to one app's database, seen through EF Core's diagnostics: tests that hold a request to a
/// fixed number of queries however many rows it covers. Only commands sent on a request's own flow count (the request's
/// HttpContext is set where the command runs): what the app's background services send meanwhile — every module's outbox
/// dispatcher, the audit sealer, Hangfire jobs — made these counts flaky as modules were added. Within a request,
/// Identity's periodic account check is left out too: it lands in whichever request happens to come after its interval.
/// </summary>
internal sealed class CommandRecorder : IDisposable
{
    /// <summary>Starts recording once EF Core has noticed the listener (it looks again whether anyone listens once a second).</summary>
    public static async Task<CommandRecorder> StartAsync(TrainingApp app)
    {
        var recorder = new CommandRecorder(app);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        return recorder;
    }

    private readonly string _database;
    private readonly ConcurrentQueue<string> _commands = new();
    private readonly IDisposable _subscription;

    private CommandRecorder(TrainingApp app)
    {
        _database = KeyOf(app.Database.Provider == DatabaseProvider.PostgreSql
            ? new Npgsql.NpgsqlConnection(app.Database.ConnectionString)
            : new Microsoft.Data.Sqlite.SqliteConnection(app.Database.ConnectionString));
        _subscription = DiagnosticListener.AllListeners.Subscribe(new Observer<DiagnosticListener>(listener =>
        {
            if (listener.Name != DbLoggerCategory.Name) return;
            listener.Subscribe(new Observer<KeyValuePair<string, object?>>(e =>
            {
                if (e.Key == RelationalEventId.CommandExecuted.Name && e.Value is CommandExecutedEventData data
                    && KeyOf(data.Command.Connection!) == _database && RequestFlow.HttpContext is not null
                    && !IsPeriodic(data.Command.CommandText))
                    _commands.Enqueue(data.Command.CommandText);
            }));
        }));
    }

    public async Task<(IReadOnlyList<string> Commands, T Result)> RecordAsync<T>(Func<Task<T>> request)
    {
        _commands.Clear();
        var result = await request();
        return (_commands.ToList(), result);
    }

    public void Dispose() => _subscription.Dispose();

    /// <summary>The ambient request of the flow a command runs on (the accessor's state is per async flow, not per instance).</summary>
    private static readonly HttpContextAccessor RequestFlow = new();

    private static bool IsPeriodic(string sql) => sql.Contains("Identity_", StringComparison.Ordinal);

    /// <summary>Two requests sent the same number of commands; if not, the message lists both so a failure explains itself.</summary>
    public static void ShouldBeSameCount(IReadOnlyList<string> actual, IReadOnlyList<string> expected) =>
        actual.Count.ShouldBe(expected.Count,
            $"sent:\n{string.Join("\n---\n", actual)}\n\nexpected as many as:\n{string.Join("\n---\n", expected)}");

    private static string KeyOf(DbConnection connection) => $"{connection.DataSource}|{connection.Database}";

    private sealed class Observer<T>(Action<T> next) : IObserver<T>
    {
        public void OnCompleted() { }
        public void OnError(Exception error) { }
        public void OnNext(T value) => next(value);
    }
}

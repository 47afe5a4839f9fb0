using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Training.EntityFrameworkCore;

namespace Training.Tests.Infrastructure;

/// <summary>
/// An app whose clock the test moves, so deadlines and the exam's close can be crossed on purpose. It starts on Monday
/// 2026-11-23, 10:00 in Shanghai, unless a fixture names another start (a day before a holiday, say).
/// </summary>
public abstract class ClockedAppFixture(DateTimeOffset start) : IAsyncLifetime
{
    protected ClockedAppFixture() : this(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero)) { }

    public FakeTimeProvider Clock { get; } = new(start);

    public TrainingApp App { get; private set; } = null!;

    public abstract DatabaseProvider Provider { get; }

    public Task InitializeAsync()
    {
        App = new TrainingApp(TestDatabase.Create(Provider), configure: s => s.AddSingleton<TimeProvider>(Clock));
        _ = App.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

public sealed class SqliteClockedAppFixture : ClockedAppFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgreSqlClockedAppFixture : ClockedAppFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}

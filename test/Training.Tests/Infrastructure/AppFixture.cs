using Training.EntityFrameworkCore;

namespace Training.Tests.Infrastructure;

/// <summary>One app with demo data per provider, shared by the test classes of a collection (they run one at a time).</summary>
public abstract class AppFixture : IAsyncLifetime
{
    public TrainingApp App { get; private set; } = null!;

    public abstract DatabaseProvider Provider { get; }

    public Task InitializeAsync()
    {
        App = new TrainingApp(TestDatabase.Create(Provider));
        _ = App.Server; // starts the host: migrates and seeds
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

public sealed class SqliteAppFixture : AppFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgreSqlAppFixture : AppFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteAppFixture>
{
    public const string Name = "sqlite";
}

[CollectionDefinition(Name)]
public sealed class PostgreSqlCollection : ICollectionFixture<PostgreSqlAppFixture>
{
    public const string Name = "postgresql";
}

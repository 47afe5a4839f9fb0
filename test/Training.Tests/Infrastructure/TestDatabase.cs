using Npgsql;
using Training.EntityFrameworkCore;

namespace Training.Tests.Infrastructure;

/// <summary>A database for one test app: a temporary SQLite file, or a fresh database on the test PostgreSQL server.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract DatabaseProvider Provider { get; }

    public abstract string ConnectionString { get; }

    public abstract ValueTask DisposeAsync();

    public static TestDatabase Create(DatabaseProvider provider) =>
        provider == DatabaseProvider.PostgreSql ? PostgreSqlTestDatabase.Create() : new SqliteTestDatabase();

    /// <summary>The same database for a second app; only the first app drops it.</summary>
    public TestDatabase Borrow() => new Borrowed(this);

    private sealed class Borrowed(TestDatabase owner) : TestDatabase
    {
        public override DatabaseProvider Provider => owner.Provider;
        public override string ConnectionString => owner.ConnectionString;
        public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"training-test-{Guid.NewGuid():N}.db");

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override string ConnectionString => $"Data Source={_path}";

    public override ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            if (File.Exists(_path + suffix)) File.Delete(_path + suffix);
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// Needs TRAINING_TEST_POSTGRES (a connection string to a server, set by etc/test.sh). Missing, the PostgreSQL tests
/// fail with this message: a missing database is a failure, never a silent skip.
/// </summary>
public sealed class PostgreSqlTestDatabase : TestDatabase
{
    public const string ServerVariable = "TRAINING_TEST_POSTGRES";
    private readonly string _server;
    private readonly string _name;

    private PostgreSqlTestDatabase(string server, string name)
    {
        _server = server;
        _name = name;
    }

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public override string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;

    public static PostgreSqlTestDatabase Create()
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(server))
            throw new InvalidOperationException($"{ServerVariable} is not set: run the suite with etc/test.sh, which starts PostgreSQL.");
        var name = $"training_test_{Guid.NewGuid():N}";
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        command.ExecuteNonQuery();
        return new PostgreSqlTestDatabase(server, name);
    }

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}

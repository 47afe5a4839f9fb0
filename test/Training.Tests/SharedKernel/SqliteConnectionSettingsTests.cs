using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Training.EntityFrameworkCore;
using Training.SharedKernel.Data;
using Training.Tests.Infrastructure;

namespace Training.Tests.SharedKernel;

/// <summary>
/// A SQLite connection gets its settings (synchronous=NORMAL, no automatic checkpoint) once, when SQLite opens it; the
/// pool hands the same connection to request after request, which then run no PRAGMA of their own.
/// </summary>
public sealed class SqliteConnectionSettingsTests
{
    [Fact]
    public async Task Should_set_a_connection_up_once_and_keep_it_so_through_the_pool()
    {
        await using var database = new SqliteTestDatabase();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Default"] = database.ConnectionString })
            .Build();
        await using var services = new ServiceCollection().AddLogging().AddTrainingDatabase(configuration).BuildServiceProvider();
        var connections = services.GetRequiredService<IDbConnectionFactory>();

        SQLitePCL.sqlite3 opened;
        await using (var first = (SqliteConnection)connections.Create())
        {
            Pragma(first, "synchronous").ShouldBe(1); // NORMAL
            Pragma(first, "wal_autocheckpoint").ShouldBe(0);
            opened = first.Handle!;
            Execute(first, "PRAGMA synchronous=FULL;"); // set by hand: a second setting-up would put NORMAL back
        }

        await using (var pooled = (SqliteConnection)connections.Create())
        {
            pooled.Handle.ShouldBeSameAs(opened);
            Pragma(pooled, "synchronous").ShouldBe(2); // FULL: nothing ran on taking it from the pool
        }

        SqliteConnection.ClearAllPools();
        await using var fresh = (SqliteConnection)connections.Create();
        fresh.Handle.ShouldNotBeSameAs(opened);
        Pragma(fresh, "synchronous").ShouldBe(1);
        Pragma(fresh, "wal_autocheckpoint").ShouldBe(0);
    }

    private static long Pragma(SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

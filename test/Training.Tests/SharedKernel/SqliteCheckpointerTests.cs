using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Training.EntityFrameworkCore;
using Training.Tests.Infrastructure;

namespace Training.Tests.SharedKernel;

/// <summary>With the automatic checkpoint off, the background checkpointer is what moves the log into the database file.</summary>
public sealed class SqliteCheckpointerTests
{
    [Fact]
    public async Task Should_copy_the_whole_write_ahead_log_into_the_database()
    {
        await using var database = new SqliteTestDatabase();
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await Execute(connection, "PRAGMA journal_mode=WAL;" + SqliteCheckpointer.DisableAutoCheckpoint +
                                  "CREATE TABLE t (x TEXT); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) " +
                                  "INSERT INTO t SELECT hex(randomblob(200)) FROM n;");
        var file = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        new FileInfo(file).Length.ShouldBeLessThan(100_000, "the rows are still in the log only: nothing checkpointed them");

        await new SqliteCheckpointer(database.ConnectionString, TimeSpan.FromSeconds(1), NullLogger<SqliteCheckpointer>.Instance)
            .CheckpointAsync(CancellationToken.None);

        new FileInfo(file).Length.ShouldBeGreaterThan(2_000_000, "5,000 rows of 400 characters are in the database file now");
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}

using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Training.EntityFrameworkCore;
using Training.SharedKernel.Data;
using Training.Tests.Infrastructure;

namespace Training.Tests.SharedKernel;

/// <summary>
/// With the automatic checkpoint off, the background checkpointer is what moves the log into the database file, and what
/// has the log start over instead of growing while requests keep reading.
/// </summary>
public sealed class SqliteCheckpointerTests
{
    private const string Rows = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO t SELECT hex(randomblob(200)) FROM n;";

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

        await Checkpointer(database).CheckpointAsync(CancellationToken.None);

        new FileInfo(file).Length.ShouldBeGreaterThan(2_000_000, "5,000 rows of 400 characters are in the database file now");
    }

    [Fact]
    public async Task Should_start_the_log_over_once_the_readers_of_its_older_part_are_done()
    {
        await using var database = new SqliteTestDatabase();
        var (writer, reader) = await LogWithAReaderAsync(database);
        await using var _ = writer;
        await using var __ = reader;
        var log = new FileInfo(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource + "-wal");
        var logLength = log.Length;

        var readerDone = Task.Run(async () =>
        {
            await Task.Delay(300);
            await Execute(reader, "COMMIT;");
        });
        var restarted = await Checkpointer(database, TimeSpan.FromSeconds(10)).CheckpointAsync(CancellationToken.None);
        await readerDone;
        await Execute(writer, Rows);

        restarted.ShouldBeTrue();
        log.Refresh();
        log.Length.ShouldBe(logLength, "the rows written after the checkpoint went to the log's beginning, not after its end");
    }

    [Fact]
    public async Task Should_leave_the_log_for_the_next_checkpoint_when_a_reader_outlasts_the_wait()
    {
        await using var database = new SqliteTestDatabase();
        var (writer, reader) = await LogWithAReaderAsync(database);
        await using var _ = writer;
        await using var __ = reader;
        var gate = new WriteGate();

        var restarted = await Checkpointer(database, TimeSpan.FromMilliseconds(20), gate).CheckpointAsync(CancellationToken.None);

        restarted.ShouldBeFalse();
        await using var next = new UnitOfWork(new Connections(gate));
        (await next.EnterWriteAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5))).Dispose(); // the writers' gate was let go
        await Execute(reader, "COMMIT;");
    }

    /// <summary>
    /// Rows in the log, a reader still in a transaction that began after the first ones (a request still reading what
    /// the log held then) and more rows written after it began: the log's older part is in use.
    /// </summary>
    private static async Task<(SqliteConnection Writer, SqliteConnection Reader)> LogWithAReaderAsync(SqliteTestDatabase database)
    {
        var writer = new SqliteConnection(database.ConnectionString);
        await writer.OpenAsync();
        await Execute(writer, "PRAGMA journal_mode=WAL;" + SqliteCheckpointer.DisableAutoCheckpoint + "CREATE TABLE t (x TEXT);" + Rows);
        var reader = new SqliteConnection(database.ConnectionString);
        await reader.OpenAsync();
        await Execute(reader, "BEGIN; SELECT count(*) FROM t;");
        await Execute(writer, Rows);
        return (writer, reader);
    }

    private static SqliteCheckpointer Checkpointer(SqliteTestDatabase database, TimeSpan? restartWait = null, WriteGate? gate = null) =>
        new(database.ConnectionString, new Connections(gate ?? new WriteGate()), TimeSpan.FromSeconds(1), NullLogger<SqliteCheckpointer>.Instance)
        {
            RestartWait = restartWait ?? TimeSpan.FromSeconds(1),
        };

    /// <summary>Only the gate is used: the checkpointer opens its own connection.</summary>
    private sealed class Connections(WriteGate gate) : IDbConnectionFactory
    {
        public WriteGate? WriteGate { get; } = gate;
        public DbConnection Create() => throw new InvalidOperationException("the checkpointer opens its own connection");
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}

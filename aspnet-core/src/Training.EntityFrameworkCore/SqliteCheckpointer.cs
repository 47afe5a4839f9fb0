using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Training.SharedKernel.Data;

namespace Training.EntityFrameworkCore;

/// <summary>
/// SQLite only: copies the write-ahead log into the database file every few seconds, off the request path, and has the
/// log start over. The app's connections turn SQLite's automatic checkpoint off (<c>wal_autocheckpoint=0</c>), because it
/// runs inside the commit that crosses 1,000 pages, with an fsync of the database file, while every other writer of the
/// process waits its turn: an exam sitting's occasional 300–600 ms stalls.
/// <para>
/// A PASSIVE checkpoint takes no write lock, so writers go on meanwhile; but it copies only what no reader still reads
/// from the log, and the log starts over only when everything was copied and nobody reads it. Under a steady load there
/// is always a request reading, so it never did: the log grew by every write (800 MB in the 8 s of 16,000 score posts),
/// each write extended the file (a third of the portal's CPU went to the kernel's zeroing of new file pages) and each
/// read searched an ever longer log index. So, after the PASSIVE copy, a RESTART checkpoint copies the little written
/// since, waits (at most <see cref="RestartWait"/>) for the readers of the log to finish, and the next write starts the
/// log from its beginning. RESTART keeps writers out while it runs, so it holds the process's <see cref="WriteGate"/>:
/// they queue there, for about a millisecond, rather than in SQLite's busy sleeps.
/// </para>
/// </summary>
public sealed class SqliteCheckpointer(string connectionString, IDbConnectionFactory connections, TimeSpan interval,
    ILogger<SqliteCheckpointer> logger) : BackgroundService
{
    public const string DisableAutoCheckpoint = "PRAGMA wal_autocheckpoint=0;";

    /// <summary>How long the RESTART waits for readers of the log; past it, the log starts over at a later checkpoint.</summary>
    public TimeSpan RestartWait { get; init; } = TimeSpan.FromMilliseconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await CheckpointAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "SQLite checkpoint failed; the next one tries again");
            }
        }
    }

    /// <summary>Copies the log into the database file; true when the log starts over at the next write.</summary>
    public async Task<bool> CheckpointAsync(CancellationToken cancellationToken)
    {
        // Its own connection, out of the pool: the busy timeout set on it must not reach the requests' connections.
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        // The bulk without holding anyone up, then again what was written meanwhile, until a round finds little new:
        // the RESTART, which holds the writers, then has only a millisecond's worth left to copy.
        long before = -1;
        for (var round = 0; round < MaxPassiveRounds; round++)
        {
            var (_, _, copied) = await CheckpointAsync(connection, "PASSIVE", cancellationToken);
            if (before >= 0 && copied - before <= FewFrames) break;
            before = copied;
        }
        await using (var timeout = connection.CreateCommand())
        {
            timeout.CommandText = $"PRAGMA busy_timeout={(int)RestartWait.TotalMilliseconds};";
            await timeout.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var writers = new UnitOfWork(connections);
        using (await writers.EnterWriteAsync(cancellationToken))
        {
            if ((await CheckpointAsync(connection, "RESTART", cancellationToken)).Busy == 0) return true;
        }
        logger.LogDebug("SQLite's log stays as it is until the next checkpoint: readers outlasted {Wait}", RestartWait);
        return false;
    }

    private const int MaxPassiveRounds = 4;

    /// <summary>About a millisecond's copying.</summary>
    private const long FewFrames = 300;

    /// <summary>SQLite's answer: busy (1 when it could not finish), frames in the log, frames copied into the database.</summary>
    private static async Task<(long Busy, long Frames, long Copied)> CheckpointAsync(SqliteConnection connection, string mode,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA wal_checkpoint({mode});";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }
}

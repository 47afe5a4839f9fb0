using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Training.EntityFrameworkCore;

/// <summary>
/// SQLite only: copies the write-ahead log into the database file every few seconds, off the request path. The app's
/// connections turn SQLite's automatic checkpoint off (<c>wal_autocheckpoint=0</c>), because it runs inside the commit
/// that crosses 1,000 pages, with an fsync of the database file, while every other writer of the process waits its turn:
/// an exam sitting's occasional 300–600 ms stalls. A PASSIVE checkpoint takes no write lock, so writers go on meanwhile.
/// </summary>
public sealed class SqliteCheckpointer(string connectionString, TimeSpan interval, ILogger<SqliteCheckpointer> logger) : BackgroundService
{
    public const string DisableAutoCheckpoint = "PRAGMA wal_autocheckpoint=0;";

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

    public async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

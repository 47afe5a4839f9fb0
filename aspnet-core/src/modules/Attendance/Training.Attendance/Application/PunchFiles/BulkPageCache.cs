using System.Data;
using System.Data.Common;

namespace Training.Attendance.Application.PunchFiles;

/// <summary>
/// A bigger SQLite page cache for this connection while a punch file is written, put back afterwards (the connection
/// returns to the pool). A file's inserts touch two indexes spread over the whole punch table; with SQLite's default
/// 2 MB cache their pages are thrown out and read again (and spilled to the WAL) all the time: 64 MB took a million
/// punches from 15.7 s to 11.8 s on the benchmark. PostgreSQL has its own shared buffers: nothing to do there.
/// </summary>
internal sealed class BulkPageCache : IAsyncDisposable
{
    public const int Kibibytes = 64 * 1024;

    private readonly DbConnection? _connection;
    private readonly long _previous;

    private BulkPageCache(DbConnection? connection, long previous) => (_connection, _previous) = (connection, previous);

    public static async Task<BulkPageCache> EnterAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (!connection.GetType().Name.StartsWith("Sqlite", StringComparison.Ordinal)) return new BulkPageCache(null, 0);
        if (connection.State != ConnectionState.Open) await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA cache_size";
        var previous = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        command.CommandText = $"PRAGMA cache_size=-{Kibibytes}";
        await command.ExecuteNonQueryAsync(cancellationToken);
        return new BulkPageCache(connection, previous);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is null || _connection.State != ConnectionState.Open) return;
        await using var command = _connection.CreateCommand();
        command.CommandText = $"PRAGMA cache_size={_previous}";
        await command.ExecuteNonQueryAsync();
    }
}

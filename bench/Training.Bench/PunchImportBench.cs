using System.Data;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Attendance;
using Training.Attendance.Application.PunchFiles;
using Training.Attendance.Application.Results;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.SharedKernel.Data;
using Training.SharedKernel.Files;
using Training.SharedKernel.Modularity;

namespace Training.Bench;

/// <summary>
/// etc/bench.sh punch-import: a fresh SQLite database with a generated city (or province), its clocks, enrolments and
/// attlog files (<see cref="AttendanceGenerator"/>); each file then goes through the import job's own code
/// (<see cref="PunchImportRunner"/>: parse, resolve, the punch writer, line errors, progress), which recomputes the
/// daily results of the new punches' person-days at the end of each file (timed apart through a decorator); the hall's
/// absent window holders are judged by the jobs the import schedules (four clocks: the first takes every pending date), run after the files inside the timing. Then the
/// same rows go into a scratch copy of the punch table (same columns, indexes, pragmas) through one raw prepared
/// statement in one transaction: the import phase's rate is printed as a ratio to that. Last line:
/// <c>punch-import: &lt;seconds&gt; s</c>, the import and the results together.
/// </summary>
internal static class PunchImportBench
{
    public static async Task<int> RunAsync(IServiceProvider services, string directory, int halls, int staff, int days, int devicesPerHall)
    {
        var clock = Stopwatch.StartNew();
        await new ProvinceGenerator(services).GenerateAsync(halls, staff);
        var files = await new AttendanceGenerator(services).GenerateAsync(directory, days, devicesPerHall, new DateOnly(2025, 1, 2));
        var lines = files.Sum(f => f.Lines);
        Console.WriteLine($"generate: {halls} hall(s), {staff} people, {days} working days, {files.Count} attlog files, {lines:N0} lines in {clock.Elapsed.TotalSeconds:F1} s");

        var imports = new List<Guid>();
        foreach (var file in files) imports.Add(await StoreAsync(services, file));
        await CheckpointAsync(services);

        TimedRecalculator.Elapsed = TimeSpan.Zero;
        var total = Stopwatch.StartNew();
        foreach (var id in imports)
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<PunchImportRunner>().RunAsync(id, CancellationToken.None);
        }
        // A hall with several clocks judges the absent holders minutes after its files (the host's worker runs the job then).
        var deferred = await ((DeferredJobs)services.GetRequiredService<IBackgroundJobQueue>()).RunAllAsync();
        total.Stop();
        var results = TimedRecalculator.Elapsed;
        var import = total.Elapsed - results;

        var (stored, newCount, bad) = await CountAsync(services, imports);
        if (stored != lines || newCount != lines || bad != 0)
            throw new InvalidOperationException($"expected {lines} new punches, found {stored} stored, {newCount} new, {bad} bad lines");
        await CheckpointAsync(services);
        var raw = await RawInsertAsync(services);
        var importRate = lines / import.TotalSeconds;
        var rawRate = lines / raw.TotalSeconds;

        Console.WriteLine($"import:   {import.TotalSeconds,6:F2} s  {importRate,9:N0} punches/s  (parse, resolve, punch writer, progress; {files.Count} jobs)");
        Console.WriteLine($"results:  {results.TotalSeconds,6:F2} s  (IDailyResultRecalculator for every new person-day and, in {deferred} deferred job(s), the absent holders: {TimedRecalculator.Implementation})");
        Console.WriteLine($"raw:      {raw.TotalSeconds,6:F2} s  {rawRate,9:N0} rows/s     (one prepared INSERT … ON CONFLICT DO NOTHING, one transaction, same indexes)");
        Console.WriteLine($"ratio:    {importRate / rawRate:F2}  (import rate / raw rate; goal ≥ 0.3)");
        Console.WriteLine($"punch-import: {total.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    /// <summary>The upload's part without HTTP: the file through the file storage, and its import record (queued).</summary>
    private static async Task<Guid> StoreAsync(IServiceProvider services, AttendanceGenerator.DeviceFile file)
    {
        await using var scope = services.CreateAsyncScope();
        var name = Path.GetFileName(file.Path);
        var stored = await scope.ServiceProvider.GetRequiredService<IFileStorage>().SaveAsync(
            new FileUpload(name, await File.ReadAllBytesAsync(file.Path), "Attendance.PunchFile", [FileKind.Text]));
        var db = scope.ServiceProvider.GetRequiredService<AttendanceDbContext>();
        var import = new PunchImport(stored.Id, name, PunchFileFormat.Attlog, file.DeviceId, file.Serial, file.HallId, "bench");
        db.Add(import);
        await db.SaveChangesAsync();
        return import.Id;
    }

    private static async Task<(long Stored, long New, long Bad)> CountAsync(IServiceProvider services, List<Guid> imports)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AttendanceDbContext>();
        var stored = await db.Punches.LongCountAsync();
        var rows = await db.Set<PunchImport>().Where(i => imports.Contains(i.Id)).ToListAsync();
        return (stored, rows.Sum(r => (long)r.NewCount), rows.Sum(r => (long)r.BadCount));
    }

    /// <summary>The scratch table: the punch table's own DDL and indexes under another name, filled from the punches just imported.</summary>
    private static async Task<TimeSpan> RawInsertAsync(IServiceProvider services)
    {
        const string table = "Attendance_Punches", scratch = "Bench_ScratchPunches";
        await using var scope = services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<UnitOfWork>().Connection;
        if (connection.State != ConnectionState.Open) await connection.OpenAsync();
        var ddl = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT sql FROM sqlite_master WHERE tbl_name = '{table}' AND sql IS NOT NULL ORDER BY type DESC";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) ddl.Add(reader.GetString(0).Replace(table, scratch, StringComparison.Ordinal));
        }
        await ExecuteAsync(connection, $"DROP TABLE IF EXISTS \"{scratch}\"");
        foreach (var statement in ddl) await ExecuteAsync(connection, statement);

        const string columns = "\"DeviceId\", \"DeviceSerial\", \"DeviceUserId\", \"RawLocalTime\", \"StaffId\", \"HallId\", \"UnitId\", \"At\", \"Date\", "
            + "\"VerifyMode\", \"State\", \"WorkCode\", \"Source\", \"ReceivedAt\", \"ImportId\", \"ArrivedAfterClose\"";
        var rows = new List<object?[]>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT {columns} FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var values = new object?[16];
                reader.GetValues(values!);
                rows.Add(values);
            }
        }
        await CheckpointAsync(services);
        await ExecuteAsync(connection, $"PRAGMA cache_size=-{BulkPageCache.Kibibytes}"); // as the import's connection has it

        var timer = Stopwatch.StartNew();
        await using (var transaction = await connection.BeginTransactionAsync())
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO \"{scratch}\" ({columns}) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15) "
                + "ON CONFLICT (\"DeviceSerial\", \"DeviceUserId\", \"RawLocalTime\") DO NOTHING";
            var p = new DbParameter[16];
            for (var i = 0; i < p.Length; i++)
            {
                p[i] = insert.CreateParameter();
                p[i].ParameterName = "@p" + i;
                insert.Parameters.Add(p[i]);
            }
            insert.Prepare();
            foreach (var row in rows)
            {
                for (var i = 0; i < 16; i++) p[i].Value = row[i] ?? DBNull.Value;
                insert.ExecuteNonQuery();
            }
            await transaction.CommitAsync();
        }
        timer.Stop();
        await ExecuteAsync(connection, $"DROP TABLE \"{scratch}\"");
        return timer.Elapsed;
    }

    /// <summary>The host's checkpointer does not run here (no hosted services): fold the WAL in between phases, so each starts alike.</summary>
    private static async Task CheckpointAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<UnitOfWork>().Connection;
        if (connection.State != ConnectionState.Open) await connection.OpenAsync();
        await ExecuteAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Registers the timing decorator around whatever recalculator the results area registers, and the bench's job queue.</summary>
    public static void TimeResults(IServiceCollection services)
    {
        services.AddSingleton<IBackgroundJobQueue, DeferredJobs>();
        var inner = services.Last(d => d.ServiceType == typeof(IDailyResultRecalculator));
        services.Remove(inner);
        TimedRecalculator.Implementation = inner.ImplementationType?.Name ?? "factory";
        services.AddScoped<IDailyResultRecalculator>(sp => new TimedRecalculator(
            inner.ImplementationFactory is { } factory ? (IDailyResultRecalculator)factory(sp)
                : (IDailyResultRecalculator)ActivatorUtilities.CreateInstance(sp, inner.ImplementationType!)));
    }

    private sealed class TimedRecalculator(IDailyResultRecalculator inner) : IDailyResultRecalculator
    {
        public static TimeSpan Elapsed;
        public static string Implementation = "";

        public async Task RecomputeAsync(IReadOnlyCollection<PersonDays> days, CancellationToken cancellationToken = default)
        {
            var timer = Stopwatch.StartNew();
            await inner.RecomputeAsync(days, cancellationToken);
            Elapsed += timer.Elapsed;
        }
    }
}

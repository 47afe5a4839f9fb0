using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Training.Attendance.EntityFrameworkCore;
using Training.SharedKernel.Data;

namespace Training.Attendance.Application.Intake;

/// <summary>
/// The bulk insert of punches, outside EF (no change tracking, no per-row SQL generation), on the request's connection
/// and inside its open transaction. SQLite: one prepared single-row statement executed per punch, whose count says
/// new (1) or duplicate (0). PostgreSQL: one statement per chunk over unnest()ed arrays, RETURNING the keys it stored.
/// Values are written as EF writes them (SQLite: upper-case GUID text, <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c> times).
/// </summary>
internal static class PunchInsert
{
    private const string Columns = "\"DeviceId\", \"DeviceSerial\", \"DeviceUserId\", \"RawLocalTime\", \"StaffId\", \"HallId\", \"UnitId\", "
        + "\"At\", \"Date\", \"VerifyMode\", \"State\", \"WorkCode\", \"Source\", \"ReceivedAt\", \"ImportId\", \"ArrivedAfterClose\"";

    private const string Conflict = "ON CONFLICT (\"DeviceSerial\", \"DeviceUserId\", \"RawLocalTime\") DO NOTHING";

    private const int PostgreSqlChunk = 5000;

    public static bool IsPostgreSql(AttendanceDbContext db) => db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;

    public static Task<bool[]> SqliteAsync(UnitOfWork unitOfWork, IReadOnlyList<PunchRow> rows, DateTime receivedAt,
        CancellationToken cancellationToken)
    {
        var inserted = new bool[rows.Count];
        using var command = unitOfWork.Connection.CreateCommand();
        command.Transaction = unitOfWork.Transaction;
        command.CommandText = $"INSERT INTO \"{AttendanceDbContext.Prefix}_Punches\" ({Columns}) VALUES "
            + "(@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15) " + Conflict;
        var p = new DbParameter[16];
        for (var i = 0; i < p.Length; i++)
        {
            p[i] = command.CreateParameter();
            p[i].ParameterName = "@p" + i;
            p[i].DbType = i is 9 or 10 or 15 ? DbType.Int64 : DbType.String;
            command.Parameters.Add(p[i]);
        }
        var received = SqliteTime(receivedAt);
        // A batch names few devices, people, halls, units and dates many times over: their text is made once.
        var guids = new Dictionary<Guid, string>();
        var dates = new Dictionary<DateOnly, string>();
        string GuidText(Guid id) => guids.TryGetValue(id, out var text) ? text : guids[id] = SqliteGuid(id);
        string DateText(DateOnly date) => dates.TryGetValue(date, out var text) ? text : dates[date] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // Microsoft.Data.Sqlite runs synchronously anyway; the synchronous calls save a task per punch.
        command.Prepare();
        for (var k = 0; k < rows.Count; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var r = rows[k];
            var x = r.Punch;
            p[0].Value = GuidText(x.DeviceId);
            p[1].Value = x.DeviceSerial;
            p[2].Value = x.DeviceUserId;
            p[3].Value = SqliteTime(r.Raw);
            p[4].Value = GuidText(x.StaffId);
            p[5].Value = GuidText(x.HallId);
            p[6].Value = x.UnitId is { } unit ? GuidText(unit) : DBNull.Value;
            p[7].Value = SqliteTime(r.At);
            p[8].Value = DateText(r.Date);
            p[9].Value = (long)x.VerifyMode;
            p[10].Value = (long)x.State;
            p[11].Value = (object?)x.WorkCode ?? DBNull.Value;
            p[12].Value = SourceText(x.Source);
            p[13].Value = received;
            p[14].Value = x.ImportId is { } import ? GuidText(import) : DBNull.Value;
            p[15].Value = r.ArrivedAfterClose ? 1L : 0L;
            inserted[k] = command.ExecuteNonQuery() == 1;
        }
        return Task.FromResult(inserted);
    }

    public static async Task<bool[]> PostgreSqlAsync(UnitOfWork unitOfWork, List<PunchRow> rows, DateTime receivedAt,
        CancellationToken cancellationToken)
    {
        var inserted = new bool[rows.Count];
        await using var command = unitOfWork.Connection.CreateCommand();
        command.Transaction = unitOfWork.Transaction;
        command.CommandText = $"INSERT INTO \"{AttendanceDbContext.Prefix}_Punches\" ({Columns}) "
            + "SELECT d, s, u, r, st, h, un, a, dt, vm, sa, wc, so, @received, im, ac FROM unnest(@p0::uuid[], @p1::text[], @p2::text[], "
            + "@p3::timestamptz[], @p4::uuid[], @p5::uuid[], @p6::uuid[], @p7::timestamptz[], @p8::date[], @p9::int[], @p10::int[], "
            + "@p11::text[], @p12::text[], @p13::uuid[], @p14::boolean[]) AS x(d, s, u, r, st, h, un, a, dt, vm, sa, wc, so, im, ac) "
            + Conflict + " RETURNING \"DeviceSerial\", \"DeviceUserId\", \"RawLocalTime\"";
        var p = new DbParameter[15];
        for (var i = 0; i < p.Length; i++)
        {
            p[i] = command.CreateParameter();
            p[i].ParameterName = "p" + i;
            command.Parameters.Add(p[i]);
        }
        var received = command.CreateParameter();
        received.ParameterName = "received";
        received.Value = DateTime.SpecifyKind(receivedAt, DateTimeKind.Utc);
        command.Parameters.Add(received);

        for (var start = 0; start < rows.Count; start += PostgreSqlChunk)
        {
            var chunk = rows.GetRange(start, Math.Min(PostgreSqlChunk, rows.Count - start));
            p[0].Value = chunk.Select(r => r.Punch.DeviceId).ToArray();
            p[1].Value = chunk.Select(r => r.Punch.DeviceSerial).ToArray();
            p[2].Value = chunk.Select(r => r.Punch.DeviceUserId).ToArray();
            p[3].Value = chunk.Select(r => r.Raw).ToArray();
            p[4].Value = chunk.Select(r => r.Punch.StaffId).ToArray();
            p[5].Value = chunk.Select(r => r.Punch.HallId).ToArray();
            p[6].Value = chunk.Select(r => r.Punch.UnitId).ToArray();
            p[7].Value = chunk.Select(r => r.At).ToArray();
            p[8].Value = chunk.Select(r => r.Date).ToArray();
            p[9].Value = chunk.Select(r => r.Punch.VerifyMode).ToArray();
            p[10].Value = chunk.Select(r => r.Punch.State).ToArray();
            p[11].Value = chunk.Select(r => r.Punch.WorkCode).ToArray();
            p[12].Value = chunk.Select(r => SourceText(r.Punch.Source)).ToArray();
            p[13].Value = chunk.Select(r => r.Punch.ImportId).ToArray();
            p[14].Value = chunk.Select(r => r.ArrivedAfterClose).ToArray();

            var stored = new HashSet<(string, string, DateTime)>();
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
                while (await reader.ReadAsync(cancellationToken))
                    stored.Add((reader.GetString(0), reader.GetString(1), reader.GetDateTime(2)));
            for (var k = 0; k < chunk.Count; k++)
                inserted[start + k] = stored.Contains((chunk[k].Punch.DeviceSerial, chunk[k].Punch.DeviceUserId, chunk[k].Raw));
        }
        return inserted;
    }

    private static string SqliteGuid(Guid id) => id.ToString("D").ToUpperInvariant();

    /// <summary>
    /// EF's SQLite text of a time, <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c>, which for whole seconds (every punch) is
    /// <c>yyyy-MM-dd HH:mm:ss</c>: written digit by digit, a custom format string costing several times more per punch.
    /// </summary>
    internal static string SqliteTime(DateTime time)
    {
        if (time.Ticks % TimeSpan.TicksPerSecond != 0) return time.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        return string.Create(19, time, static (s, t) =>
        {
            Digits(s[..4], t.Year);
            s[4] = '-';
            Digits(s.Slice(5, 2), t.Month);
            s[7] = '-';
            Digits(s.Slice(8, 2), t.Day);
            s[10] = ' ';
            Digits(s.Slice(11, 2), t.Hour);
            s[13] = ':';
            Digits(s.Slice(14, 2), t.Minute);
            s[16] = ':';
            Digits(s.Slice(17, 2), t.Second);
        });
    }

    private static void Digits(Span<char> target, int value)
    {
        for (var i = target.Length - 1; i >= 0; i--, value /= 10) target[i] = (char)('0' + value % 10);
    }

    private static string SourceText(PunchSource source) => source == PunchSource.File ? nameof(PunchSource.File) : nameof(PunchSource.Device);
}

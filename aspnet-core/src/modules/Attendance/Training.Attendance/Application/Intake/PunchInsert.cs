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
/// new (1) or duplicate (0), bound by position on the connection's handle (<see cref="SqliteRows"/>, which writes values
/// as EF stores them). PostgreSQL: one statement per chunk over unnest()ed arrays, RETURNING the keys it stored.
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
        using var insert = SqliteRows.Prepare(unitOfWork.Connection, $"INSERT INTO \"{AttendanceDbContext.Prefix}_Punches\" ({Columns}) VALUES "
            + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) " + Conflict);
        for (var k = 0; k < rows.Count; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var r = rows[k];
            var x = r.Punch;
            insert.Guid(1, x.DeviceId);
            insert.Text(2, x.DeviceSerial);
            insert.Text(3, x.DeviceUserId);
            insert.Time(4, r.Raw);
            insert.Guid(5, x.StaffId);
            insert.Guid(6, x.HallId);
            insert.Guid(7, x.UnitId);
            insert.Time(8, r.At);
            insert.Date(9, r.Date);
            insert.Int(10, x.VerifyMode);
            insert.Int(11, x.State);
            insert.Text(12, x.WorkCode);
            insert.Text(13, SourceText(x.Source));
            insert.Time(14, receivedAt);
            insert.Guid(15, x.ImportId);
            insert.Bool(16, r.ArrivedAfterClose);
            inserted[k] = insert.Execute() == 1;
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

    private static string SourceText(PunchSource source) => source == PunchSource.File ? nameof(PunchSource.File) : nameof(PunchSource.Device);
}

using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Data;

namespace Training.Attendance.Application.Results;

/// <summary>
/// Replaces the results of a set of person-days in one transaction: one DELETE per distinct date range (people with
/// the same range share it), then prepared INSERTs — EF's change tracking costs ~20 µs a row, which at a city's year
/// (500,000 sessions) is the whole budget. Table, columns and stored values come from the EF model (names, value
/// converters, the provider's parameter types), worked out once per model; on SQLite one row a statement bound by
/// position (<see cref="SqliteRows"/>), on PostgreSQL 100 rows a statement (a round trip each).
/// </summary>
internal sealed class DailyResultWriter(AttendanceDbContext db, UnitOfWork unitOfWork)
{
    private static readonly PerModel<Statement> Statements = new();

    public async Task ReplaceAsync(Dictionary<Guid, SortedSet<DateOnly>> wanted, IReadOnlySet<(Guid HallId, int Year, int Month)> closed,
        IReadOnlyList<PostStretch> posts, IReadOnlyList<DailyResultRow> rows, DateTime now, CancellationToken cancellationToken)
    {
        var hallsOf = posts.ToLookup(p => p.StaffId, p => p.HallId);
        var byRanges = new Dictionary<(DateOnly From, DateOnly To), List<Guid>>();
        foreach (var (staffId, dates) in wanted)
        {
            var halls = hallsOf[staffId].Distinct().ToList();
            foreach (var range in Ranges(dates.Where(d => !halls.Any(h => closed.Contains((h, d.Year, d.Month))))))
            {
                if (!byRanges.TryGetValue(range, out var people)) byRanges[range] = people = [];
                people.Add(staffId);
            }
        }

        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        if (db.Database.CurrentTransaction?.GetDbTransaction() != unitOfWork.Transaction)
            await db.Database.UseTransactionAsync(unitOfWork.Transaction, cancellationToken);
        foreach (var ((from, to), people) in byRanges)
            await db.DailyResults.Where(r => people.Contains(r.StaffId) && r.Date >= from && r.Date <= to).ExecuteDeleteAsync(cancellationToken);
        if (rows.Count > 0) await InsertAsync(rows, now, cancellationToken);
        await transaction.CommitAsync();
    }

    private async Task InsertAsync(IReadOnlyList<DailyResultRow> rows, DateTime now, CancellationToken cancellationToken)
    {
        var statement = Statements.For(db, c => new Statement(c.Model, c.GetService<ISqlGenerationHelper>()));
        using var turn = await unitOfWork.EnterWriteAsync(cancellationToken);
        if (SqliteRows.Supports(unitOfWork.Connection))
        {
            statement.InsertSqlite(unitOfWork.Connection, rows, now, cancellationToken);
            return;
        }
        var values = new Values();
        var full = rows.Count / Statement.BatchRows * Statement.BatchRows;
        if (full > 0)
        {
            await using var batch = await statement.PrepareAsync(unitOfWork, Statement.BatchRows, cancellationToken);
            for (var start = 0; start < full; start += Statement.BatchRows)
            {
                for (var i = 0; i < Statement.BatchRows; i++) statement.Set(batch.Parameters, i, rows[start + i], now, values);
                await batch.Command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        if (full == rows.Count) return;
        await using var single = await statement.PrepareAsync(unitOfWork, 1, cancellationToken);
        for (var index = full; index < rows.Count; index++)
        {
            statement.Set(single.Parameters, 0, rows[index], now, values);
            await single.Command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Contiguous runs of dates.</summary>
    internal static IEnumerable<(DateOnly From, DateOnly To)> Ranges(IEnumerable<DateOnly> ordered)
    {
        DateOnly? start = null, last = null;
        foreach (var date in ordered)
        {
            if (last is { } l && date == l.AddDays(1))
            {
                last = date;
                continue;
            }
            if (start is { } s) yield return (s, last!.Value);
            start = last = date;
        }
        if (start is { } first) yield return (first, last!.Value);
    }

    private sealed class Statement
    {
        /// <summary>Rows per INSERT on PostgreSQL (a round trip per statement): 100 rows × 20 columns.</summary>
        public const int BatchRows = 100;

        // The order of the values Set writes.
        private static readonly string[] Columns =
        [
            nameof(DailyResult.StaffId), nameof(DailyResult.Date), nameof(DailyResult.SessionIndex), nameof(DailyResult.HallId),
            nameof(DailyResult.UnitId), nameof(DailyResult.WindowId), nameof(DailyResult.ExpectedStart), nameof(DailyResult.ExpectedEnd),
            nameof(DailyResult.Status), nameof(DailyResult.LateMinutes), nameof(DailyResult.EarlyMinutes), nameof(DailyResult.InAt),
            nameof(DailyResult.OutAt), nameof(DailyResult.LeaveRequestId), nameof(DailyResult.ComputedAt), nameof(DailyResult.SessionName),
            nameof(DailyResult.OffPostMinutes), nameof(DailyResult.OutMinutes), nameof(DailyResult.MissingPunch), nameof(DailyResult.FrequentAbsence),
        ];

        private static readonly object?[] Samples =
        [
            Guid.Empty, DateOnly.MinValue, 0, Guid.Empty, Guid.Empty, Guid.Empty, DateTime.UnixEpoch, DateTime.UnixEpoch,
            SessionStatus.Present, 0, 0, DateTime.UnixEpoch, DateTime.UnixEpoch, Guid.Empty, DateTime.UnixEpoch, "", 0, 0, false, false,
        ];

        private readonly RelationalTypeMapping[] _mappings;
        private readonly string _head;
        private readonly object[] _statuses;

        public Statement(IModel model, ISqlGenerationHelper sql)
        {
            var table = new MappedTable(model, typeof(DailyResult), sql);
            _mappings = Columns.Select(table.Mapping).ToArray();
            _head = $"INSERT INTO {table.Name} (" + string.Join(", ", Columns.Select(table.Column)) + ") VALUES ";
            _statuses = Enum.GetValues<SessionStatus>().Select(table.Stored<SessionStatus>(nameof(DailyResult.Status))).ToArray();
        }

        /// <summary>
        /// SQLite runs in process: one single-row statement, bound by position on the connection's handle
        /// (<see cref="SqliteRows"/>), executed per row.
        /// </summary>
        public void InsertSqlite(DbConnection connection, IReadOnlyList<DailyResultRow> rows, DateTime now, CancellationToken cancellationToken)
        {
            using var insert = SqliteRows.Prepare(connection, _head + "(" + string.Join(", ", Enumerable.Repeat("?", _mappings.Length)) + ")");
            // By date first: the hall and unit indexes (hall or unit, then date) then grow at their ends instead of
            // taking each person's year at 250 places.
            foreach (var r in rows.OrderBy(r => r.Date).ThenBy(r => r.StaffId).ThenBy(r => r.Outcome.Session.Index))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var o = r.Outcome;
                insert.Guid(1, r.StaffId);
                insert.Date(2, r.Date);
                insert.Int(3, o.Session.Index);
                insert.Guid(4, r.HallId);
                insert.Guid(5, r.UnitId);
                insert.Guid(6, r.WindowId);
                insert.Time(7, o.Session.Start);
                insert.Time(8, o.Session.End);
                if (_statuses[(int)o.Status] is string status) insert.Text(9, status);
                else insert.Int(9, Convert.ToInt64(_statuses[(int)o.Status], CultureInfo.InvariantCulture));
                insert.Int(10, o.LateMinutes);
                insert.Int(11, o.EarlyMinutes);
                insert.Time(12, o.InAt);
                insert.Time(13, o.OutAt);
                insert.Guid(14, o.LeaveRequestId);
                insert.Time(15, now);
                insert.Text(16, o.Session.Name);
                insert.Int(17, o.OffPostMinutes);
                insert.Int(18, o.OutMinutes);
                insert.Bool(19, o.MissingPunch);
                insert.Bool(20, o.FrequentAbsence);
                insert.Execute();
            }
        }

        public async Task<Prepared> PrepareAsync(UnitOfWork unitOfWork, int rows, CancellationToken cancellationToken)
        {
            var command = unitOfWork.Connection.CreateCommand();
            command.Transaction = unitOfWork.Transaction;
            var parameters = new DbParameter[rows * _mappings.Length];
            var values = new List<string>(rows);
            for (var row = 0; row < rows; row++)
            {
                var names = new string[_mappings.Length];
                for (var i = 0; i < _mappings.Length; i++)
                {
                    var index = row * _mappings.Length + i;
                    names[i] = "@p" + index;
                    parameters[index] = _mappings[i].CreateParameter(command, names[i], Samples[i], nullable: true);
                    command.Parameters.Add(parameters[index]);
                }
                values.Add("(" + string.Join(", ", names) + ")");
            }
            command.CommandText = _head + string.Join(", ", values);
            await command.PrepareAsync(cancellationToken);
            return new Prepared(command, parameters);
        }

        /// <summary>Writes one row's values into its place of the statement's parameters, as the columns store them.</summary>
        public void Set(DbParameter[] p, int row, DailyResultRow r, DateTime now, Values values)
        {
            var o = r.Outcome;
            var at = row * _mappings.Length;
            p[at].Value = values.Box(r.StaffId);
            p[at + 1].Value = Provider(1, r.Date);
            p[at + 2].Value = o.Session.Index;
            p[at + 3].Value = values.Box(r.HallId);
            p[at + 4].Value = r.UnitId is { } unit ? values.Box(unit) : DBNull.Value;
            p[at + 5].Value = r.WindowId is { } window ? values.Box(window) : DBNull.Value;
            p[at + 6].Value = Provider(6, o.Session.Start);
            p[at + 7].Value = Provider(7, o.Session.End);
            p[at + 8].Value = _statuses[(int)o.Status];
            p[at + 9].Value = o.LateMinutes;
            p[at + 10].Value = o.EarlyMinutes;
            p[at + 11].Value = o.InAt is { } inAt ? Provider(11, inAt) : DBNull.Value;
            p[at + 12].Value = o.OutAt is { } outAt ? Provider(12, outAt) : DBNull.Value;
            p[at + 13].Value = (object?)o.LeaveRequestId ?? DBNull.Value;
            p[at + 14].Value = Provider(14, now);
            p[at + 15].Value = o.Session.Name;
            p[at + 16].Value = o.OffPostMinutes;
            p[at + 17].Value = o.OutMinutes;
            p[at + 18].Value = o.MissingPunch;
            p[at + 19].Value = o.FrequentAbsence;
        }

        private object Provider(int column, object value) => _mappings[column].Converter?.ConvertToProvider(value) ?? value;
    }

    /// <summary>The people, halls, units and windows a batch repeats, boxed once each.</summary>
    private sealed class Values
    {
        private readonly Dictionary<Guid, object> _ids = [];

        public object Box(Guid id)
        {
            if (!_ids.TryGetValue(id, out var value)) _ids[id] = value = id;
            return value;
        }
    }

    private sealed record Prepared(DbCommand Command, DbParameter[] Parameters) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Command.DisposeAsync();
    }
}

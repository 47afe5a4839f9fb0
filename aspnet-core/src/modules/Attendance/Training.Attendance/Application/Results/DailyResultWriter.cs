using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
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
/// the same range share it), then one prepared INSERT run per row — EF's change tracking costs ~20 µs a row, which at a
/// city's year (500,000 sessions) is the whole budget. Table, columns and stored values come from the EF model (names,
/// value converters, the provider's parameter types), worked out once per model.
/// </summary>
internal sealed class DailyResultWriter(AttendanceDbContext db, UnitOfWork unitOfWork)
{
    private static readonly ConditionalWeakTable<IModel, Statement> Statements = new();

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
        if (!Statements.TryGetValue(db.Model, out var statement))
            statement = Statements.GetValue(db.Model, model => new Statement(model, db.GetService<ISqlGenerationHelper>()));
        using var turn = await unitOfWork.EnterWriteAsync(cancellationToken);
        var batchRows = Statement.BatchRows(db.Database.ProviderName);
        var values = new Values(Statement.StoresText(db.Database.ProviderName));
        var full = rows.Count / batchRows * batchRows;
        if (full > 0)
        {
            await using var batch = await statement.PrepareAsync(unitOfWork, batchRows, cancellationToken);
            for (var start = 0; start < full; start += batchRows)
            {
                for (var i = 0; i < batchRows; i++) statement.Set(batch.Parameters, i, rows[start + i], now, values);
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
        /// <summary>
        /// Rows per INSERT on PostgreSQL (a round trip per statement): 100 rows × 20 columns. SQLite runs in process and
        /// binds parameters by name with a linear search of the statement's names, so one row a statement is fastest there.
        /// </summary>
        public static int BatchRows(string? provider) => StoresText(provider) ? 1 : 100;

        /// <summary>SQLite stores GUIDs, dates and times as text (the driver writes each one's text at every bind).</summary>
        public static bool StoresText(string? provider) => provider?.Contains("Sqlite", StringComparison.Ordinal) == true;

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
            var entity = model.FindEntityType(typeof(DailyResult)) ?? throw new InvalidOperationException("DailyResult is not in the model.");
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var properties = Columns.Select(c => entity.FindProperty(c) ?? throw new InvalidOperationException($"DailyResult.{c} is not mapped.")).ToList();
            _mappings = properties.Select(p => (RelationalTypeMapping)p.GetRelationalTypeMapping()).ToArray();
            _head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ("
                    + string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!))) + ") VALUES ";
            var status = _mappings[Array.IndexOf(Columns, nameof(DailyResult.Status))].Converter;
            _statuses = Enum.GetValues<SessionStatus>().Select(v => status?.ConvertToProvider(v) ?? v).ToArray();
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
            p[at].Value = values.Id(r.StaffId);
            p[at + 1].Value = values.Date(r.Date) ?? Provider(1, r.Date);
            p[at + 2].Value = o.Session.Index;
            p[at + 3].Value = values.Id(r.HallId);
            p[at + 4].Value = r.UnitId is { } unit ? values.Id(unit) : DBNull.Value;
            p[at + 5].Value = r.WindowId is { } window ? values.Id(window) : DBNull.Value;
            p[at + 6].Value = values.RepeatedTime(o.Session.Start) ?? Provider(6, o.Session.Start);
            p[at + 7].Value = values.RepeatedTime(o.Session.End) ?? Provider(7, o.Session.End);
            p[at + 8].Value = _statuses[(int)o.Status];
            p[at + 9].Value = o.LateMinutes;
            p[at + 10].Value = o.EarlyMinutes;
            p[at + 11].Value = o.InAt is { } inAt ? values.Time(inAt) ?? Provider(11, inAt) : DBNull.Value;
            p[at + 12].Value = o.OutAt is { } outAt ? values.Time(outAt) ?? Provider(12, outAt) : DBNull.Value;
            p[at + 13].Value = (object?)o.LeaveRequestId ?? DBNull.Value;
            p[at + 14].Value = values.RepeatedTime(now) ?? Provider(14, now);
            p[at + 15].Value = o.Session.Name;
            p[at + 16].Value = o.OffPostMinutes;
            p[at + 17].Value = o.OutMinutes;
            p[at + 18].Value = o.MissingPunch;
            p[at + 19].Value = o.FrequentAbsence;
        }

        private object Provider(int column, object value) => _mappings[column].Converter?.ConvertToProvider(value) ?? value;
    }

    /// <summary>
    /// The stored form of the values a batch repeats (people, halls, units, windows, dates, session times, the time of
    /// computing), made once each: on SQLite the text the driver would write (upper-case GUID, <c>yyyy-MM-dd</c>,
    /// <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c>), which otherwise costs two strings per GUID and a format per time at every
    /// row; on PostgreSQL the value itself, boxed once. A null answer means "convert it as the column does".
    /// </summary>
    private sealed class Values(bool text)
    {
        private readonly Dictionary<Guid, object> _ids = [];
        private readonly Dictionary<DateOnly, object> _dates = [];
        private readonly Dictionary<DateTime, object> _times = [];

        public object Id(Guid id)
        {
            if (!_ids.TryGetValue(id, out var value))
                _ids[id] = value = text ? id.ToString("D").ToUpperInvariant() : id;
            return value;
        }

        public object? Date(DateOnly date)
        {
            if (!text) return null;
            if (!_dates.TryGetValue(date, out var value))
                _dates[date] = value = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return value;
        }

        /// <summary>A punch's time: rarely repeated, written at once.</summary>
        public object? Time(DateTime time) => text ? Intake.PunchInsert.SqliteTime(time) : null;

        public object? RepeatedTime(DateTime time)
        {
            if (!text) return null;
            if (!_times.TryGetValue(time, out var value))
                _times[time] = value = Intake.PunchInsert.SqliteTime(time);
            return value;
        }
    }

    private sealed record Prepared(DbCommand Command, DbParameter[] Parameters) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Command.DisposeAsync();
    }
}

using System.Data.Common;
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
        await using var command = unitOfWork.Connection.CreateCommand();
        command.Transaction = unitOfWork.Transaction;
        command.CommandText = statement.Sql;
        var parameters = statement.CreateParameters(command);
        await command.PrepareAsync(cancellationToken);
        using var turn = await unitOfWork.EnterWriteAsync(cancellationToken);
        foreach (var row in rows)
        {
            var o = row.Outcome;
            statement.Set(parameters, row.StaffId, row.Date, o.Session.Index, row.HallId, row.UnitId, row.WindowId, o.Session.Start,
                o.Session.End, o.Status, o.LateMinutes, o.EarlyMinutes, o.InAt, o.OutAt, o.LeaveRequestId, now, o.Session.Name,
                o.OffPostMinutes, o.OutMinutes, o.MissingPunch, o.FrequentAbsence);
            await command.ExecuteNonQueryAsync(cancellationToken);
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
        // The order of the values Set is given.
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

        public Statement(IModel model, ISqlGenerationHelper sql)
        {
            var entity = model.FindEntityType(typeof(DailyResult)) ?? throw new InvalidOperationException("DailyResult is not in the model.");
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var properties = Columns.Select(c => entity.FindProperty(c) ?? throw new InvalidOperationException($"DailyResult.{c} is not mapped.")).ToList();
            _mappings = properties.Select(p => (RelationalTypeMapping)p.GetRelationalTypeMapping()).ToArray();
            Sql = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ("
                  + string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))
                  + ") VALUES (" + string.Join(", ", properties.Select((_, i) => "@p" + i)) + ")";
        }

        public string Sql { get; }

        public DbParameter[] CreateParameters(DbCommand command)
        {
            var parameters = new DbParameter[_mappings.Length];
            for (var i = 0; i < _mappings.Length; i++)
            {
                parameters[i] = _mappings[i].CreateParameter(command, "@p" + i, Samples[i], nullable: true);
                command.Parameters.Add(parameters[i]);
            }
            return parameters;
        }

        public void Set(DbParameter[] p, params object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                var value = values[i];
                var converter = _mappings[i].Converter;
                p[i].Value = value is null ? DBNull.Value : converter is null ? value : converter.ConvertToProvider(value) ?? DBNull.Value;
            }
        }
    }
}

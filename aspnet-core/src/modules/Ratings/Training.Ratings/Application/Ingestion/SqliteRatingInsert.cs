using System.Data.Common;
using System.Globalization;
using Training.Ratings.Domain;
using Training.Ratings.EntityFrameworkCore;
using Training.SharedKernel.Data;

namespace Training.Ratings.Application.Ingestion;

/// <summary>
/// <see cref="RatingInsert"/> on SQLite: one prepared single-row statement per table, run row after row on the unit of
/// work's connection inside its transaction, its count telling stored (1) from not (0). Values are written as the text EF
/// stores on SQLite: upper-case GUIDs, <c>yyyy-MM-dd</c> dates, <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c> instants.
/// </summary>
internal static class SqliteRatingInsert
{
    private const string T = RatingsDbContext.Prefix;

    public static bool Applies(RatingsDbContext db) => db.Database.ProviderName?.EndsWith(".Sqlite", StringComparison.Ordinal) == true;

    public static HashSet<Guid> Ratings(UnitOfWork unitOfWork, IReadOnlyList<RatingInsert.Row> rows, DateTime receivedAt, CancellationToken cancellationToken)
    {
        var stored = new HashSet<Guid>();
        using var insert = Prepare(unitOfWork, $"INSERT INTO \"{T}_Ratings\" ({RatingInsert.RatingColumns}) VALUES "
            + "(@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15, @p16, @p17, @p18, NULL, NULL) ON CONFLICT DO NOTHING", 19);
        var received = Time(receivedAt);
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var r = row.Rating;
            var p = insert.Parameters;
            p[0].Value = Id(row.Id);
            p[1].Value = Id(r.HallId);
            p[2].Value = Id(r.UnitId);
            p[3].Value = Id(r.WindowId);
            p[4].Value = r.MatterId is { } m ? Id(m) : DBNull.Value;
            p[5].Value = r.Channel.ToString();
            p[6].Value = r.SourceKey;
            p[7].Value = r.EventId;
            p[8].Value = r.CaseNumber;
            p[9].Value = (int)r.Level;
            p[10].Value = (object?)r.Comment ?? DBNull.Value;
            p[11].Value = Time(r.RatedAt);
            p[12].Value = r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            p[13].Value = received;
            p[14].Value = r.RaterKind.ToString();
            p[15].Value = r.IsRealName ? 1 : 0;
            p[16].Value = row.StaffId is { } s ? Id(s) : DBNull.Value;
            p[17].Value = row.Attribution.ToString();
            p[18].Value = (object?)row.Candidates ?? DBNull.Value;
            if (insert.ExecuteNonQuery() == 1) stored.Add(row.Id);
        }
        return stored;
    }

    public static void Tags(UnitOfWork unitOfWork, IReadOnlyList<(Guid RatingId, Guid TagId)> pairs, CancellationToken cancellationToken)
    {
        using var insert = Prepare(unitOfWork, $"INSERT INTO \"{T}_RatingTags\" (\"RatingId\", \"TagId\") VALUES (@p0, @p1)", 2);
        foreach (var (ratingId, tagId) in pairs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            insert.Parameters[0].Value = Id(ratingId);
            insert.Parameters[1].Value = Id(tagId);
            insert.ExecuteNonQuery();
        }
    }

    public static void Raters(UnitOfWork unitOfWork, IReadOnlyList<RatingRater> raters, CancellationToken cancellationToken)
    {
        using var insert = Prepare(unitOfWork, $"INSERT INTO \"{T}_RatingRaters\" (\"RatingId\", \"Name\", \"Phone\", \"EnterpriseName\", \"CreditCode\") "
            + "VALUES (@p0, @p1, @p2, @p3, @p4)", 5);
        foreach (var r in raters)
        {
            cancellationToken.ThrowIfCancellationRequested();
            insert.Parameters[0].Value = Id(r.RatingId);
            insert.Parameters[1].Value = (object?)r.Name ?? DBNull.Value;
            insert.Parameters[2].Value = (object?)r.Phone ?? DBNull.Value;
            insert.Parameters[3].Value = (object?)r.EnterpriseName ?? DBNull.Value;
            insert.Parameters[4].Value = (object?)r.CreditCode ?? DBNull.Value;
            insert.ExecuteNonQuery();
        }
    }

    private static DbCommand Prepare(UnitOfWork unitOfWork, string sql, int parameters)
    {
        var command = unitOfWork.Connection.CreateCommand();
        command.Transaction = unitOfWork.Transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i;
            command.Parameters.Add(parameter);
        }
        command.Prepare();
        return command;
    }

    private static string Id(Guid id) => id.ToString("D").ToUpperInvariant();

    private static string Time(DateTime at) => at.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
}

using System.Text;
using Microsoft.EntityFrameworkCore;
using Training.Ratings.EntityFrameworkCore;
using Training.SharedKernel.Data;

namespace Training.Ratings.Application.Ingestion;

/// <summary>
/// The bulk insert of ratings, their tags and raters, outside EF's change tracking, in the caller's transaction. A row
/// that hits either unique key (一次一评, or the source's event id) is not stored and not answered as stored.
/// PostgreSQL: one multi-row statement per chunk (<c>INSERT … ON CONFLICT DO NOTHING RETURNING</c>), a batch of 500
/// costing a handful of round trips; values as EF's typed parameters, a null as the literal NULL (EF cannot type a null
/// parameter). SQLite: no round trips to save, and a statement of thousands of named parameters costs seconds (each is
/// looked up by name): one prepared single-row statement run row after row (<see cref="SqliteRatingInsert"/>).
/// </summary>
internal static class RatingInsert
{
    private const string T = RatingsDbContext.Prefix;

    // Within SQLite's 32,766 and PostgreSQL's 65,535 parameters a statement.
    private const int RatingChunk = 1000;
    private const int PairChunk = 5000;

    public const string RatingColumns = "\"Id\", \"HallId\", \"UnitId\", \"WindowId\", \"MatterId\", \"Channel\", \"SourceKey\", \"EventId\", "
        + "\"CaseNumber\", \"Level\", \"Comment\", \"RatedAt\", \"Date\", \"ReceivedAt\", \"RaterKind\", \"IsRealName\", \"StaffId\", "
        + "\"Attribution\", \"Candidates\", \"ExcludedByAppealId\", \"ExcludedAt\"";

    public sealed record Row(Guid Id, IncomingRating Rating, Guid? StaffId, Attribution Attribution, string? Candidates);

    /// <summary>Inserts the rows; answers the ids that were stored (the others collided with a stored rating).</summary>
    public static async Task<HashSet<Guid>> RatingsAsync(RatingsDbContext db, UnitOfWork unitOfWork, IReadOnlyList<Row> rows, DateTime receivedAt,
        CancellationToken cancellationToken)
    {
        if (SqliteRatingInsert.Applies(db)) return SqliteRatingInsert.Ratings(unitOfWork, rows, receivedAt, cancellationToken);
        var stored = new HashSet<Guid>();
        for (var start = 0; start < rows.Count; start += RatingChunk)
        {
            var chunk = rows.Skip(start).Take(RatingChunk).ToList();
            var sql = new StringBuilder($"INSERT INTO \"{T}_Ratings\" ({RatingColumns}) VALUES ");
            var values = new List<object>(chunk.Count * 16);
            for (var k = 0; k < chunk.Count; k++)
            {
                var (id, r, staffId, attribution, candidates) = (chunk[k].Id, chunk[k].Rating, chunk[k].StaffId, chunk[k].Attribution, chunk[k].Candidates);
                if (k > 0) sql.Append(", ");
                sql.Append('(');
                Value(sql, values, id).Append(", ");
                Value(sql, values, r.HallId).Append(", ");
                Value(sql, values, r.UnitId).Append(", ");
                Value(sql, values, r.WindowId).Append(", ");
                Value(sql, values, r.MatterId).Append(", ");
                Value(sql, values, r.Channel.ToString()).Append(", ");
                Value(sql, values, r.SourceKey).Append(", ");
                Value(sql, values, r.EventId).Append(", ");
                Value(sql, values, r.CaseNumber).Append(", ");
                Value(sql, values, (int)r.Level).Append(", ");
                Value(sql, values, r.Comment).Append(", ");
                Value(sql, values, DateTime.SpecifyKind(r.RatedAt, DateTimeKind.Utc)).Append(", ");
                Value(sql, values, r.Date).Append(", ");
                Value(sql, values, DateTime.SpecifyKind(receivedAt, DateTimeKind.Utc)).Append(", ");
                Value(sql, values, r.RaterKind.ToString()).Append(", ");
                Value(sql, values, r.IsRealName).Append(", ");
                Value(sql, values, staffId).Append(", ");
                Value(sql, values, attribution.ToString()).Append(", ");
                Value(sql, values, candidates).Append(", NULL, NULL)");
            }
            sql.Append(" ON CONFLICT DO NOTHING RETURNING \"Id\" AS \"Value\"");
            foreach (var id in await db.Database.SqlQueryRaw<Guid>(sql.ToString(), values.ToArray()).ToListAsync(cancellationToken))
                stored.Add(id);
        }
        return stored;
    }

    public static async Task TagsAsync(RatingsDbContext db, UnitOfWork unitOfWork, IReadOnlyList<(Guid RatingId, Guid TagId)> pairs, CancellationToken cancellationToken)
    {
        if (SqliteRatingInsert.Applies(db))
        {
            SqliteRatingInsert.Tags(unitOfWork, pairs, cancellationToken);
            return;
        }
        for (var start = 0; start < pairs.Count; start += PairChunk)
        {
            var chunk = pairs.Skip(start).Take(PairChunk).ToList();
            var sql = new StringBuilder($"INSERT INTO \"{T}_RatingTags\" (\"RatingId\", \"TagId\") VALUES ");
            var values = new List<object>(chunk.Count * 2);
            for (var k = 0; k < chunk.Count; k++)
            {
                if (k > 0) sql.Append(", ");
                sql.Append('(');
                Value(sql, values, chunk[k].RatingId).Append(", ");
                Value(sql, values, chunk[k].TagId).Append(')');
            }
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), values, cancellationToken);
        }
    }

    public static async Task RatersAsync(RatingsDbContext db, UnitOfWork unitOfWork, IReadOnlyList<Domain.RatingRater> raters, CancellationToken cancellationToken)
    {
        if (SqliteRatingInsert.Applies(db))
        {
            SqliteRatingInsert.Raters(unitOfWork, raters, cancellationToken);
            return;
        }
        for (var start = 0; start < raters.Count; start += RatingChunk)
        {
            var chunk = raters.Skip(start).Take(RatingChunk).ToList();
            var sql = new StringBuilder($"INSERT INTO \"{T}_RatingRaters\" (\"RatingId\", \"Name\", \"Phone\", \"EnterpriseName\", \"CreditCode\") VALUES ");
            var values = new List<object>(chunk.Count * 5);
            for (var k = 0; k < chunk.Count; k++)
            {
                var r = chunk[k];
                if (k > 0) sql.Append(", ");
                sql.Append('(');
                Value(sql, values, r.RatingId).Append(", ");
                Value(sql, values, r.Name).Append(", ");
                Value(sql, values, r.Phone).Append(", ");
                Value(sql, values, r.EnterpriseName).Append(", ");
                Value(sql, values, r.CreditCode).Append(')');
            }
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), values, cancellationToken);
        }
    }

    /// <summary>Appends a placeholder for <paramref name="value"/> (or NULL) to the statement.</summary>
    private static StringBuilder Value(StringBuilder sql, List<object> values, object? value)
    {
        if (value is null) return sql.Append("NULL");
        sql.Append('{').Append(values.Count).Append('}');
        values.Add(value);
        return sql;
    }
}

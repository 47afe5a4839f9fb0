using System.Linq.Expressions;
using Training.Ratings.Domain;

namespace Training.Ratings.Application.Statistics;

/// <summary>A row of a GROUP BY over ratings: a key (a window, matter, tag, person …), a level, and how many.</summary>
internal sealed class KeyedLevelCount
{
    public Guid? Key { get; init; }
    public RatingLevel Level { get; init; }
    public int Count { get; init; }
}

/// <summary>The grouping key of <see cref="KeyedLevelCounts.CountByLevel"/>.</summary>
internal sealed class KeyLevel
{
    public Guid? Key { get; init; }
    public RatingLevel Level { get; init; }
}

internal static class KeyedLevelCounts
{
    /// <summary>Counts per key and level in SQL (GROUP BY key, level).</summary>
    public static IQueryable<KeyedLevelCount> CountByLevel(this IQueryable<Rating> ratings, Expression<Func<Rating, Guid?>> key)
    {
        var row = key.Parameters[0];
        var keyLevel = Expression.Lambda<Func<Rating, KeyLevel>>(Expression.MemberInit(Expression.New(typeof(KeyLevel)),
            Expression.Bind(typeof(KeyLevel).GetProperty(nameof(KeyLevel.Key))!, key.Body),
            Expression.Bind(typeof(KeyLevel).GetProperty(nameof(KeyLevel.Level))!, Expression.Property(row, nameof(Rating.Level)))), row);
        return ratings.GroupBy(keyLevel).Select(g => new KeyedLevelCount { Key = g.Key.Key, Level = g.Key.Level, Count = g.Count() });
    }

    public static Dictionary<Guid, LevelCountsDto> ByKey(this IEnumerable<KeyedLevelCount> rows, SatisfactionRule rule) =>
        rows.Where(r => r.Key is not null).GroupBy(r => r.Key!.Value)
            .ToDictionary(g => g.Key, g => rule.Counts(g.Select(r => (r.Level, r.Count))));
}

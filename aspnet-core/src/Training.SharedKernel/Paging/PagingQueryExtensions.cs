using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Training.SharedKernel.Errors;

namespace Training.SharedKernel.Paging;

/// <summary>
/// Sorting by a whitelist of fields (a client string never reaches SQL as is), then a page, counted in SQL.
/// </summary>
public sealed class SortMap<T>
{
    private readonly Dictionary<string, LambdaExpression> _fields = new(StringComparer.OrdinalIgnoreCase);

    public SortMap(string defaultSorting) => DefaultSorting = defaultSorting;

    public string DefaultSorting { get; }

    public SortMap<T> Add<TKey>(string field, Expression<Func<T, TKey>> key)
    {
        _fields[field] = key;
        return this;
    }

    public IQueryable<T> Apply(IQueryable<T> query, string? sorting)
    {
        var clauses = (string.IsNullOrWhiteSpace(sorting) ? DefaultSorting : sorting)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        IOrderedQueryable<T>? ordered = null;
        foreach (var clause in clauses)
        {
            var parts = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!_fields.TryGetValue(parts[0], out var key))
                throw new BusinessException(CommonErrorCodes.InvalidSorting, parts[0], string.Join(", ", _fields.Keys));
            var descending = parts.Length > 1 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
            ordered = OrderBy(ordered ?? (IQueryable<T>)query, key, descending, first: ordered is null);
        }
        return ordered ?? query;
    }

    private static IOrderedQueryable<T> OrderBy(IQueryable<T> source, LambdaExpression key, bool descending, bool first)
    {
        var method = (first, descending) switch
        {
            (true, false) => nameof(Queryable.OrderBy),
            (true, true) => nameof(Queryable.OrderByDescending),
            (false, false) => nameof(Queryable.ThenBy),
            (false, true) => nameof(Queryable.ThenByDescending),
        };
        var call = Expression.Call(typeof(Queryable), method, [typeof(T), key.ReturnType], source.Expression, Expression.Quote(key));
        return (IOrderedQueryable<T>)source.Provider.CreateQuery<T>(call);
    }
}

public static class PagingQueryExtensions
{
    /// <summary>Sorts and takes one page, projected in SQL, and counts the same query.</summary>
    public static Task<PagedResult<TDto>> ToPagedResultAsync<T, TDto>(
        this IQueryable<T> query, PagedRequest request, SortMap<T> sort,
        Expression<Func<T, TDto>> projection, CancellationToken cancellationToken) =>
        query.ToPagedResultAsync(query, request, sort, projection, cancellationToken);

    /// <summary>
    /// Sorts and takes one page, but counts <paramref name="countQuery"/> (the filtered rows without the joins that
    /// only add display columns), which keeps the count an index scan on large tables.
    /// </summary>
    public static async Task<PagedResult<TDto>> ToPagedResultAsync<T, TCount, TDto>(
        this IQueryable<T> query, IQueryable<TCount> countQuery, PagedRequest request, SortMap<T> sort,
        Expression<Func<T, TDto>> projection, CancellationToken cancellationToken)
    {
        var items = await sort.Apply(query, request.Sorting)
            .Skip(request.Skip).Take(request.Take)
            .Select(projection)
            .ToListAsync(cancellationToken);
        return new PagedResult<TDto>(await TotalAsync(request, items.Count, countQuery, cancellationToken), items);
    }

    /// <summary>A first page that is not full already tells the total (the common filtered search): no COUNT then.</summary>
    private static async Task<int> TotalAsync<TCount>(PagedRequest request, int pageCount, IQueryable<TCount> countQuery,
        CancellationToken cancellationToken)
    {
        if (request.Skip == 0 && pageCount < request.Take) return pageCount;
        return await countQuery.CountAsync(cancellationToken);
    }
}

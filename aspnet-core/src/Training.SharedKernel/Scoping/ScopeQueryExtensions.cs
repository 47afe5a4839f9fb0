using System.Linq.Expressions;

namespace Training.SharedKernel.Scoping;

public static class ScopeQueryExtensions
{
    /// <summary>
    /// Keeps the rows the scope covers, in SQL. The selectors name the row's snapshot columns: the hall and unit it
    /// belonged to when it happened, and the person it is about (null where the row has no such column).
    /// </summary>
    public static IQueryable<T> WhereInScope<T>(
        this IQueryable<T> query,
        DataScope scope,
        Expression<Func<T, Guid?>>? hall,
        Expression<Func<T, Guid?>>? unit,
        Expression<Func<T, Guid?>>? staff)
    {
        if (scope.Kind == ScopeKind.All) return query;

        var row = Expression.Parameter(typeof(T), "row");
        Expression? visible = scope.Kind switch
        {
            ScopeKind.Halls => In(hall, scope.HallIds, row),
            ScopeKind.Units => In(unit, scope.UnitIds, row),
            _ => null,
        };
        if (scope.StaffId is { } own && staff is not null)
        {
            var isOwn = Expression.Equal(Rebind(staff, row), Captured((Guid?)own));
            visible = visible is null ? isOwn : Expression.OrElse(visible, isOwn);
        }
        visible ??= Expression.Constant(false);
        return query.Where(Expression.Lambda<Func<T, bool>>(visible, row));
    }

    private static Expression? In<T>(Expression<Func<T, Guid?>>? selector, IReadOnlyList<Guid> ids, ParameterExpression row)
    {
        if (selector is null || ids.Count == 0) return null;
        var list = ids.Select(id => (Guid?)id).ToList();
        return Expression.Call(Captured(list), typeof(List<Guid?>).GetMethod(nameof(List<Guid?>.Contains))!, Rebind(selector, row));
    }

    /// <summary>
    /// A value as a lambda's closure would hold it (a field of a constant object), so EF Core sends it as a query
    /// parameter. Put in the tree as a constant, every caller's ids made a query of its own: EF compiled the query
    /// again on each request (about 10 ms of CPU on the ledger board) and kept one cache entry per caller.
    /// </summary>
    private static MemberExpression Captured<TValue>(TValue value) =>
        Expression.Field(Expression.Constant(new Closure<TValue>(value)), nameof(Closure<TValue>.Value));

    private sealed class Closure<TValue>(TValue value)
    {
        public readonly TValue Value = value;
    }

    private static Expression Rebind<T>(Expression<Func<T, Guid?>> selector, ParameterExpression row) =>
        new ParameterSwap(selector.Parameters[0], row).Visit(selector.Body);

    private sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}

using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Training.SharedKernel.Data;

/// <summary>
/// Something a hot path works out once from the EF model and keeps (a compiled query, a plain statement's SQL): once per
/// model, not once per process, because the SQLite and PostgreSQL apps of the tests share a process, each with its own
/// model, and a compiled query keeps the model it first ran with. Kept as long as its model lives.
/// </summary>
public sealed class PerModel<T> where T : class
{
    private readonly ConditionalWeakTable<IModel, T> _values = new();

    /// <summary>The value for the context's model, made by <paramref name="create"/> the first time.</summary>
    public T For<TContext>(TContext context, Func<TContext, T> create) where TContext : DbContext =>
        _values.TryGetValue(context.Model, out var value) ? value : _values.GetValue(context.Model, _ => create(context));
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Training.SharedKernel.Data;

/// <summary>
/// An entity's table as the EF model maps it, for a hot path that writes one plain statement instead of a tracked
/// SaveChanges (the exam's save of answers, a judge's sheet): the table and column names delimited for the provider, and
/// a property's value as its column stores it (through the property's value converter, if any). Worked out once per
/// model by its writer; the SQLite and PostgreSQL apps of the tests share a process, each with its own model.
/// </summary>
public sealed class MappedTable
{
    private readonly IEntityType _entity;
    private readonly StoreObjectIdentifier _table;
    private readonly ISqlGenerationHelper _sql;

    public MappedTable(IModel model, Type entityType, ISqlGenerationHelper sql)
    {
        _entity = model.FindEntityType(entityType) ?? throw new InvalidOperationException($"{entityType.Name} is not in the model.");
        _table = StoreObjectIdentifier.Table(_entity.GetTableName()!, _entity.GetSchema());
        _sql = sql;
        Name = sql.DelimitIdentifier(_table.Name, _table.Schema);
    }

    /// <summary>The table, delimited (and with its schema, if it has one).</summary>
    public string Name { get; }

    /// <summary>The column of a property, delimited.</summary>
    public string Column(string property) => _sql.DelimitIdentifier(Property(property).GetColumnName(_table)!);

    /// <summary>Turns a property's value into what its column stores.</summary>
    public Func<T, object> Stored<T>(string property) =>
        Property(property).GetTypeMapping().Converter is { } converter ? value => converter.ConvertToProvider(value)! : value => value!;

    /// <summary>The provider's type mapping of a property's column (to create a parameter of the column's type).</summary>
    public RelationalTypeMapping Mapping(string property) => (RelationalTypeMapping)Property(property).GetRelationalTypeMapping();

    private IProperty Property(string name) =>
        _entity.FindProperty(name) ?? throw new InvalidOperationException($"{_entity.ClrType.Name}.{name} is not mapped.");
}

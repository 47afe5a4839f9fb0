using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.SharedKernel.Domain;

namespace Training.SharedKernel.Data;

public static class ModelBuilderExtensions
{
    /// <summary>Marks a Chinese name column so PostgreSQL sorts it by pinyin; SQLite sorts by code point.</summary>
    public static PropertyBuilder<string> IsChineseText(this PropertyBuilder<string> property) =>
        property.HasAnnotation(TrainingDbContextBase.ChineseTextAnnotation, true);

    /// <summary>
    /// Ids of <see cref="Entity"/> types are made by the application (Guid.NewGuid), never by the database. Saying so
    /// lets EF add a new child found in a collection (an assignment added to a person) instead of updating it.
    /// </summary>
    public static void UseClientGeneratedKeys(this ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(Entity).IsAssignableFrom(e.ClrType)))
            entity.FindProperty(nameof(Entity.Id))!.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
    }

    /// <summary>Maps the audit columns of an aggregate.</summary>
    public static EntityTypeBuilder<T> HasAuditColumns<T>(this EntityTypeBuilder<T> entity) where T : AggregateRoot
    {
        entity.Property(e => e.CreatedAt);
        entity.Property(e => e.CreatedBy);
        entity.Property(e => e.ModifiedAt);
        entity.Property(e => e.ModifiedBy);
        entity.Ignore(e => e.Events);
        return entity;
    }

    /// <summary>
    /// The module's outbox table (<c>{prefix}_Outbox</c>). A shared-type entity, so each module's outbox is its own table
    /// even when the migrations context composes every module into one model.
    /// </summary>
    public static void ConfigureOutbox(this ModelBuilder builder, string modulePrefix)
    {
        builder.SharedTypeEntity<OutboxMessage>(OutboxMessage.TableName(modulePrefix), entity =>
        {
            entity.ToTable(OutboxMessage.TableName(modulePrefix));
            entity.HasKey(m => m.Id);
            entity.Property(m => m.Type).HasMaxLength(512).IsRequired();
            entity.Property(m => m.Payload).HasMaxLength(int.MaxValue).IsRequired();
            entity.Property(m => m.LockedBy).HasMaxLength(64);
            entity.Property(m => m.LastError).HasMaxLength(2000);
            entity.HasIndex(m => new { m.ProcessedAt, m.OccurredAt });
        });
    }
}

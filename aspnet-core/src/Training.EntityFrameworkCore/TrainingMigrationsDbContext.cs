using Microsoft.EntityFrameworkCore;
using Training.SharedKernel.Data;

namespace Training.EntityFrameworkCore;

/// <summary>
/// Composes every module's model into one, so each provider has one migration history (ABP's way). Used only to
/// create and apply migrations; at run time each module works through its own context on the same database.
/// </summary>
public sealed class TrainingMigrationsDbContext(DbContextOptions<TrainingMigrationsDbContext> options) : TrainingDbContextBase(options)
{
    public const string PinyinCollation = "zh_pinyin";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        foreach (var module in TrainingModules.All) module.ConfigureModel(modelBuilder);

        if (Database.IsNpgsql())
        {
            // Chinese names sort by pinyin on PostgreSQL (ICU); SQLite sorts by code point.
            modelBuilder.HasCollation(PinyinCollation, locale: "zh-u-co-pinyin", provider: "icu", deterministic: true);
            foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties())
                         .Where(p => p.FindAnnotation(ChineseTextAnnotation) is not null))
                property.SetCollation(PinyinCollation);
        }
    }
}

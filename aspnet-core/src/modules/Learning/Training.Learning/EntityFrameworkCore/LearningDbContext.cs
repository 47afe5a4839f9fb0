using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Training.Learning.Domain;
using Training.SharedKernel.Data;

namespace Training.Learning.EntityFrameworkCore;

public sealed class LearningDbContext(DbContextOptions<LearningDbContext> options, ModuleDbContextServices services)
    : ModuleDbContext(options, services)
{
    public const string Prefix = "Learning";

    public override string ModulePrefix => Prefix;

    public DbSet<QuestionCategory> QuestionCategories => Set<QuestionCategory>();
    public DbSet<Question> Questions => Set<Question>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ConfigureLearningModule();
    }
}

public static class LearningModelBuilderExtensions
{
    public static void ConfigureLearningModule(this ModelBuilder builder)
    {
        const string p = LearningDbContext.Prefix;
        builder.ConfigureOutbox(p);
        builder.Entity<QuestionCategory>(b =>
        {
            b.ToTable($"{p}_QuestionCategories");
            b.HasAuditColumns();
            b.Property(c => c.Name).HasMaxLength(LearningConsts.MaxCategoryNameLength).IsChineseText();
            b.HasIndex(c => c.Name).IsUnique();
        });
        builder.Entity<Question>(b =>
        {
            b.ToTable($"{p}_Questions");
            b.HasAuditColumns();
            b.Property(q => q.Code).HasMaxLength(LearningConsts.MaxQuestionCodeLength);
            b.HasIndex(q => q.Code).IsUnique();
            b.HasIndex(q => new { q.CategoryId, q.Difficulty, q.Type });
            b.Property(q => q.Type).HasConversion<string>().HasMaxLength(16);
            b.Property(q => q.Difficulty).HasConversion<string>().HasMaxLength(8);
            b.Property(q => q.Stem).HasMaxLength(LearningConsts.MaxStemLength);
            b.Property(q => q.Answer).HasMaxLength(LearningConsts.MaxAnswerLength);
            b.Property(q => q.Explanation).HasMaxLength(LearningConsts.MaxExplanationLength);
            b.Property(q => q.TagList).HasMaxLength(LearningConsts.MaxTags * (LearningConsts.MaxTagLength + 1) + 1);
            // Options as a JSON array in one text column: the same on SQLite and PostgreSQL, read with the question.
            b.Property(q => q.Options).HasMaxLength(LearningConsts.MaxOptions * (LearningConsts.MaxOptionLength + 32))
                .HasConversion(
                    v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
                    v => JsonSerializer.Deserialize<List<QuestionOption>>(v, (JsonSerializerOptions?)null) ?? new List<QuestionOption>(),
                    new ValueComparer<IReadOnlyList<QuestionOption>>((a, c) => a!.SequenceEqual(c!), v => v.Count, v => v.ToList()));
            b.Ignore(q => q.Tags);
            b.HasOne<QuestionCategory>().WithMany().HasForeignKey(q => q.CategoryId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.UseClientGeneratedKeys();
    }
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Training.Learning.Domain;
using Training.SharedKernel.Data;

namespace Training.Learning.EntityFrameworkCore;

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
            // A name is unique within its owner's bank: two halls may each have 服务规范. The city's names (owner null)
            // are kept unique by a filtered index, as NULLs never collide in a unique index.
            b.HasIndex(c => new { c.OwnerHallId, c.Name }).IsUnique();
            b.HasIndex(c => c.Name).IsUnique().HasFilter("\"OwnerHallId\" IS NULL").HasDatabaseName($"IX_{p}_QuestionCategories_Name_City");
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
        builder.Entity<Course>(b =>
        {
            b.ToTable($"{p}_Courses");
            b.HasAuditColumns();
            b.Property(c => c.Code).HasMaxLength(CourseConsts.MaxCodeLength);
            b.HasIndex(c => c.Code).IsUnique();
            b.HasIndex(c => c.OwnerHallId);
            b.Property(c => c.Title).HasMaxLength(CourseConsts.MaxTitleLength).IsChineseText();
            b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(c => c.Description).HasMaxLength(CourseConsts.MaxDescriptionLength);
            b.Property(c => c.AudienceUnitIds).HasConversion(JsonList<Guid>(), JsonListComparer<Guid>()).HasMaxLength(8000);
            b.Property(c => c.AudienceWindowTypes).HasConversion(JsonList<string>(), JsonListComparer<string>()).HasMaxLength(500);
            b.Property(c => c.AudienceStaffKinds).HasConversion(JsonList<string>(), JsonListComparer<string>()).HasMaxLength(200);
            b.Ignore(c => c.CreditHours);
            b.HasMany(c => c.Lessons).WithOne().HasForeignKey(l => l.CourseId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(c => c.Lessons).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        builder.Entity<Lesson>(b =>
        {
            b.ToTable($"{p}_Lessons");
            b.Property(l => l.Title).HasMaxLength(CourseConsts.MaxTitleLength);
            b.Property(l => l.Body).HasMaxLength(CourseConsts.MaxLessonBodyLength);
            b.HasIndex(l => new { l.CourseId, l.Order });
            b.HasMany(l => l.Attachments).WithOne().HasForeignKey(a => a.LessonId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(l => l.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);
        });

        builder.Entity<LessonAttachment>(b =>
        {
            b.ToTable($"{p}_LessonAttachments");
            b.Property(a => a.FileName).HasMaxLength(200);
            b.Property(a => a.ContentType).HasMaxLength(128);
        });
        builder.Entity<Enrollment>(b =>
        {
            b.ToTable($"{p}_Enrollments");
            b.HasAuditColumns();
            b.Property(e => e.Source).HasConversion<string>().HasMaxLength(16);
            b.HasIndex(e => new { e.CourseId, e.StaffId }).IsUnique(); // enrolling twice is one enrolment
            b.HasIndex(e => new { e.StaffId, e.CompletedAt });
            b.HasIndex(e => new { e.UnitId, e.CompletedAt });
            b.HasOne<Course>().WithMany().HasForeignKey(e => e.CourseId).OnDelete(DeleteBehavior.Restrict);
            b.HasMany(e => e.Completions).WithOne().HasForeignKey(c => c.EnrollmentId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(e => e.Completions).UsePropertyAccessMode(PropertyAccessMode.Field);
            b.HasMany(e => e.Openings).WithOne().HasForeignKey(o => o.EnrollmentId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(e => e.Openings).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        builder.Entity<LessonOpening>(b =>
        {
            b.ToTable($"{p}_LessonOpenings");
            b.HasIndex(o => new { o.EnrollmentId, o.LessonId }).IsUnique(); // the first opening only
            b.HasOne<Lesson>().WithMany().HasForeignKey(o => o.LessonId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<LessonCompletion>(b =>
        {
            b.ToTable($"{p}_LessonCompletions");
            b.HasIndex(c => new { c.EnrollmentId, c.LessonId }).IsUnique();
            b.HasOne<Lesson>().WithMany().HasForeignKey(c => c.LessonId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<Certificate>(b =>
        {
            b.ToTable($"{p}_Certificates");
            b.HasAuditColumns();
            b.Property(c => c.Code).HasMaxLength(16);
            b.HasIndex(c => c.Code).IsUnique();
            b.Property(c => c.HolderName).HasMaxLength(64);
            b.Property(c => c.Title).HasMaxLength(CourseConsts.MaxTitleLength);
            b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(c => c.Source).HasConversion<string>().HasMaxLength(16);
            b.Property(c => c.OriginalNumber).HasMaxLength(64);
            b.HasIndex(c => c.OriginalNumber).IsUnique();
            b.Property(c => c.RevokedReason).HasMaxLength(500);
            b.HasIndex(c => new { c.StaffId, c.Kind, c.ExpiresOn }); // scope goes by the holder (StaffId), not the hall at issue
        });
        builder.Entity<Exam>(b =>
        {
            b.ToTable($"{p}_Exams");
            b.HasAuditColumns();
            b.Property(e => e.Title).HasMaxLength(ExamConsts.MaxTitleLength).IsChineseText();
            b.Property(e => e.PaperMode).HasConversion<string>().HasMaxLength(8);
            b.Property(e => e.GradingPolicy).HasConversion<string>().HasMaxLength(8);
            b.Property(e => e.QuestionIds).HasConversion(JsonList<Guid>(), JsonListComparer<Guid>()).HasMaxLength(int.MaxValue);
            b.Property(e => e.Rules).HasConversion(JsonList<ExamRule>(), JsonListComparer<ExamRule>()).HasMaxLength(int.MaxValue);
            b.Ignore(e => e.QuestionCount);
            b.Ignore(e => e.MaxScore);
            b.HasIndex(e => new { e.OpensAt, e.ClosesAt });
            b.HasIndex(e => e.OwnerHallId);
        });
        builder.Entity<ExamAttempt>(b =>
        {
            b.ToTable($"{p}_ExamAttempts");
            b.HasAuditColumns();
            b.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
            // The frozen paper (answer key included) lives in its own table: SQLite rewrites a whole row on every
            // update, and the attempt row is updated on every save of answers.
            b.OwnsOne(a => a.PaperDocument, paper =>
            {
                paper.ToTable($"{p}_ExamAttemptPapers");
                paper.WithOwner().HasForeignKey("AttemptId");
                paper.Property(x => x.Items).HasColumnName("Paper").HasConversion(JsonList<PaperItem>(), JsonListComparer<PaperItem>()).HasMaxLength(int.MaxValue);
            });
            b.Navigation(a => a.PaperDocument).IsRequired();
            b.Ignore(a => a.Paper);
            b.Property(a => a.Answers).HasMaxLength(int.MaxValue).HasConversion(
                v => AnswersJson(v),
                v => JsonSerializer.Deserialize<Dictionary<int, string?>>(v, (JsonSerializerOptions?)null) ?? new Dictionary<int, string?>(),
                new ValueComparer<IReadOnlyDictionary<int, string?>>((x, y) => x!.Count == y!.Count && !x.Except(y).Any(), v => v.Count, v => v.ToDictionary()));
            b.Property(a => a.Version).IsConcurrencyToken();
            b.Ignore(a => a.IsOpen);
            b.HasIndex(a => new { a.ExamId, a.StaffId, a.Number }).IsUnique(); // two racing starts cannot both create attempt N
            b.HasIndex(a => new { a.Status, a.AcceptsUntil });                  // the sweep
            b.HasIndex(a => new { a.StaffId, a.ExamId });
            b.HasIndex(a => new { a.HallId, a.UnitId });
            b.HasOne<Exam>().WithMany().HasForeignKey(a => a.ExamId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<ExamAudienceMember>(b =>
        {
            b.ToTable($"{p}_ExamAudienceMembers");
            b.HasIndex(m => new { m.ExamId, m.StaffId }).IsUnique();
            b.HasIndex(m => m.StaffId); // "my exams" looks up the restricted exams offered to a person
            b.HasOne<Exam>().WithMany().HasForeignKey(m => m.ExamId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<TrainingRecord>(b =>
        {
            b.ToTable($"{p}_TrainingRecords");
            b.Property(r => r.Source).HasConversion<string>().HasMaxLength(16);
            b.Property(r => r.Title).HasMaxLength(CourseConsts.MaxTitleLength);
            b.HasIndex(r => new { r.Source, r.SourceId, r.StaffId }).IsUnique(); // a repeated event records nothing more
            b.HasIndex(r => new { r.StaffId, r.On });
        });
        builder.UseClientGeneratedKeys();
    }

    /// <summary>How an attempt's answers are stored (the save's UPDATE converts them through this property's converter).</summary>
    private static string AnswersJson(IReadOnlyDictionary<int, string?> answers) => JsonSerializer.Serialize(answers, (JsonSerializerOptions?)null);

    /// <summary>Compares such lists by their elements, so EF notices a changed list and not a new instance only.</summary>
    private static ValueComparer<IReadOnlyList<T>> JsonListComparer<T>() =>
        new((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)), v => v.ToList());

    /// <summary>A short list kept as a JSON array in one column (audiences), the same on every provider.</summary>
    private static Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<IReadOnlyList<T>, string> JsonList<T>() => new(
        v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
        v => JsonSerializer.Deserialize<List<T>>(v, (JsonSerializerOptions?)null) ?? new List<T>());
}

using Microsoft.EntityFrameworkCore;
using Training.Learning.Domain;
using Training.SharedKernel.Data;

namespace Training.Learning.EntityFrameworkCore;

public sealed class LearningDbContext(DbContextOptions<LearningDbContext> options)
    : ModuleDbContext(options)
{
    public const string Prefix = "Learning";

    public override string ModulePrefix => Prefix;

    public DbSet<QuestionCategory> QuestionCategories => Set<QuestionCategory>();
    public DbSet<Question> Questions => Set<Question>();
    public DbSet<Course> Courses => Set<Course>();
    public DbSet<Lesson> Lessons => Set<Lesson>();
    public DbSet<Enrollment> Enrollments => Set<Enrollment>();
    public DbSet<LessonCompletion> LessonCompletions => Set<LessonCompletion>();
    public DbSet<LessonOpening> LessonOpenings => Set<LessonOpening>();
    public DbSet<Certificate> Certificates => Set<Certificate>();
    public DbSet<Exam> Exams => Set<Exam>();
    public DbSet<ExamAttempt> Attempts => Set<ExamAttempt>();
    public DbSet<ExamAudienceMember> ExamAudience => Set<ExamAudienceMember>();
    public DbSet<TrainingRecord> TrainingRecords => Set<TrainingRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ConfigureLearningModule();
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Training.Bulletins.Kinds;
using Training.Learning.Application;
using Training.Learning.EntityFrameworkCore;
using Training.Learning.HttpApi;
using Training.Learning.Import;
using Training.Organization;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Modularity;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Events;
using Training.SharedKernel.Http;
using Training.SharedKernel.Settings;

namespace Training.Learning;

/// <summary>Courses, the question bank, exams, certificates, and the pre-job certificate gate on window posts.</summary>
public sealed class LearningModule : TrainingModule
{
    public const string VerifyRateLimit = "learning-verify";

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ISettingDefinitionProvider, LearningSettingDefinitions>();
        services.AddPerClientRateLimit(VerifyRateLimit, configuration.GetValue("Learning:VerifyRateLimitPerMinute", 30));
        services.AddSingleton<IPermissionDefinitionProvider, LearningPermissionDefinitions>();
        services.AddSingleton<IErrorCatalog, LearningErrorCatalog>();
        services.AddModuleDbContext<LearningDbContext>();
        services.AddScoped<ContentAccess>();
        services.AddScoped<QuestionBankService>();
        services.AddScoped<QuestionImportService>();
        services.AddScoped<CourseService>();
        services.AddScoped<LessonAttachmentService>();
        services.AddScoped<EnrollmentService>();
        services.AddScoped<CertificateService>();
        services.AddScoped<CertificatePrinter>();
        services.AddScoped<LearnerContext>();
        services.AddScoped<ExamService>();
        services.AddSingleton<ExamQuestionCache>();
        services.AddScoped<PaperBuilder>();
        services.AddHostedService<ExamWarmUp>();
        services.AddScoped<AttemptService>();
        services.AddScoped<ExamAttemptAnswerWriter>();
        services.AddScoped<PreJobCertificateIssuer>();
        services.AddScoped<IEventHandler<ExamPassedEto>>(sp => sp.GetRequiredService<PreJobCertificateIssuer>());
        services.AddScoped<IEventHandler<CourseCompletedEto>>(sp => sp.GetRequiredService<PreJobCertificateIssuer>());
        services.AddScoped<IEventHandler<CourseCompletedEto>, CourseCertificateIssuer>();
        services.AddScoped<Jobs.ExamSweepJob>();
        services.AddScoped<CertificateNotifier>();
        services.AddScoped<IEventHandler<CertificateRevokedEto>>(sp => sp.GetRequiredService<CertificateNotifier>());
        services.AddScoped<Jobs.CertificateReminderJob>();
        services.AddScoped<ILearningIntegrationService, LearningIntegrationService>();
        services.AddScoped<ExamAudienceService>();
        services.AddScoped<TrainingRecordService>();
        services.AddScoped<IEventHandler<TrainingRecordedEto>>(sp => sp.GetRequiredService<TrainingRecordService>());
        services.AddScoped<LearningStatisticsService>();
        services.AddBulletinKind<Bulletins.TrainingBulletinKind>();
        services.AddScoped<Training.SharedKernel.Home.IHomeItemProvider, LearningHomeItems>();
        // Replaces Organization's allow-all: from here on a window post needs a valid pre-job certificate.
        services.AddScoped<IWindowPostEligibility, PreJobWindowPostEligibility>();
        services.AddScoped<IDataSeeder, Seeding.LearningDemoDataSeeder>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureLearningModule();

    public override IEnumerable<RecurringJobDefinition> RecurringJobs =>
    [
        RecurringJobDefinition.For<Jobs.ExamSweepJob>(Jobs.ExamSweepJob.RecurringId, "* * * * *"),
        RecurringJobDefinition.For<Jobs.CertificateReminderJob>(Jobs.CertificateReminderJob.RecurringId, "0 8 * * *"),
    ];

    public override void MapEndpoints(IEndpointRouteBuilder app)
    {
        app.MapQuestionEndpoints();
        app.MapCourseEndpoints();
        app.MapCertificateEndpoints();
        app.MapExamEndpoints();
    }
}

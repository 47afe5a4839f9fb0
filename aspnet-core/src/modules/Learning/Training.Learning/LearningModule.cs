using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Training.Learning.Application;
using Training.Learning.EntityFrameworkCore;
using Training.Learning.HttpApi;
using Training.Learning.Import;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;

namespace Training.Learning;

/// <summary>Courses, the question bank, exams and certificates. So far: the question bank, courses, enrolment and progress.</summary>
public static class LearningModule
{
    public static IServiceCollection AddLearningModule(this IServiceCollection services)
    {
        services.AddSingleton<IPermissionDefinitionProvider, LearningPermissionDefinitions>();
        services.AddSingleton<IErrorCatalog, LearningErrorCatalog>();
        services.AddModuleDbContext<LearningDbContext>();
        services.AddScoped<QuestionBankService>();
        services.AddScoped<QuestionImportService>();
        services.AddScoped<CourseService>();
        services.AddScoped<EnrollmentService>();
        return services;
    }

    public static IEndpointRouteBuilder MapLearningModule(this IEndpointRouteBuilder app)
    {
        app.MapQuestionEndpoints();
        app.MapCourseEndpoints();
        return app;
    }
}

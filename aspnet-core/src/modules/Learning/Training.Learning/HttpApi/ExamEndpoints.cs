using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Learning.Application;
using Training.SharedKernel.Auditing;
using Training.SharedKernel.Authorization;

namespace Training.Learning.HttpApi;

internal static class ExamEndpoints
{
    public static void MapExamEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/learning").WithTags("Exams");
        const string manage = LearningPermissions.Exams.Manage, mine = LearningPermissions.MyLearning.Default;

        group.MapGet("/exams", (ExamService s, CancellationToken ct) => s.ListAsync(ct)).RequirePermission(manage).WithName("ListExams");
        group.MapGet("/exams/{id:guid}", (Guid id, ExamService s, CancellationToken ct) => s.GetAsync(id, ct)).RequirePermission(manage).WithName("GetExam");
        group.MapPost("/exams", (SaveExamInput input, ExamService s, CancellationToken ct) => s.CreateAsync(input, ct)).RequirePermission(manage).WithName("CreateExam");
        group.MapPut("/exams/{id:guid}", (Guid id, SaveExamInput input, ExamService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .RequirePermission(manage).WithName("UpdateExam");
        group.MapGet("/attempts", ([AsParameters] AttemptListInput input, AttemptService s, CancellationToken ct) => s.ListAsync(input, ct))
            .RequirePermission(LearningPermissions.Exams.Results).WithName("ListAttempts")
            .WithAuditedRead("people's exam results", subject: "staffId")
            .WithSummary("Attempts of the people within the caller's scope (by the unit they belonged to when they sat).");

        group.MapGet("/statistics/units", (DateTime from, DateTime to, LearningStatisticsService s, CancellationToken ct) => s.ByUnitAsync(from, to, ct))
            .RequirePermission(LearningPermissions.Exams.Results).WithName("GetLearningStatisticsByUnit")
            .WithSummary("Completion and pass rates per unit, by the unit people belonged to at the time.");

        group.MapGet("/my/exams", (AttemptService s, CancellationToken ct) => s.MyExamsAsync(ct)).RequirePermission(mine).WithName("ListMyExams");
        group.MapPost("/my/exams/{id:guid}/attempts", (Guid id, AttemptService s, CancellationToken ct) => s.StartAsync(id, ct))
            .RequirePermission(mine).WithName("StartAttempt").WithSummary("Starts an attempt, or resumes the running one.");
        group.MapGet("/my/attempts/{id:guid}", (Guid id, AttemptService s, CancellationToken ct) => s.GetAsync(id, ct))
            .RequirePermission(mine).WithName("GetMyAttempt");
        group.MapPut("/my/attempts/{id:guid}/answers", (Guid id, SaveAnswersInput input, AttemptService s, CancellationToken ct) => s.SaveAnswersAsync(id, input, ct))
            .RequirePermission(mine).WithName("SaveAnswers")
            .WithoutAudit("autosave every few seconds from every taker; the attempt keeps its version and time of change");
        group.MapPost("/my/attempts/{id:guid}/submit", (Guid id, SaveAnswersInput? input, AttemptService s, CancellationToken ct) => s.SubmitAsync(id, input, ct))
            .RequirePermission(mine).WithName("SubmitAttempt").WithSummary("Hands in and grades; a repeated submit returns the same result.");
        group.MapGet("/my/attempts/{id:guid}/review", (Guid id, AttemptService s, CancellationToken ct) => s.ReviewAsync(id, ct))
            .RequirePermission(mine).WithName("ReviewMyAttempt").WithSummary("Answers and explanations, once the exam has closed for everyone.");
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Learning.Application;
using Training.Learning.Import;
using Training.SharedKernel.Auditing;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Files;

namespace Training.Learning.HttpApi;

internal static class QuestionEndpoints
{
    public static void MapQuestionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/learning").WithTags("QuestionBank");
        const string read = LearningPermissions.Questions.Default, manage = LearningPermissions.Questions.Manage, import = LearningPermissions.Questions.Import;

        group.MapGet("/question-categories", (QuestionBankService s, CancellationToken ct) => s.ListCategoriesAsync(ct))
            .RequirePermission(read).WithName("ListQuestionCategories");
        group.MapPost("/question-categories", (CreateQuestionCategoryInput input, QuestionBankService s, CancellationToken ct) => s.CreateCategoryAsync(input, ct))
            .RequirePermission(manage).WithName("CreateQuestionCategory");

        group.MapGet("/questions", ([AsParameters] QuestionListInput input, QuestionBankService s, CancellationToken ct) => s.ListAsync(input, ct))
            .RequirePermission(read).WithName("ListQuestions");
        group.MapGet("/questions/{id:guid}", (Guid id, QuestionBankService s, CancellationToken ct) => s.GetAsync(id, ct))
            .RequirePermission(read).WithName("GetQuestion");
        group.MapPost("/questions", (SaveQuestionInput input, QuestionBankService s, CancellationToken ct) => s.CreateAsync(input, ct))
            .RequirePermission(manage).WithName("CreateQuestion");
        group.MapPut("/questions/{id:guid}", (Guid id, SaveQuestionInput input, QuestionBankService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .RequirePermission(manage).WithName("UpdateQuestion");

        group.MapGet("/questions/import/template", () => TypedResults.File(QuestionImportService.Template(), FileInspector.ContentType(FileKind.Xlsx), "题库导入模板.xlsx"))
            .RequirePermission(import).WithName("GetQuestionImportTemplate");
        group.MapPost("/questions/import", async (IFormFile file, Guid? ownerHallId, UploadReader uploads, QuestionImportService s, CancellationToken ct) =>
                await s.ImportAsync(await uploads.ReadAsync(file, [FileKind.Xlsx], ct), ownerHallId, ct))
            .RequirePermission(import).WithName("ImportQuestions").DisableAntiforgery()
            .WithSummary("Imports questions (.xlsx) into the bank of ownerHallId (the city when empty, for administrators), upserting by code; a file with errors writes nothing and lists every row.");
        group.MapGet("/questions/export", async (Guid? categoryId, QuestionImportService s, CancellationToken ct) =>
                TypedResults.File(await s.ExportAsync(categoryId, ct), FileInspector.ContentType(FileKind.Xlsx), "题库.xlsx"))
            .RequirePermission(import).WithName("ExportQuestions").WithAuditedRead("answer keys")
            .WithSummary("The questions with their answer keys, of the banks the caller owns (or one of them); every call is audited.");

        group.MapGet("/content-owners", (ContentAccess s, CancellationToken ct) => s.ChoicesAsync(ct))
            .RequirePermission(LearningPermissions.Courses.Default).WithName("ListContentOwnerChoices")
            .WithSummary("Who may own the courses, question banks and exams the caller creates: the city (administrators) and the halls they manage.");
    }
}

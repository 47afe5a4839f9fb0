using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.SharedKernel.Auditing;
using Training.SharedKernel.Authorization;
using Training.Unresolved.Application.Cases;
using Training.Unresolved.Application.Workbench;

namespace Training.Unresolved.HttpApi;

/// <summary>Cases on <c>/api/unresolved/cases</c>: intake, list, detail, the handling steps; and the guide's workbench.</summary>
internal static class CaseEndpoints
{
    public static void MapCaseEndpoints(this IEndpointRouteBuilder app)
    {
        const string view = UnresolvedPermissions.Cases.Default, record = UnresolvedPermissions.Cases.Record,
            handle = UnresolvedPermissions.Cases.Handle, supervise = UnresolvedPermissions.Cases.Supervise;
        var cases = app.MapGroup("/api/unresolved/cases").WithTags("UnresolvedCases");
        cases.MapGet("/", ([AsParameters] UnresolvedCaseListInput input, CaseQueryService s, CancellationToken ct) => s.ListAsync(input, ct))
            .RequirePermission(view).WithName("ListUnresolvedCases")
            .WithSummary("Cases in the caller's scope (a hall's, a unit's as the unit complained about, one's own records), filtered, sorted and paged; the complainant hidden (已隐去) from whoever may not see them.");
        cases.MapPost("/", (CreateCaseInput input, CaseIntakeService s, CancellationToken ct) => s.CreateAsync(input, ct))
            .RequirePermission(record).WithName("CreateUnresolvedCase")
            .WithSummary("Intake at the window, by the hotline or online: numbered per hall and year, the guide on duty told at once; out-of-scope cases recorded with their reason and closed.");
        cases.MapGet("/{id:guid}", (Guid id, CaseQueryService s, CancellationToken ct) => s.GetAsync(id, ct))
            .RequirePermission(view).WithName("GetUnresolvedCase").WithAuditedRead("a complainant's name and phone, in full for those entitled")
            .WithSummary("A case with its steps (who and when), deadlines, transfers and what the caller may do.");
        cases.MapGet("/{id:guid}/attachments/{fileId:guid}", async (Guid id, Guid fileId, CaseQueryService s, CancellationToken ct) =>
            {
                var file = await s.AttachmentAsync(id, fileId, ct);
                return TypedResults.File(file.Content, file.File.ContentType, file.File.FileName);
            })
            .RequirePermission(view).WithName("GetUnresolvedCaseAttachment")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .WithSummary("An attachment of a receiver's answer to a case in scope, with its name (RFC 6266).");
        cases.MapPost("/{id:guid}/classify", (Guid id, ClassifyCaseInput input, CaseWorkflowService s, CancellationToken ct) => s.ClassifyAsync(id, input, ct))
            .RequirePermission(handle).WithName("ClassifyUnresolvedCase")
            .WithSummary("分类处办: the guide classifies a registered case; 一般性 is due the same day, the follow-up 5 working days from intake (transferred cases: from the answer).");
        cases.MapPost("/{id:guid}/window-answer", (Guid id, WindowAnswerInput input, CaseWorkflowService s, CancellationToken ct) => s.WindowAnswerAsync(id, input, ct))
            .RequirePermission(handle).WithName("RecordUnresolvedWindowAnswer")
            .WithSummary("一般性情形: the window's answer as the guide coordinated it; it is the reply to the complainant.");
        cases.MapPost("/{id:guid}/conference", (Guid id, ConferenceInput input, CaseWorkflowService s, CancellationToken ct) => s.ConferenceAsync(id, input, ct))
            .RequirePermission(handle).WithName("RecordUnresolvedConference")
            .WithSummary("较复杂情形: the 一事一议 conference, its sections (of the hall's configured ones) and outcome.");
        cases.MapPost("/{id:guid}/complaint-check", (Guid id, ComplaintCheckInput input, CaseWorkflowService s, CancellationToken ct) => s.OpenComplaintCheckAsync(id, input, ct))
            .RequirePermission(supervise).WithName("OpenUnresolvedComplaintCheck")
            .WithSummary("服务不规范情形: 效能督查科 opens the complaint check (投诉核查) in Supervision; the inspection is kept on the case.");
        cases.MapPost("/{id:guid}/transfer", (Guid id, TransferCaseInput input, CaseWorkflowService s, CancellationToken ct) => s.TransferAsync(id, input, ct))
            .RequirePermission(handle).WithName("TransferUnresolvedCase")
            .WithSummary("未进驻 → a department or township, 审批主体不明 → 市便民服务中心; answer due in 3 working days. The unit complained about only through 效能督查科, complainant hidden.");
        cases.MapPost("/{id:guid}/first-reply", (Guid id, FirstReplyInput input, CaseWorkflowService s, CancellationToken ct) => s.FirstReplyAsync(id, input, ct))
            .RequirePermission(record).WithName("RecordUnresolvedFirstReply")
            .WithSummary("The first reply to the complainant (the day of intake), by the guide or the staff member who recorded the case.");
        cases.MapPost("/{id:guid}/follow-up", (Guid id, FollowUpInput input, CaseWorkflowService s, CancellationToken ct) => s.FollowUpAsync(id, input, ct))
            .RequirePermission(record).WithName("RecordUnresolvedFollowUp")
            .WithSummary("The follow-up call: satisfied closes the case; unsatisfied goes to 效能督查科 (answer in 2 working days).");
        cases.MapPost("/{id:guid}/escalation-answer", (Guid id, EscalationAnswerInput input, CaseWorkflowService s, CancellationToken ct) => s.AnswerEscalationAsync(id, input, ct))
            .RequirePermission(supervise).WithName("AnswerUnresolvedEscalation")
            .WithSummary("效能督查科's answer to an unsatisfied follow-up, with the departments; it closes the case.");
        cases.MapPost("/{id:guid}/close", (Guid id, CloseCaseInput input, CaseWorkflowService s, CancellationToken ct) => s.CloseAsync(id, input, ct))
            .RequirePermission(handle).WithName("CloseUnresolvedCase")
            .WithSummary("Closes a case being handled or answered, with its outcome; deadlines not met count as late.");

        app.MapGet("/api/unresolved/workbench", (Guid hallId, WorkbenchService s, CancellationToken ct) => s.GetAsync(hallId, ct))
            .WithTags("UnresolvedCases").RequirePermission(handle).WithName("GetUnresolvedWorkbench")
            .WithSummary("The guide's workbench for a hall: the guide on duty, today's cases, open deadlines with their due days, overdue ones.");
    }
}

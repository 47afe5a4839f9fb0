using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Ratings.Application.Cases;
using Training.SharedKernel.Auditing;
using Training.SharedKernel.Authorization;

namespace Training.Ratings.HttpApi;

/// <summary>The bad-rating workbench 差评整改 on <c>/api/ratings/cases</c>; also maps the loop's appeals and public follow-up.</summary>
internal static class CaseEndpoints
{
    /// <summary>The loop's endpoints: the workbench, appeals and the citizen's follow-up page.</summary>
    public static void MapRatingLoopEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapCaseEndpoints();
        app.MapAppealEndpoints();
        app.MapPublicFollowUpEndpoints();
    }

    private static void MapCaseEndpoints(this IEndpointRouteBuilder app)
    {
        const string view = RatingsPermissions.Cases.Default, handle = RatingsPermissions.Cases.Handle;
        var cases = app.MapGroup("/api/ratings/cases").WithTags("RatingCases");
        cases.MapGet("/", ([AsParameters] CaseListInput input, CaseQueryService s, CancellationToken ct) => s.ListAsync(input, ct))
            .RequirePermission(view).WithName("ListRatingCases")
            .WithSummary("Bad-rating cases in the caller's scope with deadlines and overdue flags; the rater masked.");
        cases.MapGet("/{id:guid}", (Guid id, CaseQueryService s, CancellationToken ct) => s.GetAsync(id, ct))
            .RequirePermission(view).WithName("GetRatingCase")
            .WithAuditedRead("a citizen's name and phone (in full for the case's handler)")
            .WithSummary("A case with every step, the follow-up and the appeal; the rater in full only for its handler.");
        cases.MapPost("/{id:guid}/take", (Guid id, CaseVersionInput input, CaseWorkflowService s, CancellationToken ct) => s.TakeAsync(id, input, ct))
            .RequirePermission(handle).WithName("TakeRatingCase")
            .WithSummary("接手: the caller becomes the handler (a hall manager may take over from another handler).");
        cases.MapPost("/{id:guid}/verify", (Guid id, VerifyCaseInput input, CaseWorkflowService s, CancellationToken ct) => s.VerifyAsync(id, input, ct))
            .RequirePermission(handle).WithName("VerifyRatingCase")
            .WithSummary("Verification: real (on to callback or rectification), mistaken or malicious (closes).");
        cases.MapPost("/{id:guid}/call-back", (Guid id, CaseNoteInput input, CaseWorkflowService s, CancellationToken ct) => s.CallBackAsync(id, input, ct))
            .RequirePermission(handle).WithName("CallBackRatingCase");
        cases.MapPost("/{id:guid}/rectify", (Guid id, CaseNoteInput input, CaseWorkflowService s, CancellationToken ct) => s.RectifyAsync(id, input, ct))
            .RequirePermission(handle).WithName("RectifyRatingCase");
        cases.MapPost("/{id:guid}/reply", (Guid id, ReplyCaseInput input, CaseWorkflowService s, CancellationToken ct) => s.ReplyAsync(id, input, ct))
            .RequirePermission(handle).WithName("ReplyRatingCase")
            .WithSummary("The public reply; answers the citizen's follow-up link token once.");
        cases.MapPost("/{id:guid}/follow-up", (Guid id, RecordFollowUpInput input, CaseWorkflowService s, CancellationToken ct) =>
                s.RecordFollowUpAsync(id, input, ct))
            .RequirePermission(handle).WithName("RecordRatingCaseFollowUp")
            .WithSummary("The handler records the citizen's follow-up evaluation (回访评价) taken on the phone; once per case.");
        cases.MapPost("/{id:guid}/close", (Guid id, CaseVersionInput input, CaseWorkflowService s, CancellationToken ct) => s.CloseAsync(id, input, ct))
            .RequirePermission(handle).WithName("CloseRatingCase");
    }
}

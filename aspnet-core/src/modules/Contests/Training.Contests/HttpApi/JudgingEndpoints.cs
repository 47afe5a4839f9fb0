using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Contests.Application.Judging;
using Training.SharedKernel.Authorization;

namespace Training.Contests.HttpApi;

/// <summary>Judging: the caller's rounds, a round's scoring page, a sheet's save and submit, the chief judge's correction, progress.</summary>
internal static class JudgingEndpoints
{
    public static void MapJudgingEndpoints(this IEndpointRouteBuilder app)
    {
        var judging = app.MapGroup("/api/contests").WithTags("ContestJudging");
        const string judge = ContestsPermissions.Judging.Default;
        judging.MapGet("/judging", (JudgeAssignments s, CancellationToken ct) => s.MineAsync(ct))
            .RequirePermission(judge).WithName("ListMyJudging").WithSummary("The rounds the caller is assigned to judge, with their progress.");
        judging.MapGet("/{id:guid}/rounds/{roundId:guid}/judging", (Guid id, Guid roundId, JudgingService s, CancellationToken ct) => s.GetRoundAsync(id, roundId, ct))
            .RequirePermission(judge).WithName("GetJudgeRound").WithSummary("A judge's scoring page: criteria with bounds, entries by draw number, recusals, own sheets.");
        judging.MapPut("/{id:guid}/rounds/{roundId:guid}/sheets/{entryId:guid}",
                (Guid id, Guid roundId, Guid entryId, SaveScoreSheetInput input, JudgingService s, CancellationToken ct) => s.SaveAsync(id, roundId, entryId, input, ct))
            .RequirePermission(judge).WithName("SaveScoreSheet")
            .WithSummary("Saves (and with submit, locks) the caller's sheet for an entry; refused for an entrant of the judge's own unit.");
        judging.MapPost("/{id:guid}/rounds/{roundId:guid}/sheets/{sheetId:guid}/corrections",
                (Guid id, Guid roundId, Guid sheetId, CorrectScoreSheetInput input, JudgingService s, CancellationToken ct) => s.CorrectAsync(id, roundId, sheetId, input, ct))
            .RequirePermission(judge).WithName("CorrectScoreSheet").WithSummary("The chief judge corrects a locked sheet, with a reason (kept).");
        judging.MapGet("/{id:guid}/rounds/{roundId:guid}/progress", (Guid id, Guid roundId, JudgingService s, CancellationToken ct) => s.ProgressAsync(id, roundId, ct))
            .RequirePermission(ContestsPermissions.Contests.Manage).WithName("GetJudgingProgress").WithSummary("Each judge's progress on a round (organisers).");
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Contests.Application.Rounds;
using Training.SharedKernel.Authorization;

namespace Training.Contests.HttpApi;

/// <summary>Rounds (organisers): set them with weights, exam, criteria and judges; open and close; the written round's results.</summary>
internal static class RoundEndpoints
{
    public static void MapRoundEndpoints(this IEndpointRouteBuilder app)
    {
        var rounds = app.MapGroup("/api/contests").WithTags("ContestRounds");
        const string manage = ContestsPermissions.Contests.Manage;
        rounds.MapPut("/{id:guid}/rounds", (Guid id, SaveRoundsInput input, RoundService s, CancellationToken ct) => s.SaveAsync(id, input, ct))
            .RequirePermission(manage).WithName("SaveContestRounds")
            .WithSummary("Replaces the rounds in order, until the first opens; a written round's exam is restricted to the entrants.");
        rounds.MapPost("/{id:guid}/rounds/{roundId:guid}/open", (Guid id, Guid roundId, RoundService s, CancellationToken ct) => s.OpenAsync(id, roundId, ct))
            .RequirePermission(manage).WithName("OpenContestRound").WithSummary("Opens a round once entry has closed and no other round runs.");
        rounds.MapPost("/{id:guid}/rounds/{roundId:guid}/close", (Guid id, Guid roundId, RoundService s, CancellationToken ct) => s.CloseAsync(id, roundId, ct))
            .RequirePermission(manage).WithName("CloseContestRound");
        rounds.MapGet("/{id:guid}/rounds/{roundId:guid}/written-results",
                (Guid id, Guid roundId, WrittenResultReader s, CancellationToken ct) => s.ListAsync(id, roundId, ct))
            .RequirePermission(manage).WithName("ListWrittenRoundResults")
            .WithSummary("Each entry's written score as read from Learning: best percent and its hand-in time.");
    }
}

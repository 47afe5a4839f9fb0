using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Contests.Application.Board;
using Training.SharedKernel.Authorization;

namespace Training.Contests.HttpApi;

/// <summary>The leaderboard: JSON and server-sent events for people in scope, the hall screen's display link (anonymous, rate-limited), my view.</summary>
internal static class BoardEndpoints
{
    private const string EventStream = "text/event-stream";

    public static void MapBoardEndpoints(this IEndpointRouteBuilder app)
    {
        var board = app.MapGroup("/api/contests").WithTags("ContestBoard");
        const string view = ContestsPermissions.Board.Default;
        board.MapGet("/{id:guid}/board", (Guid id, BoardService s, CancellationToken ct) => s.GetAsync(id, ct))
            .RequirePermission(view).WithName("GetContestBoard").WithSummary("The leaderboard by draw number; names only once published (or when the contest shows them).");
        board.MapGet("/{id:guid}/board/stream", (Guid id, BoardStreams s, HttpContext http) => s.OpenAsync(id, http))
            .RequirePermission(view).WithName("StreamContestBoard").Produces<BoardDto>(StatusCodes.Status200OK, EventStream)
            .WithSummary("Server-sent events: a snapshot, then the changed entries' totals.");
        board.MapPost("/{id:guid}/display-token", (Guid id, BoardService s, CancellationToken ct) => s.NewDisplayTokenAsync(id, ct))
            .RequirePermission(ContestsPermissions.Contests.Manage).WithName("CreateContestDisplayToken")
            .WithSummary("A new link for the hall screen (shown once; the old one stops working).");
        board.MapGet("/{id:guid}/my", (Guid id, BoardService s, CancellationToken ct) => s.MineAsync(id, ct))
            .RequirePermission(ContestsPermissions.Contests.Default).WithName("GetMyContest")
            .WithSummary("An entrant's own view: their draw number and their criterion scores.");

        // The hall screen signs in as nobody: public paths live under /api/public, and the link itself is the secret.
        var display = app.MapGroup("/api/public/contest-boards").WithTags("ContestDisplay");
        display.MapGet("/{link:maxlength(64)}", (string link, BoardService s, CancellationToken ct) => s.GetDisplayAsync(link, ct))
            .AllowAnonymous().RequireRateLimiting(ContestsModule.DisplayRateLimit).WithName("GetDisplayBoard")
            .WithSummary("The hall screen's leaderboard, by its display link.");
        display.MapGet("/{link:maxlength(64)}/stream", (string link, BoardStreams s, HttpContext http) => s.OpenDisplayAsync(link, http))
            .AllowAnonymous().RequireRateLimiting(ContestsModule.DisplayRateLimit).WithName("StreamDisplayBoard")
            .Produces<BoardDto>(StatusCodes.Status200OK, EventStream).WithSummary("The hall screen's event stream, by its display link.");
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Contests.Application.Contests;
using Training.SharedKernel.Authorization;

namespace Training.Contests.HttpApi;

/// <summary>Contests on <c>/api/contests</c>: the list and a contest for people in scope; the organiser's draft, announcement, entry close and people.</summary>
internal static class ContestEndpoints
{
    public static void MapContestEndpoints(this IEndpointRouteBuilder app)
    {
        var contests = app.MapGroup("/api/contests").WithTags("Contests");
        const string view = ContestsPermissions.Contests.Default, manage = ContestsPermissions.Contests.Manage;
        contests.MapGet("/", ([AsParameters] ContestListInput input, ContestReader s, CancellationToken ct) => s.ListAsync(input, ct))
            .RequirePermission(view).WithName("ListContests")
            .WithSummary("Contests the caller sees: announced ones of their halls, the ones they organise or are assigned to.");
        contests.MapGet("/{id:guid}", (Guid id, ContestReader s, CancellationToken ct) => s.GetAsync(id, ct))
            .RequirePermission(view).WithName("GetContest").WithSummary("A contest with its rounds (and its people, for organisers and the people assigned).");
        contests.MapPost("/", (SaveContestInput input, ContestService s, CancellationToken ct) => s.CreateAsync(input, ct))
            .RequirePermission(manage).WithName("CreateContest").WithSummary("A draft contest owned by a hall the caller runs (or the city); the caller organises it.");
        contests.MapPut("/{id:guid}", (Guid id, SaveContestInput input, ContestService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .RequirePermission(manage).WithName("UpdateContest").WithSummary("Changes a draft (409 on a stale version or once announced).");
        contests.MapPost("/{id:guid}/announce", (Guid id, ContestService s, CancellationToken ct) => s.AnnounceAsync(id, ct))
            .RequirePermission(manage).WithName("AnnounceContest").WithSummary("Announces the draft: entry opens in its window; everyone in scope gets an inbox message.");
        contests.MapPost("/{id:guid}/close-entry", (Guid id, ContestService s, CancellationToken ct) => s.CloseEntryAsync(id, ct))
            .RequirePermission(manage).WithName("CloseContestEntry")
            .WithSummary("Closes entry and draws the numbers 抽签号 (409 while nominations or teams await confirmation).");
        contests.MapPut("/{id:guid}/staff", (Guid id, SetContestStaffInput input, ContestService s, CancellationToken ct) => s.SetStaffAsync(id, input, ct))
            .RequirePermission(manage).WithName("SetContestStaff").WithSummary("Replaces the contest's organisers, judges and chief judge.");
    }
}

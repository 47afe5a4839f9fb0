using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Contests.Application.Entries;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Files;

namespace Training.Contests.HttpApi;

/// <summary>Entries: self-entry, a lead's nomination, confirmation and the list (organisers), withdrawal, my entries.</summary>
internal static class EntryEndpoints
{
    public static void MapEntryEndpoints(this IEndpointRouteBuilder app)
    {
        var entries = app.MapGroup("/api/contests").WithTags("ContestEntries");
        const string view = ContestsPermissions.Contests.Default, manage = ContestsPermissions.Contests.Manage;
        entries.MapGet("/{id:guid}/entries", (Guid id, EntryReader s, CancellationToken ct) => s.ListAsync(id, ct))
            .RequirePermission(manage).WithName("ListContestEntries").WithSummary("Every entry with its people, draw number and state (organisers).");
        entries.MapGet("/{id:guid}/entries/export", async (Guid id, EntryExport s, CancellationToken ct) =>
            {
                var (content, fileName) = await s.ExportAsync(id, ct);
                return TypedResults.File(content, FileInspector.ContentType(FileKind.Xlsx), fileName);
            })
            .RequirePermission(manage).WithName("ExportContestEntries")
            .Produces(StatusCodes.Status200OK, contentType: FileInspector.ContentType(FileKind.Xlsx))
            .WithSummary("The entry list as .xlsx (organisers).");
        entries.MapPost("/{id:guid}/entries/self", (Guid id, EntryService s, CancellationToken ct) => s.EnterSelfAsync(id, ct))
            .RequirePermission(ContestsPermissions.Contests.Enter).WithName("EnterContest")
            .WithSummary("Enters the caller in an individual contest during its entry window.");
        entries.MapPost("/{id:guid}/entries/nominate", (Guid id, NominateInput input, EntryService s, CancellationToken ct) => s.NominateAsync(id, input, ct))
            .RequirePermission(ContestsPermissions.Entries.Nominate).WithName("NominateContestEntry")
            .WithSummary("A unit lead nominates a person of their unit, or the unit's team; an organiser confirms it.");
        entries.MapPost("/{id:guid}/entries/{entryId:guid}/confirm", (Guid id, Guid entryId, EntryService s, CancellationToken ct) => s.ConfirmAsync(id, entryId, ct))
            .RequirePermission(manage).WithName("ConfirmContestEntry").WithSummary("Confirms a nomination or a team entry (organisers).");
        entries.MapPost("/{id:guid}/entries/{entryId:guid}/withdraw", (Guid id, Guid entryId, EntryService s, CancellationToken ct) => s.WithdrawAsync(id, entryId, ct))
            .RequirePermission(view).WithName("WithdrawContestEntry")
            .WithSummary("The entrant, the nominating lead or an organiser withdraws an entry, until the first round opens.");
        entries.MapGet("/my/entries", (EntryReader s, CancellationToken ct) => s.MineAsync(ct))
            .RequirePermission(view).WithName("ListMyContestEntries").WithSummary("The contests the caller has entered.");
    }
}

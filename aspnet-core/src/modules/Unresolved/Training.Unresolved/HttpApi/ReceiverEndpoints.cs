using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.SharedKernel.Auditing;
using Training.SharedKernel.Authorization;
using Training.Unresolved.Application.Receivers;
using Training.Unresolved.Application.Roster;

namespace Training.Unresolved.HttpApi;

/// <summary>The receivers and their liaisons on <c>/api/unresolved/receivers</c>.</summary>
internal static class ReceiverEndpoints
{
    public static void MapReceiverEndpoints(this IEndpointRouteBuilder app)
    {
        var receivers = app.MapGroup("/api/unresolved/receivers").WithTags("UnresolvedReceivers");
        receivers.MapGet("/", (bool? activeOnly, ReceiverService s, CancellationToken ct) => s.ListAsync(activeOnly, ct))
            .RequirePermission(UnresolvedPermissions.Receivers.Default).WithName("ListUnresolvedReceivers")
            .WithAuditedRead("the liaisons' names and phones")
            .WithSummary("The receivers (departments, townships, 市便民服务中心) with their liaisons; activeOnly for the transfer form.");
        receivers.MapPost("/", (SaveReceiverInput input, ReceiverService s, CancellationToken ct) => s.CreateAsync(input, ct))
            .RequirePermission(UnresolvedPermissions.Receivers.Manage).WithName("CreateUnresolvedReceiver")
            .WithSummary("A receiver and its liaisons (existing accounts by user name; they get the Liaison role).");
        receivers.MapPut("/{id:guid}", (Guid id, SaveReceiverInput input, ReceiverService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .RequirePermission(UnresolvedPermissions.Receivers.Manage).WithName("UpdateUnresolvedReceiver")
            .WithSummary("Changes a receiver as a whole, its liaisons replaced by the list given.");
    }

    public static void MapRosterEndpoints(this IEndpointRouteBuilder app)
    {
        var roster = app.MapGroup("/api/unresolved/roster").WithTags("UnresolvedRoster");
        roster.MapGet("/", ([AsParameters] RosterQuery query, RosterService s, CancellationToken ct) => s.GetAsync(query.HallId, query.Year, query.Month, ct))
            .RequirePermission(UnresolvedPermissions.Roster.Default).WithName("GetUnresolvedRoster")
            .WithSummary("A hall's guide duty roster 当日大厅巡导员 for a month, with the month's working days.");
        roster.MapPut("/", (SaveRosterInput input, RosterService s, CancellationToken ct) => s.SaveAsync(input, ct))
            .RequirePermission(UnresolvedPermissions.Roster.Manage).WithName("SaveUnresolvedRoster")
            .WithSummary("Sets or clears the guide of the days given (a staff member of the hall); other days stay.");
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.SharedKernel.Authorization;
using Training.Supervision.Application.Inspections;

namespace Training.Supervision.HttpApi;

/// <summary>Inspections and walk-throughs on <c>/api/supervision/inspections</c>, and the phone entry's pick list.</summary>
internal static class InspectionEndpoints
{
    public static void MapInspectionEndpoints(this IEndpointRouteBuilder app)
    {
        var inspections = app.MapGroup("/api/supervision/inspections").WithTags("SupervisionInspections");
        inspections.MapGet("/", ([AsParameters] InspectionListInput input, InspectionQueryService s, CancellationToken ct) => s.ListAsync(input, ct))
            .RequirePermission(SupervisionPermissions.Inspections.Default).WithName("ListSupervisionInspections")
            .WithSummary("Inspections of the halls in the caller's scope.");
        inspections.MapGet("/{id:guid}", (Guid id, InspectionQueryService s, CancellationToken ct) => s.GetAsync(id, ct))
            .RequirePermission(SupervisionPermissions.Inspections.Default).WithName("GetSupervisionInspection")
            .WithSummary("An inspection with its inspectors, places, steps, findings and ledger items.");
        inspections.MapPost("/", (CreateInspectionInput input, InspectionService s, CancellationToken ct) => s.CreateAsync(input, ct))
            .RequirePermission(SupervisionPermissions.Inspections.Record).WithName("CreateSupervisionInspection")
            .WithSummary("A new inspection in a hall of the caller's scope; a retried create (same clientKey) returns the first.");
        inspections.MapPut("/{id:guid}", (Guid id, UpdateInspectionInput input, InspectionService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .RequirePermission(SupervisionPermissions.Inspections.Record).WithName("UpdateSupervisionInspection")
            .WithSummary("New words, date, inspectors and places (409 on a stale version).");
        inspections.MapPut("/{id:guid}/steps", (Guid id, SaveWalkStepsInput input, InspectionService s, CancellationToken ct) => s.SaveStepsAsync(id, input, ct))
            .RequirePermission(SupervisionPermissions.Inspections.Record).WithName("SaveSupervisionWalkSteps")
            .WithSummary("Replaces a walk-through's steps, in order (409 on a stale version).");
        inspections.MapPost("/{id:guid}/improvements", (Guid id, AddImprovementInput input, InspectionService s, CancellationToken ct) => s.AddImprovementAsync(id, input, ct))
            .RequirePermission(SupervisionPermissions.Inspections.Record).WithName("AddSupervisionImprovement")
            .WithSummary("An improvement item of a walk-through: a ledger item for the unit.");
        app.MapGet("/api/supervision/targets", ([AsParameters] TargetsInput input, TargetService s, CancellationToken ct) => s.GetAsync(input.HallId, ct))
            .WithTags("SupervisionInspections")
            .RequirePermission(SupervisionPermissions.Inspections.Record).WithName("GetSupervisionTargets")
            .WithSummary("A hall's units and windows with the people at each window now (the phone entry's pick list).");
    }
}

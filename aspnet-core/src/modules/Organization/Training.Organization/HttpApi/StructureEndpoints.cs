using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Organization.Application;
using Training.SharedKernel.Authorization;

namespace Training.Organization.HttpApi;

internal static class StructureEndpoints
{
    public static void MapStructureEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/organization").WithTags("Organization");
        const string read = OrganizationPermissions.Structure.Default, manage = OrganizationPermissions.Structure.Manage;

        group.MapGet("/tree", (StructureService s, CancellationToken ct) => s.GetTreeAsync(ct))
            .RequirePermission(read).WithName("GetOrganizationTree").WithSummary("Halls with their units, windows and leads.");

        group.MapGet("/halls", (StructureService s, CancellationToken ct) => s.ListHallsAsync(ct)).RequirePermission(read).WithName("ListHalls");
        group.MapPost("/halls", (SaveHallInput input, StructureService s, CancellationToken ct) => s.CreateHallAsync(input, ct))
            .RequirePermission(manage).WithName("CreateHall");
        group.MapPut("/halls/{id:guid}", (Guid id, SaveHallInput input, StructureService s, CancellationToken ct) => s.UpdateHallAsync(id, input, ct))
            .RequirePermission(manage).WithName("UpdateHall");
        group.MapGet("/halls/{id:guid}/managers", (Guid id, LeadershipService s, CancellationToken ct) => s.GetHallManagersAsync(id, ct))
            .RequirePermission(read).WithName("ListHallManagers");
        group.MapPut("/halls/{id:guid}/managers", (Guid id, SetLeadsInput input, LeadershipService s, CancellationToken ct) => s.SetHallManagersAsync(id, input, ct))
            .RequirePermission(OrganizationPermissions.Leads.Manage).WithName("SetHallManagers");

        group.MapGet("/units", (Guid? hallId, StructureService s, CancellationToken ct) => s.ListUnitsAsync(hallId, ct))
            .RequirePermission(read).WithName("ListUnits");
        group.MapPost("/units", (SaveUnitInput input, StructureService s, CancellationToken ct) => s.CreateUnitAsync(input, ct))
            .RequirePermission(manage).WithName("CreateUnit");
        group.MapPut("/units/{id:guid}", (Guid id, SaveUnitInput input, StructureService s, CancellationToken ct) => s.UpdateUnitAsync(id, input, ct))
            .RequirePermission(manage).WithName("UpdateUnit");
        group.MapPut("/units/{id:guid}/leads", (Guid id, SetLeadsInput input, LeadershipService s, CancellationToken ct) => s.SetUnitLeadsAsync(id, input, ct))
            .RequirePermission(OrganizationPermissions.Leads.Manage).WithName("SetUnitLeads");

        group.MapGet("/windows", (Guid? hallId, Guid? unitId, StructureService s, CancellationToken ct) => s.ListWindowsAsync(hallId, unitId, ct))
            .RequirePermission(read).WithName("ListWindows");
        group.MapPost("/windows", (SaveWindowInput input, StructureService s, CancellationToken ct) => s.CreateWindowAsync(input, ct))
            .RequirePermission(manage).WithName("CreateWindow");
        group.MapPut("/windows/{id:guid}", (Guid id, SaveWindowInput input, StructureService s, CancellationToken ct) => s.UpdateWindowAsync(id, input, ct))
            .RequirePermission(manage).WithName("UpdateWindow");

        group.MapGet("/departments", (StructureService s, CancellationToken ct) => s.ListDepartmentsAsync(ct))
            .RequirePermission(read).WithName("ListDepartments");
        group.MapPost("/departments", (CreateDepartmentInput input, StructureService s, CancellationToken ct) => s.CreateDepartmentAsync(input, ct))
            .RequirePermission(manage).WithName("CreateDepartment");
    }
}

using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Attendance.Application.Absences;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Paging;

namespace Training.Attendance.HttpApi;

/// <summary>Leave types, one's own leave and balances, the approver's queue and decisions, balances and stand-ins.</summary>
internal static class LeaveEndpoints
{
    public static void MapLeaveEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/attendance").WithTags("Leave");

        group.MapGet("/leave-types", (LeaveTypeService s, CancellationToken ct) => s.ListAsync(ct))
            .RequirePermission(AttendancePermissions.My.Default).WithName("ListLeaveTypes");
        group.MapPost("/leave-types", (SaveLeaveTypeInput input, LeaveTypeService s, CancellationToken ct) => s.CreateAsync(input, ct))
            .RequirePermission(AttendancePermissions.Leave.Manage).WithName("CreateLeaveType");
        group.MapPut("/leave-types/{id:guid}", (Guid id, SaveLeaveTypeInput input, LeaveTypeService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .RequirePermission(AttendancePermissions.Leave.Manage).WithName("UpdateLeaveType")
            .WithSummary("Changes a leave type's names, counting mode, balance and whether it is in use (the code stays).");

        group.MapPost("/my/leave/length", (LeaveStretchInput input, LeaveRequestService s, CancellationToken ct) => s.PreviewAsync(input, ct))
            .RequirePermission(AttendancePermissions.My.Default).WithName("GetMyLeaveLength")
            .WithSummary("The length a stretch would count (half days, by the type's working or calendar days) and the balance left.");
        group.MapPost("/my/leave", (CreateLeaveRequestInput input, LeaveRequestService s, CancellationToken ct) => s.CreateAsync(input, ct))
            .RequirePermission(AttendancePermissions.My.Default).WithName("CreateMyLeaveRequest");
        group.MapGet("/my/leave", ([AsParameters] MyLeaveListInput input, LeaveRequestService s, CancellationToken ct) => s.MineAsync(input, ct))
            .RequirePermission(AttendancePermissions.My.Default).WithName("ListMyLeaveRequests");
        group.MapGet("/my/leave/{id:guid}", (Guid id, LeaveRequestService s, CancellationToken ct) => s.GetMineAsync(id, ct))
            .RequirePermission(AttendancePermissions.My.Default).WithName("GetMyLeaveRequest");
        group.MapPost("/my/leave/{id:guid}/cancel", (Guid id, LeaveRequestService s, CancellationToken ct) => s.CancelAsync(id, ct))
            .RequirePermission(AttendancePermissions.My.Default).WithName("CancelMyLeaveRequest")
            .WithSummary("The requester withdraws a pending or approved request before its first day.");
        group.MapGet("/my/leave-balances", ([Range(2000, 2100)] int? year, LeaveRequestService s, CancellationToken ct) => s.MyBalancesAsync(year, ct))
            .RequirePermission(AttendancePermissions.My.Default).WithName("GetMyLeaveBalances");

        group.MapGet("/leave", ([AsParameters] LeaveListInput input, LeaveApprovalService s, CancellationToken ct) => s.ListAsync(input, ct))
            .RequirePermission(AttendancePermissions.Leave.Default).WithName("ListLeaveRequests")
            .WithSummary("Leave requests of the people in the caller's scope (by the unit and hall at the time of the request).");
        group.MapGet("/leave/queue", ([AsParameters] PagedRequest input, LeaveApprovalService s, CancellationToken ct) => s.QueueAsync(input, ct))
            .RequirePermission(AttendancePermissions.Leave.Approve).WithName("ListLeaveToApprove")
            .WithSummary("Pending requests waiting for the caller's decision, as approver or as a stand-in; oldest first.");
        group.MapGet("/leave/{id:guid}", (Guid id, LeaveApprovalService s, CancellationToken ct) => s.GetAsync(id, ct))
            .RequirePermission(AttendancePermissions.Leave.Default).WithName("GetLeaveRequest")
            .WithSummary("A request in the caller's scope (or one they may decide on as a stand-in) with its history: who approved, for whom.");
        group.MapPost("/leave/{id:guid}/approve", (Guid id, LeaveDecisionInput input, LeaveApprovalService s, CancellationToken ct) => s.ApproveAsync(id, input, ct))
            .RequirePermission(AttendancePermissions.Leave.Approve).WithName("ApproveLeaveRequest")
            .WithSummary("Approves the step the request waits for (the unit lead; then the hall manager above the set days).");
        group.MapPost("/leave/{id:guid}/reject", (Guid id, LeaveReasonInput input, LeaveApprovalService s, CancellationToken ct) => s.RejectAsync(id, input, ct))
            .RequirePermission(AttendancePermissions.Leave.Approve).WithName("RejectLeaveRequest");
        group.MapPost("/leave/{id:guid}/revoke", (Guid id, LeaveReasonInput input, LeaveApprovalService s, CancellationToken ct) => s.RevokeAsync(id, input, ct))
            .RequirePermission(AttendancePermissions.Leave.Approve).WithName("RevokeLeaveRequest")
            .WithSummary("Takes back approved leave with a reason; the covered sessions go back to what the punches say.");

        group.MapGet("/leave-balances/{staffId:guid}", (Guid staffId, [Range(2000, 2100)] int year, LeaveBalanceService s, CancellationToken ct) =>
                s.GetAsync(staffId, year, ct))
            .RequirePermission(AttendancePermissions.Leave.Default).WithName("GetLeaveBalances");
        group.MapPut("/leave-balances", (SetLeaveBalanceInput input, LeaveBalanceService s, CancellationToken ct) => s.SetAsync(input, ct))
            .RequirePermission(AttendancePermissions.Leave.Manage).WithName("SetLeaveBalance")
            .WithSummary("Sets a person's entitlement of a type in a year (half-day steps) with a reason.");

        group.MapGet("/leave/stand-ins", (StandInService s, CancellationToken ct) => s.MineAsync(ct))
            .RequirePermission(AttendancePermissions.Leave.Approve).WithName("ListMyStandIns");
        group.MapPost("/leave/stand-ins", (CreateStandInInput input, StandInService s, CancellationToken ct) => s.CreateAsync(input, ct))
            .RequirePermission(AttendancePermissions.Leave.Approve).WithName("CreateStandIn")
            .WithSummary("代理审批: names someone of the caller's hall to approve leave in the caller's place from a day to a day.");
        group.MapPost("/leave/stand-ins/{id:guid}/end", (Guid id, StandInService s, CancellationToken ct) => s.EndAsync(id, ct))
            .RequirePermission(AttendancePermissions.Leave.Approve).WithName("EndStandIn");
    }
}

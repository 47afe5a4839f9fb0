using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Attendance.Application.Intake;
using Training.SharedKernel.Authorization;

namespace Training.Attendance.HttpApi;

/// <summary>What devices send, signed in with their key (<c>X-Device-Key</c>), rate-limited per device.</summary>
internal static class DevicePushEndpoints
{
    public static void MapDevicePushEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/attendance/device").WithTags("AttendanceDevicePush")
            .RequireRateLimiting(DevicePushRateLimit.Policy);
        group.MapPost("/punches", (PushPunchesInput input, DevicePushService s, CancellationToken ct) => s.PushPunchesAsync(input, ct))
            .RequirePermission(AttendancePermissions.Devices.Push).WithName("PushDevicePunches")
            .WithSummary("A clock's punches (at most 1000): each answered new, duplicate or refused with the reason; sending a batch again changes nothing.");
        group.MapPost("/post-status", (PushPostStatusInput input, PostStatusPushService s, CancellationToken ct) => s.PushAsync(input, ct))
            .RequirePermission(AttendancePermissions.Devices.Push).WithName("PushDevicePostStatus")
            .WithSummary("A window's pause / resume events (at most 1000), once per event key: each answered new, duplicate or refused.");
    }
}

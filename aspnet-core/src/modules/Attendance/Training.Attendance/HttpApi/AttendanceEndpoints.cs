using Microsoft.AspNetCore.Routing;

namespace Training.Attendance.HttpApi;

/// <summary>Attendance's endpoints under <c>/api/attendance</c>, one file per aggregate, each mapped here.</summary>
internal static class AttendanceEndpoints
{
    public static void MapAttendanceEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapResultsEndpoints();
        app.MapDeviceEndpoints();
        app.MapDevicePushEndpoints();
        app.MapLeaveEndpoints();
        app.MapWhereaboutsEndpoints();
        app.MapBoardEndpoints();
        app.MapPunchImportEndpoints();
    }
}

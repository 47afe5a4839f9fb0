using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Attendance.Application.Absences;
using Training.SharedKernel.Authorization;

namespace Training.Attendance.HttpApi;

/// <summary>去向留言: one's own note (open, close) and who is out in the caller's scope.</summary>
internal static class WhereaboutsEndpoints
{
    public static void MapWhereaboutsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/attendance").WithTags("Whereabouts");

        group.MapGet("/my/whereabouts", (WhereaboutsService s, CancellationToken ct) => s.MineAsync(ct))
            .RequirePermission(AttendancePermissions.My.Default).WithName("GetMyWhereabouts");
        group.MapPost("/my/whereabouts", (OpenNoteInput input, WhereaboutsService s, CancellationToken ct) => s.OpenAsync(input, ct))
            .RequirePermission(AttendancePermissions.My.Default).WithName("OpenWhereaboutsNote")
            .WithSummary("去向留言: where the caller goes and when they expect to be back; one open note at a time.");
        group.MapPost("/my/whereabouts/close", (WhereaboutsService s, CancellationToken ct) => s.CloseAsync(ct))
            .RequirePermission(AttendancePermissions.My.Default).WithName("CloseWhereaboutsNote")
            .WithSummary("我回来了: closes the caller's open note now.");
        group.MapGet("/whereabouts/out", (Guid? unitId, WhereaboutsService s, CancellationToken ct) => s.OutNowAsync(unitId, ct))
            .RequirePermission(AttendancePermissions.Board.Default).WithName("ListPeopleOutNow")
            .WithSummary("Who is out now: the open whereabouts notes in the caller's scope (one unit when given), longest out first.");
        group.MapGet("/whereabouts", ([AsParameters] NoteListInput input, WhereaboutsService s, CancellationToken ct) => s.ListAsync(input, ct))
            .RequirePermission(AttendancePermissions.Board.Default).WithName("ListWhereaboutsNotes")
            .WithSummary("The whereabouts notes of a day (today by default) in the caller's scope.");
    }
}

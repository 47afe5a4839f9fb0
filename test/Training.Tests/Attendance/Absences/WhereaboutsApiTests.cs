using System.Net;
using Training.Attendance;
using Training.SharedKernel.Paging;
using Training.Tests.Infrastructure;

namespace Training.Tests.Attendance.Absences;

/// <summary>去向留言 through the API: open, one at a time, seen by the lead as out now, closed on return.</summary>
public abstract class WhereaboutsApiTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_open_one_note_at_a_time_show_it_to_the_lead_and_close_it_on_return()
    {
        var staff = await _app.SignInAsync("S0015");
        var lead = await _app.SignInAsync(Demo.Lead);
        var otherLead = await _app.SignInAsync("S0020");
        var back = DateTime.UtcNow.AddHours(1);

        var opened = await staff.PostAsync<WhereaboutsNoteDto>("/api/attendance/my/whereabouts", new OpenNoteInput("三楼档案室调阅材料", back));
        var second = await staff.PostRawAsync("/api/attendance/my/whereabouts", new OpenNoteInput("食堂", back));
        var outNow = await lead.GetAsync<List<WhereaboutsNoteDto>>("/api/attendance/whereabouts/out");
        var outElsewhere = await otherLead.GetAsync<List<WhereaboutsNoteDto>>("/api/attendance/whereabouts/out");
        var mine = await staff.GetAsync<MyWhereaboutsDto>("/api/attendance/my/whereabouts");
        var closed = await staff.PostAsync<WhereaboutsNoteDto>("/api/attendance/my/whereabouts/close", null);
        var closeAgain = await staff.PostRawAsync("/api/attendance/my/whereabouts/close", null);
        var outAfter = await lead.GetAsync<List<WhereaboutsNoteDto>>("/api/attendance/whereabouts/out");
        var today = await lead.GetAsync<PagedResult<WhereaboutsNoteDto>>("/api/attendance/whereabouts?maxResultCount=1000");
        var reopened = await staff.PostAsync<WhereaboutsNoteDto>("/api/attendance/my/whereabouts", new OpenNoteInput("食堂", back));
        await staff.PostAsync<WhereaboutsNoteDto>("/api/attendance/my/whereabouts/close", null);

        opened.StaffNumber.ShouldBe("S0015");
        opened.ReturnedAt.ShouldBeNull();
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ApiClient.ProblemAsync(second)).GetProperty("code").GetString().ShouldBe(AttendanceErrorCodes.NoteAlreadyOpen);
        outNow.ShouldContain(n => n.Id == opened.Id && n.Destination == "三楼档案室调阅材料");
        outElsewhere.ShouldNotContain(n => n.Id == opened.Id);
        mine.Open!.Id.ShouldBe(opened.Id);
        closed.ReturnedAt.ShouldNotBeNull();
        closeAgain.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        outAfter.ShouldNotContain(n => n.Id == opened.Id);
        today.Items.ShouldContain(n => n.Id == opened.Id && n.ReturnedAt != null);
        reopened.Id.ShouldNotBe(opened.Id);
    }

    [Fact]
    public async Task Should_refuse_a_return_time_in_the_past_or_too_far_ahead()
    {
        var staff = await _app.SignInAsync("S0016");

        var past = await staff.PostRawAsync("/api/attendance/my/whereabouts", new OpenNoteInput("食堂", DateTime.UtcNow.AddMinutes(-5)));
        var far = await staff.PostRawAsync("/api/attendance/my/whereabouts", new OpenNoteInput("外出", DateTime.UtcNow.AddDays(2)));

        past.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiClient.ProblemAsync(far)).GetProperty("code").GetString().ShouldBe(AttendanceErrorCodes.NoteReturnNotAhead);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class WhereaboutsApiTests_Sqlite(SqliteAppFixture fixture) : WhereaboutsApiTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class WhereaboutsApiTests_PostgreSql(PostgreSqlAppFixture fixture) : WhereaboutsApiTests(fixture);

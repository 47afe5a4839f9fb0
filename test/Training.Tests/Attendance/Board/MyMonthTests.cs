using System.Net;
using Training.Attendance;
using Training.Tests.Infrastructure;
using static Training.Tests.Attendance.Board.AttendanceRows;

namespace Training.Tests.Attendance.Board;

/// <summary>
/// 我的考勤 (GET /api/attendance/my/month): the caller's own month, day by day, with results, punches and leave in
/// Shanghai time; nobody else's month can be reached. October 2026 (国庆 1–7 are sample holidays, 10 is a 调休 Saturday).
/// </summary>
public abstract class MyMonthTests(ClockedAppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;
    private static readonly DateOnly Monday = new(2026, 10, 12), Tuesday = new(2026, 10, 13), Wednesday = new(2026, 10, 14);

    [Fact]
    public async Task Should_show_each_day_with_its_sessions_punches_and_leave()
    {
        var me = await _app.PersonAsync(Demo.Staff);
        var annual = NewLeaveType("年休假", "Annual leave");
        var leave = ApprovedLeave(me, annual, Wednesday, DayHalf.Morning, Wednesday, DayHalf.Morning);
        await _app.AddRowsAsync(annual, leave,
            Result(me, Monday, 0, SessionStatus.Late, late: 5, inAt: At(Monday, 9, 5)),
            Result(me, Monday, 1, SessionStatus.Present, inAt: At(Monday, 13, 20), outAt: At(Monday, 17, 2)),
            Result(me, Tuesday, 0, SessionStatus.Absent), Result(me, Tuesday, 1, SessionStatus.Absent),
            Result(me, Wednesday, 0, SessionStatus.OnLeave, leaveRequestId: leave.Id), Result(me, Wednesday, 1, SessionStatus.Present),
            NewPunch(me, Monday, 9, 5), NewPunch(me, Monday, 13, 20), NewPunch(me, Monday, 17, 2));

        var month = await (await _app.SignInAsync(Demo.Staff)).GetAsync<MyMonthDto>("/api/attendance/my/month?year=2026&month=10");

        month.TimeZone.ShouldBe("Asia/Shanghai");
        month.Days.Count.ShouldBe(31);
        month.Days[0].IsWorkingDay.ShouldBeFalse();           // 国庆节
        month.Days[9].IsWorkingDay.ShouldBeTrue();            // the 调休 Saturday
        month.Days[10].IsWorkingDay.ShouldBeFalse();          // an ordinary Sunday
        var monday = month.Days.Single(d => d.Date == Monday);
        monday.Sessions.Select(s => (s.Status, s.LateMinutes)).ShouldBe([(SessionStatus.Late, 5), (SessionStatus.Present, 0)]);
        monday.Sessions[0].ExpectedStart.ShouldBe(new TimeOnly(9, 0));
        monday.Sessions[0].In.ShouldBe(new TimeOnly(9, 5));
        monday.Sessions[1].Out.ShouldBe(new TimeOnly(17, 2));
        monday.Punches.ShouldBe([new TimeOnly(9, 5), new TimeOnly(13, 20), new TimeOnly(17, 2)]);
        var wednesday = month.Days.Single(d => d.Date == Wednesday);
        wednesday.Leave.Single().ShouldBe(new MyDayLeaveDto(leave.Id, "年休假", "Annual leave", LeaveStatus.Approved, true, false));
        month.Summary.Sessions.ShouldBe(6);
        month.Summary.ByStatus.ShouldBe([
            new StatusCountDto(SessionStatus.Present, 2), new StatusCountDto(SessionStatus.Late, 1),
            new StatusCountDto(SessionStatus.Absent, 2), new StatusCountDto(SessionStatus.OnLeave, 1)]);
        month.Summary.WorkingDays.ShouldBe(18); // 22 weekdays, less 国庆's 5 weekdays, plus the 调休 Saturday
    }

    [Fact]
    public async Task Should_show_a_correction_in_place_of_the_computed_result()
    {
        var me = await _app.PersonAsync(Demo.Staff);
        // July: October belongs to the first test, August and September to the monthly report, recent weeks to the demo attendance.
        var date = new DateOnly(2026, 7, 9);
        var computed = Result(me, date, 0, SessionStatus.Absent);
        await _app.AddRowsAsync(computed);
        await _app.AddRowsAsync(new Training.Attendance.Domain.ResultCorrection(Guid.NewGuid(), computed, SessionStatus.Present, 0, 0, "指纹机故障，经核实已到岗"));

        var month = await (await _app.SignInAsync(Demo.Staff)).GetAsync<MyMonthDto>("/api/attendance/my/month?year=2026&month=7");

        var session = month.Days.Single(d => d.Date == date).Sessions.Single();
        session.Status.ShouldBe(SessionStatus.Present);
        session.IsCorrected.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_show_only_the_callers_own_month()
    {
        var other = await _app.PersonAsync(Demo.OtherStaff);
        var date = new DateOnly(2026, 10, 20);
        await _app.AddRowsAsync(Result(other, date, 0, SessionStatus.Absent), NewPunch(other, date, 8, 30));
        var client = await _app.SignInAsync(Demo.Staff);

        // The person is the caller, never a parameter: an id in the query is not read.
        var month = await client.GetAsync<MyMonthDto>($"/api/attendance/my/month?year=2026&month=10&staffId={other.Id}");
        var theirs = await (await _app.SignInAsync(Demo.OtherStaff)).GetAsync<MyMonthDto>("/api/attendance/my/month?year=2026&month=10");

        month.Days.Single(d => d.Date == date).Sessions.ShouldBeEmpty();
        month.Days.Single(d => d.Date == date).Punches.ShouldBeEmpty();
        theirs.Days.Single(d => d.Date == date).Sessions.Single().Status.ShouldBe(SessionStatus.Absent);
    }

    [Fact]
    public async Task Should_answer_404_to_an_account_without_a_staff_record_and_400_to_a_month_out_of_range()
    {
        var admin = await _app.SignInAsync(Demo.Admin);

        var noStaff = await admin.Http.GetAsync("/api/attendance/my/month?year=2026&month=10");
        var badMonth = await (await _app.SignInAsync(Demo.Staff)).Http.GetAsync("/api/attendance/my/month?year=2026&month=13");

        noStaff.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ApiClient.ProblemAsync(noStaff)).GetProperty("code").GetString().ShouldBe(AttendanceErrorCodes.NoStaffRecord);
        badMonth.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}

[Collection(BoardSqliteCollection.Name)]
public sealed class MyMonthTests_Sqlite(SqliteClockedAppFixture fixture) : MyMonthTests(fixture);

[Collection(BoardPostgreSqlCollection.Name)]
public sealed class MyMonthTests_PostgreSql(PostgreSqlClockedAppFixture fixture) : MyMonthTests(fixture);

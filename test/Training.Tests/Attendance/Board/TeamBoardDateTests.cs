using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Training.Attendance;
using Training.Attendance.Application.Results;
using Training.Tests.Infrastructure;
using static Training.Tests.Attendance.Board.AttendanceRows;

namespace Training.Tests.Attendance.Board;

/// <summary>
/// The team board on a past date (GET /api/attendance/board?date=…), with the clock at Monday 2026-11-23 10:00: Tuesday
/// 2026-10-13 of 市场监管窗口 (SJ, led by S0020) as it ended — S0022 punched in at 09:21 (late), S0023 not at all
/// (absent), their results computed by the results engine, S0022 away on a 15-minute note; then S0023 asks for leave for that day and S0020 approves it,
/// and the same board reads leave, with nothing imported again. A future date or one too far back is refused.
/// </summary>
public abstract class TeamBoardDateTests(ClockedAppFixture fixture) : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateOnly Day = new(2026, 10, 13);
    private const string SjLead = "S0020";
    private const string Late = "S0022";
    private const string Absent = "S0023";
    private readonly TrainingApp _app = fixture.App;
    private static readonly OncePerApp Arranged = new();
    private Guid _unit;

    /// <summary>The day's punches as a clock would have sent them, and the day's results computed, once per app.</summary>
    public async Task InitializeAsync()
    {
        _unit = await _app.UnitIdAsync("SZX", "SJ");
        await Arranged.RunAsync(_app, async () =>
        {
            var late = await _app.PersonAsync(Late);
            var absent = await _app.PersonAsync(Absent);
            var note = new Training.Attendance.Domain.WhereaboutsNote(Guid.NewGuid(), late.Id, late.HallId, late.UnitId, late.WindowId, "档案室取件",
                At(Day, 10, 0), At(Day, 10, 20), Day);
            note.Close(At(Day, 10, 15));
            await _app.AddRowsAsync(NewPunch(late, Day, 9, 21), NewPunch(late, Day, 12, 1), NewPunch(late, Day, 13, 24), NewPunch(late, Day, 17, 3), note);
            await _app.WithScopeAsync(async sp =>
            {
                await sp.GetRequiredService<IDailyResultRecalculator>().RecomputeAsync([new PersonDays(late.Id, Day, Day), new PersonDays(absent.Id, Day, Day)]);
                return 0;
            });
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private string Board(DateOnly date) => $"/api/attendance/board?unitId={_unit}&date={date:yyyy-MM-dd}";

    [Fact]
    public async Task Should_show_a_past_day_as_it_ended_and_turn_the_absence_into_leave_once_approved()
    {
        var lead = await _app.SignInAsync(SjLead);
        var staff = await _app.SignInAsync(Absent);

        var before = await lead.GetAsync<TeamBoardDto>(Board(Day));
        var type = (await staff.GetAsync<List<LeaveTypeDto>>("/api/attendance/leave-types")).Single(t => t.Code == "personal").Id;
        var request = await staff.PostAsync<LeaveRequestDto>("/api/attendance/my/leave",
            new CreateLeaveRequestInput(type, Day, DayHalf.Morning, Day, DayHalf.Afternoon, "当天家中有急事，补请事假"));
        await lead.PostAsync<LeaveRequestDetailDto>($"/api/attendance/leave/{request.Id}/approve", new LeaveDecisionInput(null));
        var after = await lead.GetAsync<TeamBoardDto>(Board(Day));

        before.Date.ShouldBe(Day);
        before.IsToday.ShouldBeFalse();
        var person = before.People.ToDictionary(p => p.StaffNumber);
        person[Late].FirstPunch.ShouldBe(new TimeOnly(9, 21));
        person[Late].Present.ShouldBeTrue(); // punched in that day and not on leave; the day's notes are listed, not "out"
        person[Late].Out.ShouldBeNull();
        person[Late].Notes.ShouldBe([new BoardNoteDto("档案室取件", new TimeOnly(10, 0), new TimeOnly(10, 20), new TimeOnly(10, 15))]);
        var lateMark = person[Late].Marks.ShouldHaveSingleItem();
        (lateMark.SessionIndex, lateMark.Status, lateMark.LateMinutes).ShouldBe((0, SessionStatus.Late, 21));
        person[Absent].Present.ShouldBeFalse();
        person[Absent].Marks.Select(m => m.Status).Distinct().ShouldBe([SessionStatus.Absent]);
        before.Windows.ShouldAllBe(w => w.PostStatus == null); // the last pause of a past day is not shown
        before.Windows.Single(w => w.HolderIds.Contains(person[Absent].StaffId)).HolderIds.ShouldNotBeEmpty();
        (before.Counts.Late, before.Counts.Absent, before.Counts.Out).ShouldBe((1, 1, 0));

        var absentAfter = after.People.Single(p => p.StaffNumber == Absent);
        absentAfter.Marks.Select(m => m.Status).Distinct().ShouldBe([SessionStatus.OnLeave]);
        absentAfter.Out.ShouldNotBeNull().Kind.ShouldBe(BoardOutKind.Leave);
        (absentAfter.Out.LeaveTypeZh, absentAfter.Out.Morning, absentAfter.Out.Afternoon).ShouldBe(("事假", true, true));
        absentAfter.Present.ShouldBeFalse();
        (after.Counts.Late, after.Counts.Absent, after.Counts.Out).ShouldBe((1, 0, 1));
    }

    [Fact]
    public async Task Should_refuse_a_future_date_or_one_too_far_back_and_keep_other_units_out_of_sight()
    {
        var lead = await _app.SignInAsync(SjLead);
        var otherUnit = await _app.UnitIdAsync("SZX", "ZH");

        var today = await lead.GetAsync<TeamBoardDto>(Board(Today));
        var oldest = await lead.Http.GetAsync(Board(Today.AddDays(-TeamBoardInput.MaxDaysBack)));
        var tomorrow = await lead.Http.GetAsync(Board(Today.AddDays(1)));
        var tooOld = await lead.Http.GetAsync(Board(Today.AddDays(-TeamBoardInput.MaxDaysBack - 1)));
        var notADate = await lead.Http.GetAsync($"/api/attendance/board?unitId={_unit}&date=2026-13-01");
        var theirs = await lead.Http.GetAsync($"/api/attendance/board?unitId={otherUnit}&date={Day:yyyy-MM-dd}");

        (today.Date, today.IsToday).ShouldBe((Today, true));
        oldest.StatusCode.ShouldBe(HttpStatusCode.OK);
        tomorrow.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiClient.ProblemAsync(tomorrow)).GetProperty("code").GetString().ShouldBe(AttendanceErrorCodes.BoardDateOutOfRange);
        tooOld.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiClient.ProblemAsync(tooOld)).GetProperty("code").GetString().ShouldBe(AttendanceErrorCodes.BoardDateOutOfRange);
        notADate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        theirs.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_read_a_past_day_of_a_whole_hall_with_the_same_number_of_queries_as_one_unit()
    {
        var manager = await _app.SignInAsync(Demo.Manager);
        var hall = await _app.HallIdAsync("SZX");
        using var recorder = await CommandRecorder.StartAsync(_app);

        // Each read twice, the fewer commands counted: a request may also carry the node's periodic account-cache check
        // (every Identity:AccountCacheSeconds), which has nothing to do with the board.
        var (unitCommands, unitBoard) = await recorder.RecordAsync(() => manager.GetAsync<TeamBoardDto>(Board(Day)));
        var (unitAgain, _) = await recorder.RecordAsync(() => manager.GetAsync<TeamBoardDto>(Board(Day)));
        var hallUrl = $"/api/attendance/board?hallId={hall}&date={Day:yyyy-MM-dd}";
        var (hallCommands, hallBoard) = await recorder.RecordAsync(() => manager.GetAsync<TeamBoardDto>(hallUrl));
        var (hallAgain, _) = await recorder.RecordAsync(() => manager.GetAsync<TeamBoardDto>(hallUrl));

        hallBoard.People.Count.ShouldBeGreaterThan(unitBoard.People.Count);
        hallBoard.People.Single(p => p.StaffNumber == Late).Marks.ShouldContain(m => m.Status == SessionStatus.Late);
        var (unitCount, hallCount) = (Math.Min(unitCommands.Count, unitAgain.Count), Math.Min(hallCommands.Count, hallAgain.Count));
        hallCount.ShouldBe(unitCount);
        hallCount.ShouldBeLessThanOrEqualTo(16);
    }
}

[Collection(BoardSqliteCollection.Name)]
public sealed class TeamBoardDateTests_Sqlite(SqliteClockedAppFixture fixture) : TeamBoardDateTests(fixture);

[Collection(BoardPostgreSqlCollection.Name)]
public sealed class TeamBoardDateTests_PostgreSql(PostgreSqlClockedAppFixture fixture) : TeamBoardDateTests(fixture);

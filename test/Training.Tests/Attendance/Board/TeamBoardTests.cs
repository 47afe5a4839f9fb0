using System.Net;
using Training.Attendance;
using Training.Organization;
using Training.Tests.Infrastructure;
using static Training.Tests.Attendance.Board.AttendanceRows;

namespace Training.Tests.Attendance.Board;

/// <summary>
/// The team board (GET /api/attendance/board) at Monday 2026-11-23 10:00 for 综合受理窗口 of SZX (windows A01–A06): who
/// punched in, who is out and why, who covers (岗位AB角), which windows have neither A nor B present, today's marks;
/// a lead sees only their units, a manager their hall; the same number of queries for a unit and a whole hall.
/// </summary>
public abstract class TeamBoardTests(ClockedAppFixture fixture) : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private readonly TrainingApp _app = fixture.App;
    private static readonly OncePerApp Arranged = new();
    private Guid _unit;

    /// <summary>
    /// A02: S0004 in (late 3 min), S0005 on leave. A03: S0007 absent, S0008 punched in but out on a whereabouts note,
    /// B = S0009 punched in (covers). A01, A04–A06: nobody punched in (uncovered). A02 paused at 09:45.
    /// </summary>
    public async Task InitializeAsync()
    {
        _unit = await _app.UnitIdAsync("SZX", "ZH");
        await Arranged.RunAsync(_app, async () =>
        {
            var p = new Dictionary<string, DemoPerson>();
            foreach (var n in new[] { "S0004", "S0005", "S0007", "S0008", "S0009" }) p[n] = await _app.PersonAsync(n);
            var sick = NewLeaveType("病假", "Sick leave");
            var a02 = await _app.WindowIdAsync("SZX", "A02");
            var a03 = await _app.WindowIdAsync("SZX", "A03");
            var s0008 = p["S0008"];
            await _app.AddRowsAsync(sick, ApprovedLeave(p["S0005"], sick, Today, DayHalf.Morning, Today, DayHalf.Afternoon),
                NewPunch(p["S0004"], Today, 9, 3), NewPunch(p["S0008"], Today, 8, 50), NewPunch(p["S0009"], Today, 8, 45),
                Result(p["S0004"], Today, 0, SessionStatus.Late, late: 3, inAt: At(Today, 9, 3)),
                Result(p["S0007"], Today, 0, SessionStatus.Absent),
                new Training.Attendance.Domain.PostStatusEvent(Guid.NewGuid(), $"e{Guid.NewGuid():N}", a02, _unit, s0008.HallId, p["S0004"].Id,
                    PostStatusKind.Resume, At(Today, 9, 20), Today, DateTime.UtcNow),
                new Training.Attendance.Domain.PostStatusEvent(Guid.NewGuid(), $"e{Guid.NewGuid():N}", a02, _unit, s0008.HallId, p["S0004"].Id,
                    PostStatusKind.Pause, At(Today, 9, 45), Today, DateTime.UtcNow),
                new Training.Attendance.Domain.WhereaboutsNote(Guid.NewGuid(), s0008.Id, s0008.HallId, s0008.UnitId, a03, "档案室取件",
                    At(Today, 9, 40), At(Today, 10, 30), Today));
            var admin = _app.CreateApiClient();
            await admin.LoginAsync(Demo.Admin);
            await admin.GrantPreJobCertificatesAsync("S0009");
            var lead = _app.CreateApiClient();
            await lead.LoginAsync(Demo.Lead);
            await lead.PostAsync<PostBackupDto>("/api/organization/backups",
                new CreatePostBackupInput(a03, p["S0007"].Id, p["S0009"].Id, new DateOnly(2026, 11, 1), null));
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_show_who_is_in_who_is_out_and_why_and_who_covers()
    {
        var board = await (await _app.SignInAsync(Demo.Lead)).GetAsync<TeamBoardDto>($"/api/attendance/board?unitId={_unit}");
        var person = board.People.ToDictionary(x => x.StaffNumber);
        var window = board.Windows.ToDictionary(w => w.Code);

        board.Date.ShouldBe(Today);
        board.IsToday.ShouldBeTrue();
        board.UnitName.ShouldBe("综合受理窗口");
        board.Windows.Select(w => w.Code).ShouldBe(["A01", "A02", "A03", "A04", "A05", "A06"]);
        person["S0004"].FirstPunch.ShouldBe(new TimeOnly(9, 3));
        person["S0004"].Present.ShouldBeTrue();
        person["S0004"].Marks.Single().ShouldBe(new BoardMarkDto(0, SessionStatus.Late, 3, 0, ""));
        person["S0005"].Out!.Kind.ShouldBe(BoardOutKind.Leave);
        person["S0005"].Out!.LeaveTypeZh.ShouldBe("病假");
        (person["S0005"].Out!.Morning, person["S0005"].Out!.Afternoon).ShouldBe((true, true));
        person["S0007"].Present.ShouldBeFalse();
        person["S0007"].Marks.Single().Status.ShouldBe(SessionStatus.Absent);
        person["S0008"].Present.ShouldBeFalse(); // punched in, but out on a note now
        person["S0008"].Out.ShouldBe(new BoardOutDto(BoardOutKind.Whereabouts, null, null, "档案室取件", new TimeOnly(9, 40), new TimeOnly(10, 30), false, false));
        person["S0008"].Notes.ShouldBe([new BoardNoteDto("档案室取件", new TimeOnly(9, 40), new TimeOnly(10, 30), null)]);

        window["A02"].PostStatus.ShouldBe(PostStatusKind.Pause);
        window["A02"].PostStatusAt.ShouldBe(new TimeOnly(9, 45));
        window["A02"].Uncovered.ShouldBeFalse();
        window["A02"].CoveredBy.ShouldBeNull();
        window["A03"].HolderIds.ShouldContain(person["S0007"].StaffId);
        window["A03"].BackupIds.ShouldBe([person["S0009"].StaffId]);
        window["A03"].Uncovered.ShouldBeFalse();
        window["A03"].CoveredBy.ShouldBe(person["S0009"].StaffId);
        board.Windows.Where(w => w.Uncovered).Select(w => w.Code).ShouldBe(["A01", "A04", "A05", "A06"]);
        board.Counts.ShouldBe(new BoardCountsDto(People: 18, Present: 2, Out: 2, Late: 1, Absent: 1, Windows: 6, UncoveredWindows: 4));
    }

    [Fact]
    public async Task Should_show_a_lead_only_their_units()
    {
        var lead = await _app.SignInAsync(Demo.Lead);
        var otherUnit = await _app.UnitIdAsync("SZX", "SJ");
        var hall = await _app.HallIdAsync("SZX");

        var places = await lead.GetAsync<AttendancePlacesDto>("/api/attendance/board/places");
        var other = await lead.Http.GetAsync($"/api/attendance/board?unitId={otherUnit}");
        var wholeHall = await lead.Http.GetAsync($"/api/attendance/board?hallId={hall}");
        var neither = await lead.Http.GetAsync("/api/attendance/board");
        var staff = await (await _app.SignInAsync(Demo.Staff)).Http.GetAsync($"/api/attendance/board?unitId={_unit}");

        places.Halls.Single().WholeHall.ShouldBeFalse();
        places.Halls.Single().Units.ShouldBe([new AttendanceUnitDto(_unit, "综合受理窗口")]);
        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        wholeHall.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        neither.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        staff.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_show_a_manager_the_whole_hall_with_the_same_number_of_queries_as_one_unit()
    {
        var manager = await _app.SignInAsync(Demo.Manager);
        var hall = await _app.HallIdAsync("SZX");
        await manager.GetAsync<TeamBoardDto>($"/api/attendance/board?hallId={hall}"); // the caches a first read fills
        using var recorder = await CommandRecorder.StartAsync(_app);

        var (unitCommands, unitBoard) = await recorder.RecordAsync(() => manager.GetAsync<TeamBoardDto>($"/api/attendance/board?unitId={_unit}"));
        var (hallCommands, hallBoard) = await recorder.RecordAsync(() => manager.GetAsync<TeamBoardDto>($"/api/attendance/board?hallId={hall}"));
        var otherHall = await manager.Http.GetAsync($"/api/attendance/board?hallId={await _app.HallIdAsync("GXQ")}");

        hallBoard.Windows.Count.ShouldBe(28);
        hallBoard.People.Count.ShouldBeGreaterThan(unitBoard.People.Count);
        hallBoard.Windows.Single(w => w.Code == "A03").CoveredBy.ShouldBe(unitBoard.Windows.Single(w => w.Code == "A03").CoveredBy);
        hallBoard.Counts.Absent.ShouldBe(1);
        unitCommands.ShouldNotBeEmpty();
        CommandRecorder.ShouldBeSameCount(hallCommands, unitCommands);
        hallCommands.Count.ShouldBeLessThanOrEqualTo(16);
        otherHall.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

[Collection(BoardSqliteCollection.Name)]
public sealed class TeamBoardTests_Sqlite(SqliteClockedAppFixture fixture) : TeamBoardTests(fixture);

[Collection(BoardPostgreSqlCollection.Name)]
public sealed class TeamBoardTests_PostgreSql(PostgreSqlClockedAppFixture fixture) : TeamBoardTests(fixture);

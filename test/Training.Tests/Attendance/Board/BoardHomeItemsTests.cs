using Training.Attendance;
using Training.Platform;
using Training.Tests.Infrastructure;
using static Training.Tests.Attendance.Board.AttendanceRows;

namespace Training.Tests.Attendance.Board;

/// <summary>
/// The lead's attendance to-dos on the home page (GET /api/home) on Monday 2026-11-23: anomalies of the last 7 days and
/// today's absentees, counted within the lead's unit only; a staff member sees neither. Counted as the change a few
/// new rows make, so other tests' rows of the same days do not matter.
/// </summary>
public abstract class BoardHomeItemsTests(ClockedAppFixture fixture)
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private readonly TrainingApp _app = fixture.App;

    private static int Count(HomeDto home, string key) => home.Items.SingleOrDefault(i => i.Key == key)?.Count ?? 0;

    [Fact]
    public async Task Should_count_the_leads_anomalies_and_absentees_in_their_unit_only()
    {
        var lead = _app.CreateApiClient();
        await lead.LoginAsync(Demo.Lead);
        var staff = _app.CreateApiClient();
        await staff.LoginAsync(Demo.Staff);
        var s12 = await _app.PersonAsync("S0012");
        var s15 = await _app.PersonAsync("S0015");
        var otherUnit = await _app.PersonAsync("S0020");
        var before = await lead.GetAsync<HomeDto>("/api/home");

        await _app.AddRowsAsync(
            Result(s12, Today, 0, SessionStatus.Absent), Result(s12, Today, 1, SessionStatus.Absent),
            Result(s15, Today.AddDays(-3), 0, SessionStatus.OutWithoutLeave),
            Result(s15, Today.AddDays(-7), 0, SessionStatus.Late, late: 9),   // outside the 7 days
            Result(s15, Today, 0, SessionStatus.Present),
            Result(otherUnit, Today, 0, SessionStatus.Absent));                // 市场监管窗口: not the lead's
        var after = await lead.GetAsync<HomeDto>("/api/home");
        var staffHome = await staff.GetAsync<HomeDto>("/api/home");

        (Count(after, "attendance.board.anomalies") - Count(before, "attendance.board.anomalies")).ShouldBe(3);
        (Count(after, "attendance.board.absentToday") - Count(before, "attendance.board.absentToday")).ShouldBe(1);
        after.Items.Single(i => i.Key == "attendance.board.absentToday").Link.ShouldBe("/attendance/board");
        after.Items.Single(i => i.Key == "attendance.board.anomalies").Args!["days"].ShouldBe("7");
        staffHome.Items.ShouldNotContain(i => i.Key.StartsWith("attendance.board."));
    }
}

[Collection(BoardSqliteCollection.Name)]
public sealed class BoardHomeItemsTests_Sqlite(SqliteClockedAppFixture fixture) : BoardHomeItemsTests(fixture);

[Collection(BoardPostgreSqlCollection.Name)]
public sealed class BoardHomeItemsTests_PostgreSql(PostgreSqlClockedAppFixture fixture) : BoardHomeItemsTests(fixture);

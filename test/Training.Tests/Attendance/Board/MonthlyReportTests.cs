using System.Net;
using MiniExcelLibs;
using Training.Attendance;
using Training.Organization;
using Training.SharedKernel.Paging;
using Training.Tests.Infrastructure;
using static Training.Tests.Attendance.Board.AttendanceRows;

namespace Training.Tests.Attendance.Board;

/// <summary>
/// The monthly report for September 2026: counts summed in SQL per unit and per person within the caller's scope
/// (lead: their unit; manager: their hall; administrator: all), worked and leave days as shares of each day, the .xlsx
/// export read back cell by cell, and the chart's months.
/// </summary>
public abstract class MonthlyReportTests(ClockedAppFixture fixture) : IAsyncLifetime
{
    private static readonly DateOnly D1 = new(2026, 9, 1), D2 = new(2026, 9, 2), D3 = new(2026, 9, 3), D4 = new(2026, 9, 4);
    private const string Month = "year=2026&month=9";
    private const string FormulaName = "=HYPERLINK(\"x\")";
    private readonly TrainingApp _app = fixture.App;
    private static readonly OncePerApp Arranged = new();

    /// <summary>
    /// ZH: S0004 late 5, absent a day, a morning of annual leave, early 10 (8 sessions, 2.5 worked days, 0.5 leave days);
    /// S0005 off post and out without leave; a person named like a formula present once. SJ: S0019 late 7. GXQ: S0090 absent.
    /// </summary>
    public async Task InitializeAsync()
    {
        await Arranged.RunAsync(_app, async () =>
        {
            var s4 = await _app.PersonAsync("S0004");
            var s5 = await _app.PersonAsync("S0005");
            var s19 = await _app.PersonAsync("S0019");
            var s90 = await _app.PersonAsync(Demo.OtherHallStaff);
            var admin = _app.CreateApiClient();
            await admin.LoginAsync(Demo.Admin);
            var created = await admin.PostAsync<CreatedStaffDto>("/api/organization/staff",
                new SaveStaffInput("R0001", FormulaName, null, StaffKind.Own, null, s4.HallId, s4.UnitId));
            var formula = await _app.PersonAsync("R0001");
            created.Staff.Id.ShouldBe(formula.Id);
            var annual = NewLeaveType("年休假", "Annual leave");
            var leave = ApprovedLeave(s4, annual, D3, DayHalf.Morning, D3, DayHalf.Morning);
            await _app.AddRowsAsync(annual, leave,
                Result(s4, D1, 0, SessionStatus.Late, late: 5), Result(s4, D1, 1, SessionStatus.Present),
                Result(s4, D2, 0, SessionStatus.Absent), Result(s4, D2, 1, SessionStatus.Absent),
                Result(s4, D3, 0, SessionStatus.OnLeave, leaveRequestId: leave.Id), Result(s4, D3, 1, SessionStatus.Present),
                Result(s4, D4, 0, SessionStatus.Present), Result(s4, D4, 1, SessionStatus.EarlyLeave, early: 10),
                Result(s5, D1, 0, SessionStatus.OffPost), Result(s5, D1, 1, SessionStatus.OutWithoutLeave),
                Result(formula, D1, 0, SessionStatus.Present),
                Result(s19, D1, 0, SessionStatus.Late, late: 7),
                Result(s90, D1, 0, SessionStatus.Absent));
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_count_a_leads_unit_and_people_only()
    {
        var lead = await _app.SignInAsync(Demo.Lead);

        var units = await lead.GetAsync<PagedResult<UnitReportRowDto>>($"/api/attendance/reports/monthly/units?{Month}");
        var people = await lead.GetAsync<PagedResult<PersonReportRowDto>>($"/api/attendance/reports/monthly/people?{Month}&sorting=sessions desc");
        var otherUnit = await lead.GetAsync<PagedResult<UnitReportRowDto>>(
            $"/api/attendance/reports/monthly/units?{Month}&unitId={await _app.UnitIdAsync("SZX", "SJ")}");

        var zh = units.Items.Single();
        zh.UnitName.ShouldBe("综合受理窗口");
        zh.HallName.ShouldBe("市政务服务中心");
        zh.People.ShouldBe(3);
        var c = zh.Counts;
        (c.Sessions, c.Late, c.LateMinutes, c.Early, c.Absent, c.OffPost, c.OutWithoutLeave, c.WorkedDays, c.LeaveDays)
            .ShouldBe((11, 1, 5, 1, 2, 1, 1, 2.5 + 0.5 + 1, 0.5));
        c.LeaveByType.Single().Days.ShouldBe(0.5);
        people.TotalCount.ShouldBe(3);
        people.Items.Select(p => p.StaffNumber).ShouldBe(["S0004", "S0005", "R0001"]);
        var s4 = people.Items[0].Counts;
        (s4.Sessions, s4.Late, s4.LateMinutes, s4.Early, s4.Absent, s4.WorkedDays, s4.LeaveDays).ShouldBe((8, 1, 5, 1, 2, 2.5, 0.5));
        s4.LeaveByType.Single().NameZh.ShouldBe("年休假");
        (people.Items[1].Counts.OffPost, people.Items[1].Counts.OutWithoutLeave, people.Items[1].Counts.WorkedDays).ShouldBe((1, 1, 0.5));
        otherUnit.Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_count_a_managers_hall_and_everything_for_the_administrator_and_page_in_sql()
    {
        var manager = await (await _app.SignInAsync(Demo.Manager)).GetAsync<PagedResult<UnitReportRowDto>>($"/api/attendance/reports/monthly/units?{Month}&sorting=lateMinutes desc");
        var admin = await _app.SignInAsync(Demo.Admin);
        var all = await admin.GetAsync<PagedResult<UnitReportRowDto>>($"/api/attendance/reports/monthly/units?{Month}");
        var second = await admin.GetAsync<PagedResult<PersonReportRowDto>>($"/api/attendance/reports/monthly/people?{Month}&sorting=lateMinutes desc&skipCount=1&maxResultCount=1");
        var badSort = await admin.Http.GetAsync($"/api/attendance/reports/monthly/people?{Month}&sorting=name");
        var future = await admin.Http.GetAsync("/api/attendance/reports/monthly/people?year=2027&month=1");

        manager.Items.Select(u => u.UnitName).ShouldBe(["市场监管窗口", "综合受理窗口"]); // 7 late minutes, then 5
        all.Items.Select(u => u.HallName).Distinct().ShouldBe(["市政务服务中心", "高新区政务服务分中心"], ignoreOrder: true);
        second.TotalCount.ShouldBe(5);
        second.Items.Single().StaffNumber.ShouldBe("S0004"); // after S0019 (7 minutes late)
        badSort.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        future.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_count_a_correction_over_the_result_and_lateness_under_a_graver_status()
    {
        // August: this test's own month. Session 0 computed late, corrected to present; session 1 late 4 minutes and
        // then off post 20 minutes (the graver status), uncorrected: it counts as late and as off post.
        var s4 = await _app.PersonAsync("S0004");
        var day = new DateOnly(2026, 8, 3);
        var late = Result(s4, day, 0, SessionStatus.Late, late: 6);
        var graver = new Training.Attendance.Domain.DailyResult(s4.Id, day, 1, s4.HallId, s4.UnitId, s4.WindowId, At(day, 13, 30), At(day, 17, 0),
            SessionStatus.OffPost, 4, 0, At(day, 13, 34), At(day, 17, 0), null, DateTime.UtcNow, "下午", offPostMinutes: 20);
        await _app.AddRowsAsync(late, graver);
        await _app.AddRowsAsync(new Training.Attendance.Domain.ResultCorrection(Guid.NewGuid(), late, SessionStatus.Present, 0, 0, "考勤机时间偏差"));
        var lead = await _app.SignInAsync(Demo.Lead);

        var row = (await lead.GetAsync<PagedResult<PersonReportRowDto>>("/api/attendance/reports/monthly/people?year=2026&month=8")).Items.Single();

        (row.Counts.Sessions, row.Counts.Late, row.Counts.LateMinutes, row.Counts.OffPost, row.Counts.WorkedDays).ShouldBe((2, 1, 4, 1, 1.0));
    }

    [Fact]
    public async Task Should_export_the_month_to_xlsx_with_formula_text_neutralised()
    {
        var lead = await _app.SignInAsync(Demo.Lead);

        var response = await lead.Http.GetAsync($"/api/attendance/reports/monthly/export?{Month}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var stream = new MemoryStream(bytes);
        var people = stream.Query(useHeaderRow: true, sheetName: "人员 People").Cast<IDictionary<string, object?>>().ToList();
        stream.Position = 0;
        var units = stream.Query(useHeaderRow: true, sheetName: "单位 Units").Cast<IDictionary<string, object?>>().ToList();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("考勤月报-2026-09.xlsx");
        var s4 = people.Single(r => (string?)r["工号 Staff number"] == "S0004");
        Convert.ToInt32(s4["迟到次数 Late"]).ShouldBe(1);
        Convert.ToInt32(s4["缺勤次数 Absent"]).ShouldBe(2);
        Convert.ToDouble(s4["出勤天数 Worked days"]).ShouldBe(2.5);
        Convert.ToDouble(s4["年休假 Annual leave（天 days）"]).ShouldBe(0.5);
        people.Single(r => (string?)r["工号 Staff number"] == "R0001")["姓名 Name"].ShouldBe("'" + FormulaName);
        people.ShouldNotContain(r => (string?)r["工号 Staff number"] == "S0019");
        units.Single()["单位 Unit"].ShouldBe("综合受理窗口");
    }

    [Fact]
    public async Task Should_give_the_chart_late_and_absent_sessions_by_unit_and_month()
    {
        var manager = await _app.SignInAsync(Demo.Manager);

        var trend = await manager.GetAsync<AttendanceTrendDto>("/api/attendance/reports/trend?months=3");
        var tooLong = await manager.Http.GetAsync("/api/attendance/reports/trend?months=13");

        trend.Months.ShouldBe(["2026-09", "2026-10", "2026-11"]);
        var zh = trend.Units.Single(u => u.UnitName == "综合受理窗口");
        (zh.Late[0], zh.Absent[0], zh.Sessions[0]).ShouldBe((1, 2, 11));
        trend.Units.Single(u => u.UnitName == "市场监管窗口").Late[0].ShouldBe(1);
        // The manager's hall: not GXQ's 综合受理窗口 (September only: the demo attendance fills recent months).
        trend.Units.Count(u => u.Sessions[0] > 0).ShouldBe(2);
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}

[Collection(BoardSqliteCollection.Name)]
public sealed class MonthlyReportTests_Sqlite(SqliteClockedAppFixture fixture) : MonthlyReportTests(fixture);

[Collection(BoardPostgreSqlCollection.Name)]
public sealed class MonthlyReportTests_PostgreSql(PostgreSqlClockedAppFixture fixture) : MonthlyReportTests(fixture);

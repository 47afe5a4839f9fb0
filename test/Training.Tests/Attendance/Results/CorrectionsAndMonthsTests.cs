using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Training.Attendance;
using Training.Attendance.Domain;
using Training.SharedKernel.Paging;
using Training.Tests.Infrastructure;

namespace Training.Tests.Attendance.Results;

/// <summary>Anomalies and their corrections, month close and reopen, through HTTP; the integration service's counts and sources.</summary>
public abstract class CorrectionsAndMonthsTests(ClockedAppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    private static readonly DateOnly Day = new(2026, 11, 11);

    [Fact]
    public async Task Should_keep_the_original_when_a_result_is_corrected_and_through_a_recomputation()
    {
        var world = await ResultsWorld.CreateAsync(_app);
        await world.PunchAsync(Day, (9, 20), (12, 0), (13, 25), (17, 1));
        await world.RecomputeAsync(Day, Day);

        var anomalies = await world.Admin.GetAsync<PagedResult<SessionResultDto>>(
            $"/api/attendance/results/anomalies?staffId={world.Person.Id}&from=2026-11-11&to=2026-11-11");
        var late = anomalies.Items.Single();
        late.Status.ShouldBe(SessionStatus.Late);
        late.LateMinutes.ShouldBe(20);
        late.StaffName.ShouldBe("考勤甲");

        var corrected = await world.Admin.PostAsync<SessionResultDto>($"/api/attendance/results/{world.Person.Id}/2026-11-11/0/correct",
            new CorrectResultInput(SessionStatus.Present, 0, 0, "指纹机故障，已核实按时到岗"));
        corrected.Status.ShouldBe(SessionStatus.Late);
        corrected.LateMinutes.ShouldBe(20);
        corrected.Correction!.Status.ShouldBe(SessionStatus.Present);
        corrected.Correction.OriginalStatus.ShouldBe(SessionStatus.Late);
        corrected.Correction.Reason.ShouldBe("指纹机故障，已核实按时到岗");
        corrected.Correction.CorrectedBy.ShouldNotBeNull();

        await world.RecomputeAsync(Day, Day);
        var again = (await world.Admin.GetAsync<PagedResult<SessionResultDto>>(
            $"/api/attendance/results/anomalies?staffId={world.Person.Id}&corrected=true")).Items.Single();
        again.Status.ShouldBe(SessionStatus.Late);
        again.Correction!.Status.ShouldBe(SessionStatus.Present);
        (await world.Admin.GetAsync<PagedResult<SessionResultDto>>($"/api/attendance/results/anomalies?staffId={world.Person.Id}&corrected=false"))
            .Items.ShouldBeEmpty();

        var counts = await _app.WithScopeAsync(sp => sp.GetRequiredService<IAttendanceIntegrationService>().GetPersonMonthsAsync([world.Person.Id], 2026, 11));
        counts.Single().Counts.LateCount.ShouldBe(0);

        var manager = _app.CreateApiClient();
        await manager.LoginAsync(Demo.Manager); // manages another hall
        (await manager.Http.GetAsync($"/api/attendance/results/{world.Person.Id}/2026-11-11/0")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await manager.PostRawAsync($"/api/attendance/results/{world.Person.Id}/2026-11-11/0/correct", new CorrectResultInput(SessionStatus.Absent, 0, 0, "越权更正")))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var staff = _app.CreateApiClient();
        await staff.LoginAsync(Demo.Staff);
        (await staff.PostRawAsync($"/api/attendance/results/{world.Person.Id}/2026-11-11/0/correct", new CorrectResultInput(SessionStatus.Absent, 0, 0, "无权更正")))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await world.Admin.PostRawAsync($"/api/attendance/results/{world.Person.Id}/2026-11-11/0/correct", new CorrectResultInput(SessionStatus.Late, 0, 0, "迟到须有分钟")))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_refuse_every_write_to_a_closed_month_but_count_a_flagged_punch_after_the_reopen()
    {
        var world = await ResultsWorld.CreateAsync(_app);
        var octoberDay = new DateOnly(2026, 10, 20);
        await world.PunchAsync(octoberDay, (8, 55), (12, 0));
        await world.RecomputeAsync(octoberDay, octoberDay);
        var month = $"/api/attendance/months/{world.Hall.Id}/2026/10";

        (await world.Admin.PostAsync<MonthCloseDto>($"{month}/close", null)).IsClosed.ShouldBeTrue();
        (await world.Admin.PostRawAsync($"{month}/close", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await world.Admin.PostRawAsync($"/api/attendance/months/{world.Hall.Id}/2026/11/close", null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var absent = await world.ResultAsync(octoberDay, 1);
        absent.Status.ShouldBe(SessionStatus.Absent);
        var correct = await world.Admin.PostRawAsync($"/api/attendance/results/{world.Person.Id}/2026-10-20/1/correct",
            new CorrectResultInput(SessionStatus.OnLeave, 0, 0, "补请假"));
        correct.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ApiClient.ProblemAsync(correct)).GetProperty("code").GetString().ShouldBe(AttendanceErrorCodes.MonthClosed);
        (await world.Admin.PostRawAsync("/api/attendance/shifts", new SaveShiftInput(world.Hall.Id, ShiftKind.Extended, world.Window.Id, null,
            octoberDay, octoberDay, [new("延时", new(17, 0), new(19, 0))], null))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var person = await world.SignInPersonAsync();
        var sick = (await person.GetAsync<List<LeaveTypeDto>>("/api/attendance/leave-types")).Single(t => t.Code == "sick");
        var leave = await person.PostRawAsync("/api/attendance/my/leave",
            new CreateLeaveRequestInput(sick.Id, octoberDay, DayHalf.Morning, octoberDay, DayHalf.Afternoon, "补请病假"));
        leave.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ApiClient.ProblemAsync(leave)).GetProperty("code").GetString().ShouldBe(AttendanceErrorCodes.MonthClosed);

        // Intake stores a punch arriving for the closed month and flags it: it does not count while the month is closed.
        await world.PunchAsync(octoberDay, arrivedAfterClose: true, (13, 25), (17, 5));
        await world.RecomputeAsync(octoberDay, octoberDay);
        (await world.ResultAsync(octoberDay, 1)).Id.ShouldBe(absent.Id);
        (await world.ResultAsync(octoberDay, 1)).Status.ShouldBe(SessionStatus.Absent);

        (await world.Admin.PostRawAsync($"{month}/reopen", new ReopenMonthInput(""))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var reopened = await world.Admin.PostAsync<MonthCloseDto>($"{month}/reopen", new ReopenMonthInput("补录指纹机离线期间打卡"));
        reopened.IsClosed.ShouldBeFalse();
        reopened.History.Select(h => h.Action).ShouldBe([MonthCloseAction.Reopen, MonthCloseAction.Close]);
        reopened.History[0].Reason.ShouldBe("补录指纹机离线期间打卡");
        (await world.ResultAsync(octoberDay, 1)).Status.ShouldBe(SessionStatus.Present);
    }

    [Fact]
    public async Task Should_count_a_month_per_person_and_unit_with_the_records_behind_each_count()
    {
        var world = await ResultsWorld.CreateAsync(_app);
        var (late, absent, offPost, leave) = (new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 3), new DateOnly(2026, 11, 4), new DateOnly(2026, 11, 5));
        await world.PunchAsync(late, (9, 12), (12, 0), (13, 25), (17, 0));
        await world.PunchAsync(absent, (13, 25), (17, 0));
        await world.PunchAsync(offPost, (8, 55), (12, 0), (13, 25), (17, 0));
        await world.PauseAsync(offPost, (14, 0), (14, 40));
        var leaveRequestId = await ApproveLeaveAsync(world, leave);
        await world.RecomputeAsync(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 6));

        var (people, units, sources) = await _app.WithScopeAsync(async sp =>
        {
            var service = sp.GetRequiredService<IAttendanceIntegrationService>();
            return (await service.GetPersonMonthsAsync([world.Person.Id], 2026, 11), await service.GetUnitMonthsAsync([world.Unit.Id], 2026, 11),
                await service.GetSourcesAsync([world.Person.Id], 2026, 11));
        });

        var counts = people.Single().Counts;
        counts.ExpectedSessions.ShouldBe(10);
        (counts.LateCount, counts.LateMinutes).ShouldBe((1, 12));
        counts.AbsentDays.ShouldBe(1.5); // the 3rd's morning and all of the 6th
        (counts.OffPostCount, counts.OffPostMinutes).ShouldBe((1, 40));
        counts.WorkedDays.ShouldBe(2.5);
        counts.LeaveDaysByType.Single().Days.ShouldBe(1);
        counts.LeaveDaysByType.Single().Code.ShouldStartWith("T");
        units.Single().People.ShouldBe(1);
        units.Single().Counts.LateMinutes.ShouldBe(12);

        sources.Where(s => s.Kind == AttendanceSourceKind.Late).Select(s => (s.Date, s.Minutes)).ShouldBe([(late, 12)]);
        sources.Where(s => s.Kind == AttendanceSourceKind.OffPost).Select(s => (s.Date, s.SessionName, s.Minutes)).ShouldBe([(offPost, "下午", 40)]);
        sources.Where(s => s.Kind == AttendanceSourceKind.Leave).ShouldAllBe(s => s.LeaveRequestId == leaveRequestId && s.Days == 0.5);
        sources.Where(s => s.Kind == AttendanceSourceKind.Absent).Sum(s => s.Days).ShouldBe(1.5);
    }

    [Fact]
    public async Task Should_say_who_was_at_a_window_from_post_status_punches_or_the_assignment()
    {
        var world = await ResultsWorld.CreateAsync(_app);
        var (reported, punched, quiet) = (new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 10), new DateOnly(2026, 11, 12));
        await world.PauseAsync(reported, (10, 0), (10, 5));
        await world.PunchAsync(punched, (8, 55));
        var emptyWindow = await world.Admin.PostAsync<Training.Organization.WindowDto>("/api/organization/windows",
            new Training.Organization.SaveWindowInput(world.Unit.Id, $"E{world.Window.Code}", "空窗口", Training.Organization.WindowType.Comprehensive));

        var answers = await _app.WithScopeAsync(sp => sp.GetRequiredService<IAttendanceIntegrationService>().GetWhoWasAtAsync(
        [
            new(world.Window.Id, ResultsWorld.Local(reported, 11)), new(world.Window.Id, ResultsWorld.Local(punched, 11)),
            new(world.Window.Id, ResultsWorld.Local(quiet, 11)), new(emptyWindow.Id, ResultsWorld.Local(quiet, 11)),
        ]));

        answers.Select(a => (a.StaffId, a.Source)).ShouldBe(
        [
            (world.Person.Id, PresenceSource.PostStatus), (world.Person.Id, PresenceSource.Punch),
            (world.Person.Id, PresenceSource.Assignment), ((Guid?)null, PresenceSource.Nobody),
        ]);
    }

    private static async Task<Guid> ApproveLeaveAsync(ResultsWorld world, DateOnly date)
    {
        var id = Guid.NewGuid();
        await world.WriteAsync(db =>
        {
            var type = new LeaveType(Guid.NewGuid(), $"T{world.Hall.Code}", "事假", "Personal leave", LeaveCountMode.WorkingDays, false, false, 9);
            db.LeaveTypes.Add(type);
            var request = new LeaveRequest(id, world.Person.Id, world.Hall.Id, world.Unit.Id, type, date, DayHalf.Morning, date, DayHalf.Afternoon, 2, "家中有事");
            db.LeaveRequests.Add(request);
            // Approval belongs to the absences area; its outcome is what the engine reads.
            db.Entry(request).Property(r => r.Status).CurrentValue = LeaveStatus.Approved;
        });
        return id;
    }
}

public sealed class CorrectionsAndMonthsTests_Sqlite(SqliteClockedAppFixture fixture)
    : CorrectionsAndMonthsTests(fixture), IClassFixture<SqliteClockedAppFixture>;

public sealed class CorrectionsAndMonthsTests_PostgreSql(PostgreSqlClockedAppFixture fixture)
    : CorrectionsAndMonthsTests(fixture), IClassFixture<PostgreSqlClockedAppFixture>;

using System.Net;
using Training.Attendance;
using Training.Organization;
using Training.SharedKernel.Paging;
using Training.Tests.Infrastructure;

namespace Training.Tests.Attendance.Absences;

/// <summary>
/// Leave through the API, on the demo data: S0002 leads 综合受理窗口 (ZH) of SZX, S0001 manages SZX, S0020 leads the
/// 市场监管窗口 (SJ) of SZX. Each test asks for its own people and years so the tests of the shared app stay apart.
/// </summary>
public abstract class LeaveApiTests(AppFixture fixture)
{
    private const string SjLead = "S0020";
    private const string GaLead = "S0032";
    private readonly TrainingApp _app = fixture.App;

    private static async Task<Guid> TypeAsync(ApiClient client, string code) =>
        (await client.GetAsync<List<LeaveTypeDto>>("/api/attendance/leave-types")).Single(t => t.Code == code).Id;

    private static async Task<LeaveRequestDto> AskAsync(ApiClient client, string type, DateOnly start, DateOnly end, string reason = "家中有事") =>
        await client.PostAsync<LeaveRequestDto>("/api/attendance/my/leave",
            new CreateLeaveRequestInput(await TypeAsync(client, type), start, DayHalf.Morning, end, DayHalf.Afternoon, reason));

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await ApiClient.ProblemAsync(response)).GetProperty("code").GetString();

    [Fact]
    public async Task Should_seed_the_leave_types_with_their_counting_modes()
    {
        var staff = await _app.SignInAsync(Demo.Staff);

        var types = await staff.GetAsync<List<LeaveTypeDto>>("/api/attendance/leave-types");

        types.Select(t => t.Code).ShouldBe(["annual", "sick", "personal", "marriage", "maternity", "paternity", "bereavement", "business", "compensatory"],
            ignoreOrder: true);
        types.Single(t => t.Code == "maternity").CountMode.ShouldBe(LeaveCountMode.CalendarDays);
        types.Single(t => t.Code == "annual").CountMode.ShouldBe(LeaveCountMode.WorkingDays);
        types.Single(t => t.Code == "business").IsOfficialBusiness.ShouldBeTrue();
        types.Where(t => t.HasBalance).Select(t => t.Code).ShouldBe(["annual", "compensatory"], ignoreOrder: true);
    }

    [Fact]
    public async Task Should_count_maternity_leave_across_national_day_in_calendar_days_and_annual_leave_in_working_days()
    {
        var staff = await _app.SignInAsync("S0006");
        LeaveStretchInput Stretch(Guid type) => new(type, new DateOnly(2026, 9, 30), DayHalf.Morning, new DateOnly(2026, 10, 9), DayHalf.Afternoon);

        var maternity = await staff.PostAsync<LeaveLengthDto>("/api/attendance/my/leave/length", Stretch(await TypeAsync(staff, "maternity")));
        var annual = await staff.PostAsync<LeaveLengthDto>("/api/attendance/my/leave/length", Stretch(await TypeAsync(staff, "annual")));

        maternity.Days.ShouldBe(10);
        maternity.Remaining.ShouldBeNull();
        annual.Days.ShouldBe(3); // 30 Sep, 8 and 9 Oct: the 国庆 holidays of the sample calendar are not working days
        annual.Remaining.ShouldNotBeNull();
    }

    [Fact]
    public async Task Should_need_the_hall_manager_after_the_lead_above_the_set_days()
    {
        var staff = await _app.SignInAsync("S0007");
        var lead = await _app.SignInAsync(Demo.Lead);
        var manager = await _app.SignInAsync(Demo.Manager);
        var shortOne = await AskAsync(staff, "personal", new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 2));
        var longOne = await AskAsync(staff, "personal", new DateOnly(2027, 3, 8), new DateOnly(2027, 3, 11)); // 4 working days > 3

        var shortApproved = await lead.PostAsync<LeaveRequestDetailDto>($"/api/attendance/leave/{shortOne.Id}/approve", new LeaveDecisionInput(null));
        var firstStep = await lead.PostAsync<LeaveRequestDetailDto>($"/api/attendance/leave/{longOne.Id}/approve", new LeaveDecisionInput("同意"));
        var leadAgain = await lead.PostRawAsync($"/api/attendance/leave/{longOne.Id}/approve", new LeaveDecisionInput(null));
        var managerQueue = await manager.GetAsync<PagedResult<LeaveRequestDto>>("/api/attendance/leave/queue?maxResultCount=1000");
        var secondStep = await manager.PostAsync<LeaveRequestDetailDto>($"/api/attendance/leave/{longOne.Id}/approve", new LeaveDecisionInput(null));

        shortOne.RequiredSteps.ShouldBe(1);
        shortApproved.Request.Status.ShouldBe(LeaveStatus.Approved);
        longOne.RequiredSteps.ShouldBe(2);
        longOne.Days.ShouldBe(4);
        firstStep.Request.Status.ShouldBe(LeaveStatus.Pending);
        firstStep.Request.Step.ShouldBe(2);
        leadAgain.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await CodeAsync(leadAgain)).ShouldBe(AttendanceErrorCodes.LeaveStepNotYours);
        managerQueue.Items.ShouldContain(r => r.Id == longOne.Id);
        secondStep.Request.Status.ShouldBe(LeaveStatus.Approved);
        secondStep.Actions.Where(a => a.Kind == LeaveActionKind.Approved).Select(a => a.Step).ShouldBe([1, 2]);
    }

    [Fact]
    public async Task Should_let_a_stand_in_approve_in_the_lead_s_place_and_record_for_whom()
    {
        var staff = await _app.SignInAsync("S0008");
        var lead = await _app.SignInAsync(Demo.Lead);
        var standIn = await _app.SignInAsync(SjLead);
        var request = await AskAsync(staff, "sick", new DateOnly(2027, 4, 5), new DateOnly(2027, 4, 5));

        var before = await standIn.PostRawAsync($"/api/attendance/leave/{request.Id}/approve", new LeaveDecisionInput(null));
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var named = await lead.PostAsync<StandInDto>("/api/attendance/leave/stand-ins", new CreateStandInInput(SjLead, today.AddDays(-1), today.AddDays(7)));
        var queue = await standIn.GetAsync<PagedResult<LeaveRequestDto>>("/api/attendance/leave/queue?maxResultCount=1000");
        LeaveRequestDetailDto approved;
        try
        {
            approved = await standIn.PostAsync<LeaveRequestDetailDto>($"/api/attendance/leave/{request.Id}/approve", new LeaveDecisionInput(null));
        }
        finally
        {
            await lead.PostAsync<StandInDto>($"/api/attendance/leave/stand-ins/{named.Id}/end", null);
        }

        before.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        queue.Items.ShouldContain(r => r.Id == request.Id);
        approved.Request.Status.ShouldBe(LeaveStatus.Approved);
        var action = approved.Actions.Single(a => a.Kind == LeaveActionKind.Approved);
        action.OnBehalfOfName.ShouldBe(named.PrincipalName);
        action.ActorName.ShouldNotBe(named.PrincipalName);
    }

    [Fact]
    public async Task Should_hide_leave_outside_the_lead_s_unit_and_refuse_their_approval_with_404()
    {
        var staff = await _app.SignInAsync("S0009");
        var otherLead = await _app.SignInAsync(GaLead);
        var request = await AskAsync(staff, "personal", new DateOnly(2027, 5, 3), new DateOnly(2027, 5, 3));

        (await otherLead.Http.GetAsync($"/api/attendance/leave/{request.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherLead.PostRawAsync($"/api/attendance/leave/{request.Id}/approve", new LeaveDecisionInput(null))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherLead.PostRawAsync($"/api/attendance/leave/{request.Id}/reject", new LeaveReasonInput("不同意"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherLead.GetAsync<PagedResult<LeaveRequestDto>>("/api/attendance/leave?maxResultCount=1000")).Items.ShouldNotContain(r => r.Id == request.Id);
        (await otherLead.GetAsync<PagedResult<LeaveRequestDto>>("/api/attendance/leave/queue?maxResultCount=1000")).Items.ShouldNotContain(r => r.Id == request.Id);
        var lead = await _app.SignInAsync(Demo.Lead);
        (await lead.GetAsync<LeaveRequestDetailDto>($"/api/attendance/leave/{request.Id}")).Request.StaffNumber.ShouldBe("S0009");
        (await staff.PostRawAsync($"/api/attendance/leave/{request.Id}/approve", new LeaveDecisionInput(null))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_cancel_before_the_first_day_only()
    {
        var staff = await _app.SignInAsync("S0010");
        var future = await AskAsync(staff, "personal", new DateOnly(2027, 6, 1), new DateOnly(2027, 6, 1));
        var past = await AskAsync(staff, "personal", new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 2));

        var cancelled = await staff.PostAsync<LeaveRequestDto>($"/api/attendance/my/leave/{future.Id}/cancel", null);
        var refused = await staff.PostRawAsync($"/api/attendance/my/leave/{past.Id}/cancel", null);
        var someoneElse = await (await _app.SignInAsync("S0011")).PostRawAsync($"/api/attendance/my/leave/{past.Id}/cancel", null);

        cancelled.Status.ShouldBe(LeaveStatus.Cancelled);
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await CodeAsync(refused)).ShouldBe(AttendanceErrorCodes.LeaveAlreadyStarted);
        someoneElse.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_revoke_approved_leave_only_with_a_reason()
    {
        var staff = await _app.SignInAsync("S0012");
        var lead = await _app.SignInAsync(Demo.Lead);
        var request = await AskAsync(staff, "personal", new DateOnly(2027, 7, 5), new DateOnly(2027, 7, 5));
        await lead.PostAsync<LeaveRequestDetailDto>($"/api/attendance/leave/{request.Id}/approve", new LeaveDecisionInput(null));

        var withoutReason = await lead.PostRawAsync($"/api/attendance/leave/{request.Id}/revoke", new { reason = "" });
        var revoked = await lead.PostAsync<LeaveRequestDetailDto>($"/api/attendance/leave/{request.Id}/revoke", new LeaveReasonInput("窗口人手不足，召回"));
        var again = await lead.PostRawAsync($"/api/attendance/leave/{request.Id}/revoke", new LeaveReasonInput("再次"));

        withoutReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        revoked.Request.Status.ShouldBe(LeaveStatus.Revoked);
        revoked.Request.DecisionReason.ShouldBe("窗口人手不足，召回");
        revoked.Actions.Last().Reason.ShouldBe("窗口人手不足，召回");
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Should_refuse_an_overlapping_request()
    {
        var staff = await _app.SignInAsync("S0013");
        await AskAsync(staff, "personal", new DateOnly(2027, 8, 2), new DateOnly(2027, 8, 4));
        var type = await TypeAsync(staff, "sick");

        var overlapping = await staff.PostRawAsync("/api/attendance/my/leave",
            new CreateLeaveRequestInput(type, new DateOnly(2027, 8, 4), DayHalf.Afternoon, new DateOnly(2027, 8, 5), DayHalf.Morning, "看病"));
        var nextDay = await staff.PostRawAsync("/api/attendance/my/leave",
            new CreateLeaveRequestInput(type, new DateOnly(2027, 8, 5), DayHalf.Morning, new DateOnly(2027, 8, 5), DayHalf.Morning, "看病"));

        overlapping.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await CodeAsync(overlapping)).ShouldBe(AttendanceErrorCodes.LeaveOverlaps);
        nextDay.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_give_annual_leave_by_years_of_service_and_refuse_a_request_beyond_the_balance()
    {
        var admin = await _app.SignInAsync(Demo.Admin);
        var staffId = await _app.StaffIdAsync("S0014");
        var detail = await admin.GetAsync<StaffDetailDto>($"/api/organization/staff/{staffId}");
        await admin.PutAsync<StaffDetailDto>($"/api/organization/staff/{staffId}", new SaveStaffInput(detail.StaffNumber, detail.Name, detail.Phone,
            detail.Kind, detail.DispatchingDepartmentId, detail.HallId, detail.UnitId, new DateOnly(2014, 7, 1)));
        var staff = await _app.SignInAsync("S0014");

        var balances = await staff.GetAsync<PersonBalancesDto>("/api/attendance/my/leave-balances?year=2027");
        var tooLong = await staff.PostRawAsync("/api/attendance/my/leave", new CreateLeaveRequestInput(await TypeAsync(staff, "annual"),
            new DateOnly(2027, 9, 6), DayHalf.Morning, new DateOnly(2027, 9, 20), DayHalf.Morning, "探亲")); // 10.5 working days
        var fits = await AskAsync(staff, "annual", new DateOnly(2027, 9, 6), new DateOnly(2027, 9, 10));
        var after = await staff.GetAsync<PersonBalancesDto>("/api/attendance/my/leave-balances?year=2027");
        var manager = await _app.SignInAsync(Demo.Manager);
        var raised = await manager.PutAsync<PersonBalancesDto>("/api/attendance/leave-balances",
            new SetLeaveBalanceInput(staffId, await TypeAsync(manager, "annual"), 2027, 12.5, "上年结转 2.5 天"));

        var annual = balances.Balances.Single(b => b.LeaveTypeCode == "annual");
        annual.ServiceYears.ShouldBe(12); // 2014-07-01 to 2027-01-01
        annual.Entitled.ShouldBe(10);
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CodeAsync(tooLong)).ShouldBe(AttendanceErrorCodes.LeaveBeyondBalance);
        fits.Days.ShouldBe(5);
        var annualAfter = after.Balances.Single(b => b.LeaveTypeCode == "annual");
        (annualAfter.Pending, annualAfter.Used, annualAfter.Remaining).ShouldBe((5.0, 0.0, 5.0));
        var raisedAnnual = raised.Balances.Single(b => b.LeaveTypeCode == "annual");
        (raisedAnnual.Entitled, raisedAnnual.IsAdjusted, raisedAnnual.AdjustReason).ShouldBe((12.5, true, "上年结转 2.5 天"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LeaveApiTests_Sqlite(SqliteAppFixture fixture) : LeaveApiTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class LeaveApiTests_PostgreSql(PostgreSqlAppFixture fixture) : LeaveApiTests(fixture);

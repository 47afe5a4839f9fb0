using Training.Attendance;
using Training.Attendance.Domain;
using Training.Organization;
using Training.SharedKernel.Errors;

namespace Training.Tests.Attendance.Absences;

/// <summary>The rules of leave without a database: length in half days, annual leave by years of service, a request's life.</summary>
public sealed class LeaveRuleTests
{
    // 国庆节 2026: 1–7 October are holidays; 30 September (Wed), 8 and 9 October (Thu, Fri) are working days.
    private static readonly DateOnly Sep30 = new(2026, 9, 30), Oct9 = new(2026, 10, 9);
    private static readonly HashSet<DateOnly> Working = [Sep30, new(2026, 10, 8), Oct9];

    private static readonly LeaveType Personal = new(Guid.NewGuid(), "personal", "事假", "Personal leave", LeaveCountMode.WorkingDays, false, false, 1);

    private static string CodeOf(Action action) => Should.Throw<BusinessException>(action).Code;

    [Fact]
    public void Should_count_maternity_leave_across_a_holiday_in_calendar_days_and_annual_leave_in_working_days()
    {
        LeaveLength.HalfDays(Sep30, DayHalf.Morning, Oct9, DayHalf.Afternoon, LeaveCountMode.CalendarDays, Working).ShouldBe(20);
        LeaveLength.HalfDays(Sep30, DayHalf.Morning, Oct9, DayHalf.Afternoon, LeaveCountMode.WorkingDays, Working).ShouldBe(6);
    }

    [Fact]
    public void Should_count_in_half_day_steps_from_the_start_half_to_the_end_half()
    {
        LeaveLength.HalfDays(Sep30, DayHalf.Afternoon, Sep30, DayHalf.Afternoon, LeaveCountMode.WorkingDays, Working).ShouldBe(1);
        LeaveLength.HalfDays(Sep30, DayHalf.Morning, Sep30, DayHalf.Morning, LeaveCountMode.WorkingDays, Working).ShouldBe(1);
        LeaveLength.HalfDays(Sep30, DayHalf.Afternoon, Oct9, DayHalf.Morning, LeaveCountMode.WorkingDays, Working).ShouldBe(4);
        LeaveLength.HalfDays(Sep30, DayHalf.Afternoon, Oct9, DayHalf.Morning, LeaveCountMode.CalendarDays, Working).ShouldBe(18);
        // A stretch of holidays only holds no working day.
        LeaveLength.HalfDays(new(2026, 10, 1), DayHalf.Morning, new(2026, 10, 7), DayHalf.Afternoon, LeaveCountMode.WorkingDays, Working).ShouldBe(0);
    }

    [Fact]
    public void Should_refuse_an_end_before_the_start_and_a_stretch_longer_than_a_year()
    {
        CodeOf(() => LeaveLength.HalfDays(Sep30, DayHalf.Afternoon, Sep30, DayHalf.Morning, LeaveCountMode.WorkingDays, Working))
            .ShouldBe(AttendanceErrorCodes.LeaveDateOrder);
        CodeOf(() => LeaveLength.HalfDays(Oct9, DayHalf.Morning, Sep30, DayHalf.Morning, LeaveCountMode.WorkingDays, Working))
            .ShouldBe(AttendanceErrorCodes.LeaveDateOrder);
        CodeOf(() => LeaveLength.EnsureStretch(Sep30, DayHalf.Morning, Sep30.AddDays(LeaveLength.MaxSpanDays), DayHalf.Morning))
            .ShouldBe(AttendanceErrorCodes.LeaveTooLong);
    }

    [Fact]
    public void Should_see_an_overlap_only_when_two_stretches_share_a_half_day()
    {
        LeaveLength.Overlap(Sep30, DayHalf.Morning, Sep30, DayHalf.Morning, Sep30, DayHalf.Afternoon, Oct9, DayHalf.Afternoon).ShouldBeFalse();
        LeaveLength.Overlap(Sep30, DayHalf.Morning, Sep30, DayHalf.Afternoon, Sep30, DayHalf.Afternoon, Oct9, DayHalf.Afternoon).ShouldBeTrue();
        LeaveLength.Overlap(Oct9, DayHalf.Morning, Oct9, DayHalf.Morning, Sep30, DayHalf.Morning, Oct9, DayHalf.Afternoon).ShouldBeTrue();
    }

    [Theory]
    [InlineData("2025-06-01", 0)]   // under a year on 1 January 2026
    [InlineData("2025-01-01", 5)]   // exactly one year
    [InlineData("2016-01-02", 5)]   // 9 years, a day short of 10
    [InlineData("2016-01-01", 10)]
    [InlineData("2006-01-02", 10)]
    [InlineData("2006-01-01", 15)]
    [InlineData("1990-09-01", 15)]
    public void Should_give_annual_leave_by_years_of_service_as_the_national_rule_says(string workStart, int days)
    {
        var years = ServiceYears.WholeYears(DateOnly.Parse(workStart), AnnualLeaveRule.CountedOn(2026));

        AnnualLeaveRule.National.DaysFor(years).ShouldBe(days);
    }

    [Fact]
    public void Should_follow_changed_tiers_from_the_settings()
    {
        var rule = AnnualLeaveRule.National with { Tier1Days = 7 };

        rule.DaysFor(3).ShouldBe(7);
        rule.DaysFor(12).ShouldBe(10);
    }

    private static LeaveRequest Request(int requiredSteps, DateOnly start) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Personal, start, DayHalf.Morning, start.AddDays(4), DayHalf.Afternoon,
            10, "家中有事", requiredSteps);

    [Fact]
    public void Should_need_a_second_and_different_approver_for_a_two_step_request()
    {
        var request = Request(2, Oct9);
        var lead = Guid.NewGuid();

        request.Approve(lead, completes: false, DateTime.UtcNow);
        request.Status.ShouldBe(LeaveStatus.Pending);
        request.PendingStep.ShouldBe(2);
        CodeOf(() => request.Approve(lead, completes: false, DateTime.UtcNow)).ShouldBe(AttendanceErrorCodes.LeaveSecondApproverSame);
        request.Approve(Guid.NewGuid(), completes: false, DateTime.UtcNow);
        request.Status.ShouldBe(LeaveStatus.Approved);
        request.PendingStep.ShouldBe(0);
    }

    [Fact]
    public void Should_let_the_hall_s_authority_complete_both_steps_at_once()
    {
        var request = Request(2, Oct9);

        request.Approve(Guid.NewGuid(), completes: true, DateTime.UtcNow);

        request.Status.ShouldBe(LeaveStatus.Approved);
        request.ApprovedSteps.ShouldBe(2);
    }

    [Fact]
    public void Should_cancel_only_before_the_first_day()
    {
        var pending = Request(1, Oct9);
        var started = Request(1, Oct9);

        pending.Cancel(Oct9.AddDays(-1), DateTime.UtcNow);
        pending.Status.ShouldBe(LeaveStatus.Cancelled);
        CodeOf(() => started.Cancel(Oct9, DateTime.UtcNow)).ShouldBe(AttendanceErrorCodes.LeaveAlreadyStarted);
        CodeOf(() => pending.Cancel(Oct9.AddDays(-1), DateTime.UtcNow)).ShouldBe(AttendanceErrorCodes.LeaveNotPending);
    }

    [Fact]
    public void Should_revoke_only_approved_leave_and_keep_the_reason()
    {
        var request = Request(1, Oct9);
        CodeOf(() => request.Revoke("错批", DateTime.UtcNow)).ShouldBe(AttendanceErrorCodes.LeaveNotApproved);

        request.Approve(Guid.NewGuid(), completes: false, DateTime.UtcNow);
        request.Revoke("  岗位急需，召回  ", DateTime.UtcNow);

        request.Status.ShouldBe(LeaveStatus.Revoked);
        request.DecisionReason.ShouldBe("岗位急需，召回");
    }
}

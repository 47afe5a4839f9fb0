using Training.Organization;
using Training.Organization.Domain;
using Training.Organization.Events;
using Training.SharedKernel.Errors;

namespace Training.Tests.Organization.Domain;

/// <summary>The assignment rules of a person, without a database.</summary>
public sealed class StaffMemberTests
{
    private static readonly WindowUnit Unit = new(Guid.NewGuid(), Guid.NewGuid(), "SJ", "市场监管窗口", UnitKind.HallOwn, null);
    private static readonly DateOnly Day = new(2026, 3, 2);

    private static Window NewWindow(string code = "A01") => new(Guid.NewGuid(), Unit, code, "窗口", WindowType.Comprehensive);

    private static StaffMember NewPerson(StaffKind kind = StaffKind.Own) =>
        new(Guid.NewGuid(), "S1", "张三", kind, kind == StaffKind.Dispatched ? Guid.NewGuid() : null, Unit.HallId, Unit.Id);

    private static string CodeOf(Action action) => Should.Throw<BusinessException>(action).Code;

    [Fact]
    public void Should_refuse_a_second_post_while_one_is_current()
    {
        var person = NewPerson();
        person.AssignTo(NewWindow(), Day);

        CodeOf(() => person.AssignTo(NewWindow("A02"), Day)).ShouldBe(OrganizationErrorCodes.AlreadyAssigned);
    }

    [Fact]
    public void Should_end_the_old_post_on_the_day_the_new_one_starts_when_moving()
    {
        var person = NewPerson();
        var first = NewWindow();
        var second = NewWindow("A02");
        person.AssignTo(first, Day);
        person.ClearEvents();

        person.MoveTo(second, Day.AddDays(30));

        person.Assignments.Select(a => (a.WindowId, a.StartDate, a.EndDate, a.EndKind)).ShouldBe(
        [
            (first.Id, Day, (DateOnly?)Day.AddDays(30), (AssignmentEndKind?)AssignmentEndKind.Moved),
            (second.Id, Day.AddDays(30), null, null),
        ]);
        person.CurrentWindowId.ShouldBe(second.Id);
        person.Events.Select(e => e.GetType()).ShouldBe([typeof(StaffAssignmentEndedEto), typeof(StaffAssignedEto)]);
        ((StaffAssignedEto)person.Events[1]).IsMove.ShouldBeTrue();
    }

    [Fact]
    public void Should_refuse_to_move_to_the_same_window_or_without_a_post()
    {
        var person = NewPerson();
        var window = NewWindow();
        CodeOf(() => person.MoveTo(window, Day)).ShouldBe(OrganizationErrorCodes.NotAssigned);
        person.AssignTo(window, Day);
        CodeOf(() => person.MoveTo(window, Day)).ShouldBe(OrganizationErrorCodes.SameWindow);
    }

    [Fact]
    public void Should_refuse_an_end_date_before_the_start()
    {
        var person = NewPerson();
        person.AssignTo(NewWindow(), Day);

        CodeOf(() => person.EndAssignment(Day.AddDays(-1), null)).ShouldBe(OrganizationErrorCodes.DateBeforeAssignmentStart);
    }

    [Fact]
    public void Should_refuse_an_inactive_window()
    {
        var window = NewWindow();
        window.Update(window.Code, window.Name, window.Type, isActive: false);

        CodeOf(() => NewPerson().AssignTo(window, Day)).ShouldBe(OrganizationErrorCodes.WindowInactive);
    }

    [Fact]
    public void Should_return_only_dispatched_people_and_then_refuse_new_posts()
    {
        CodeOf(() => NewPerson(StaffKind.Own).ReturnToDepartment(Day, "不胜任")).ShouldBe(OrganizationErrorCodes.OnlyDispatchedCanBeReturned);
        var dispatched = NewPerson(StaffKind.Dispatched);
        dispatched.AssignTo(NewWindow(), Day);

        dispatched.ReturnToDepartment(Day.AddDays(10), "不胜任");

        dispatched.Status.ShouldBe(StaffStatus.Returned);
        dispatched.Assignments.Single().EndKind.ShouldBe(AssignmentEndKind.Returned);
        CodeOf(() => dispatched.AssignTo(NewWindow("A03"), Day.AddDays(11))).ShouldBe(OrganizationErrorCodes.StaffNotActive);
    }

    [Fact]
    public void Should_require_a_dispatching_department_for_dispatched_staff() =>
        CodeOf(() => new StaffMember(Guid.NewGuid(), "S2", "李四", StaffKind.Dispatched, null, Unit.HallId, null))
            .ShouldBe(OrganizationErrorCodes.DispatchingDepartmentRequired);

    [Fact]
    public void Should_require_a_department_for_a_stationed_unit() =>
        CodeOf(() => new WindowUnit(Guid.NewGuid(), Guid.NewGuid(), "GA", "公安窗口", UnitKind.StationedDepartment, null))
            .ShouldBe(OrganizationErrorCodes.DepartmentRequiredForStationedUnit);

    [Theory]
    [InlineData("2026-11-23", null, true)]                       // Monday
    [InlineData("2026-11-22", null, false)]                      // Sunday
    [InlineData("2026-10-01", CalendarDayKind.Holiday, false)]   // holiday on a weekday
    [InlineData("2026-10-10", CalendarDayKind.MakeUpWorkday, true)] // 调休 Saturday
    public void Should_tell_working_days_from_the_week_and_the_exceptions(string date, CalendarDayKind? exception, bool working) =>
        CalendarDay.IsWorkingDay(DateOnly.Parse(date), exception).ShouldBe(working);
}

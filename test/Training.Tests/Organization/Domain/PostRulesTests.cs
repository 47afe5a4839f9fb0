using Training.Organization;
using Training.Organization.Domain;
using Training.SharedKernel.Errors;

namespace Training.Tests.Organization.Domain;

/// <summary>The interval rules of posts, AB backups and years of service, without a database.</summary>
public sealed class PostRulesTests
{
    private static readonly WindowUnit Unit = new(Guid.NewGuid(), Guid.NewGuid(), "SJ", "市场监管窗口", UnitKind.HallOwn, null);
    private static readonly Window Window = new(Guid.NewGuid(), Unit, "A01", "窗口", WindowType.Comprehensive);
    private static readonly DateOnly Day = new(2026, 3, 2);

    private static StaffMember NewPerson() => new(Guid.NewGuid(), "S1", "张三", StaffKind.Own, null, Unit.HallId, Unit.Id);

    private static string CodeOf(Action action) => Should.Throw<BusinessException>(action).Code;

    [Fact]
    public void Should_start_a_post_dated_another_day_at_the_start_of_that_day_in_Shanghai()
    {
        var post = NewPerson().AssignTo(Window, Day);

        post.StartsAt.ShouldBe(new DateTime(2026, 3, 1, 16, 0, 0, DateTimeKind.Utc));
        post.EndsAt.ShouldBeNull();
    }

    [Fact]
    public void Should_hand_a_post_over_at_the_instant_of_a_mid_day_move()
    {
        var person = NewPerson();
        var first = person.AssignTo(Window, Day);
        var twoPm = new DateTime(2026, 3, 2, 6, 0, 0, DateTimeKind.Utc); // 14:00 in Shanghai

        var second = person.MoveTo(new Window(Guid.NewGuid(), Unit, "A02", "窗口", WindowType.Comprehensive), Day, twoPm);

        first.EndsAt.ShouldBe(twoPm);
        first.EndDate.ShouldBe(Day);
        second.StartsAt.ShouldBe(twoPm);
    }

    [Fact]
    public void Should_never_end_a_post_before_it_started()
    {
        var person = NewPerson();
        var noon = new DateTime(2026, 3, 2, 4, 0, 0, DateTimeKind.Utc);
        var post = person.AssignTo(Window, Day, noon);

        person.EndAssignment(Day, null); // dated the same day, without an instant: the start of the day

        post.EndsAt.ShouldBe(noon); // a stretch of no length, not a negative one
    }

    [Fact]
    public void Should_refuse_a_work_start_date_in_the_future_and_accept_today_or_none()
    {
        var person = NewPerson();

        CodeOf(() => person.SetWorkStartDate(Day.AddDays(1), Day)).ShouldBe(OrganizationErrorCodes.WorkStartDateInFuture);
        person.SetWorkStartDate(Day, Day);
        person.WorkStartDate.ShouldBe(Day);
        person.SetWorkStartDate(null, Day);
        person.WorkStartDate.ShouldBeNull();
    }

    [Theory]
    [InlineData("2015-07-01", "2026-06-30", 10)]
    [InlineData("2015-07-01", "2026-07-01", 11)]
    [InlineData("2026-07-01", "2026-07-01", 0)]
    [InlineData("2026-07-01", "2025-01-01", 0)]
    [InlineData("2020-02-29", "2021-02-27", 0)]
    [InlineData("2020-02-29", "2021-02-28", 1)]
    [InlineData("2020-02-29", "2024-02-29", 4)]
    public void Should_count_whole_years_of_service(string start, string asOf, int years) =>
        ServiceYears.WholeYears(DateOnly.Parse(start), DateOnly.Parse(asOf)).ShouldBe(years);

    [Fact]
    public void Should_refuse_a_backup_who_is_the_holder_or_ends_before_it_starts()
    {
        var a = Guid.NewGuid();

        CodeOf(() => new PostBackup(Guid.NewGuid(), Window, a, a, Day, null)).ShouldBe(OrganizationErrorCodes.BackupIsPrimary);
        CodeOf(() => new PostBackup(Guid.NewGuid(), Window, a, Guid.NewGuid(), Day, Day.AddDays(-1))).ShouldBe(OrganizationErrorCodes.BackupDateOrder);
        var backup = new PostBackup(Guid.NewGuid(), Window, a, Guid.NewGuid(), Day, null);
        CodeOf(() => backup.EndOn(Day.AddDays(-1))).ShouldBe(OrganizationErrorCodes.BackupDateOrder);
        backup.EndOn(Day); // a one-day backup
        backup.InForceOn(Day).ShouldBeTrue();
        backup.InForceOn(Day.AddDays(1)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("2026-01-01", "2026-01-31", "2026-01-31", "2026-02-28", true)]   // the last day is inclusive
    [InlineData("2026-01-01", "2026-01-31", "2026-02-01", "2026-02-28", false)]  // back to back
    [InlineData("2026-01-01", null, "2030-01-01", "2030-01-02", true)]           // open-ended
    [InlineData("2026-03-01", "2026-03-31", "2026-01-01", null, true)]
    [InlineData("2026-03-01", "2026-03-31", "2026-01-01", "2026-02-28", false)]
    public void Should_tell_overlapping_backup_periods(string from1, string? to1, string from2, string? to2, bool overlap)
    {
        var existing = new PostBackup(Guid.NewGuid(), Window, Guid.NewGuid(), Guid.NewGuid(), DateOnly.Parse(from1), to1 is null ? null : DateOnly.Parse(to1));

        PostBackup.Overlapping(DateOnly.Parse(from2), to2 is null ? null : DateOnly.Parse(to2)).Compile()(existing).ShouldBe(overlap);
    }
}

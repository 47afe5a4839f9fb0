using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Attendance;
using Training.Attendance.Domain;
using Training.Organization;
using Training.Organization.Domain;
using Training.Organization.EntityFrameworkCore;
using Training.Organization.Events;
using Training.SharedKernel.Events;
using Training.Tests.Infrastructure;

namespace Training.Tests.Attendance.Results;

/// <summary>The engine on a real database: who is expected when, the calendar, the seasons, pauses and notes, exactly the asked days.</summary>
public abstract class DailyResultsTests(ClockedAppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    private static readonly DateOnly Wednesday = new(2026, 11, 18);

    [Fact]
    public async Task Should_judge_a_day_with_the_grace_minutes_and_keep_the_days_post_as_snapshot()
    {
        var world = await ResultsWorld.CreateAsync(_app);
        await world.PunchAsync(Wednesday, (9, 5), (12, 1));

        await world.RecomputeAsync(Wednesday, Wednesday);

        var day = await world.ResultsAsync(Wednesday, Wednesday);
        day.Select(r => (r.SessionName, r.Status, r.LateMinutes)).ShouldBe([("上午", SessionStatus.Present, 0), ("下午", SessionStatus.Absent, 0)]);
        day[0].HallId.ShouldBe(world.Hall.Id);
        day[0].UnitId.ShouldBe(world.Unit.Id);
        day[0].WindowId.ShouldBe(world.Window.Id);
        day[0].ExpectedStart.ShouldBe(ResultsWorld.Local(Wednesday, 9));

        // Before the post began nothing was expected of the person.
        await world.RecomputeAsync(ResultsWorld.PostStart.AddDays(-3), ResultsWorld.PostStart.AddDays(-1));
        (await world.ResultsAsync(ResultsWorld.PostStart.AddDays(-3), ResultsWorld.PostStart.AddDays(-1))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_treat_a_make_up_Saturday_as_a_working_day_and_a_holiday_as_not()
    {
        var world = await ResultsWorld.CreateAsync(_app);
        var makeUpSaturday = new DateOnly(2026, 10, 10);
        var holiday = new DateOnly(2026, 10, 7);
        var plainSunday = new DateOnly(2026, 10, 11);
        await SetCalendarDayAsync(makeUpSaturday, CalendarDayKind.MakeUpWorkday);
        await SetCalendarDayAsync(holiday, CalendarDayKind.Holiday);

        await world.RecomputeAsync(holiday, plainSunday);

        var results = await world.ResultsAsync(holiday, plainSunday);
        results.Where(r => r.Date == makeUpSaturday).Count().ShouldBe(2);
        results.ShouldNotContain(r => r.Date == holiday || r.Date == plainSunday);
        results.Where(r => r.Date == new DateOnly(2026, 10, 8)).Count().ShouldBe(2);
    }

    [Fact]
    public async Task Should_recompute_the_changed_dates_when_the_calendar_changes()
    {
        var world = await ResultsWorld.CreateAsync(_app);
        var saturday = new DateOnly(2026, 11, 14);
        await SetCalendarDayAsync(saturday, CalendarDayKind.MakeUpWorkday);

        await _app.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IEventHandler<CalendarChangedEto>>().HandleAsync(new CalendarChangedEto(Guid.NewGuid(), [saturday]), default);
            return true;
        });

        (await world.ResultsAsync(saturday, saturday)).Select(r => r.Status).ShouldBe([SessionStatus.Absent, SessionStatus.Absent]);
    }

    [Fact]
    public async Task Should_use_the_summer_sessions_on_a_summer_day()
    {
        var world = await ResultsWorld.CreateAsync(_app);
        await world.Admin.PutAsync<TimetableDto>($"/api/attendance/timetables/{world.Hall.Id}", new SaveTimetableInput(5, 1, 10, 1,
            [new("上午", new(8, 30), new(12, 0)), new("下午", new(14, 30), new(18, 0))],
            [new("上午", new(9, 0), new(12, 0)), new("下午", new(13, 30), new(17, 0))]));
        var summerDay = new DateOnly(2026, 9, 15);

        await world.RecomputeAsync(summerDay, summerDay);
        await world.RecomputeAsync(Wednesday, Wednesday);

        (await world.ResultsAsync(summerDay, summerDay)).Select(r => r.ExpectedStart)
            .ShouldBe([ResultsWorld.Local(summerDay, 8, 30), ResultsWorld.Local(summerDay, 14, 30)]);
        (await world.ResultsAsync(Wednesday, Wednesday)).Select(r => r.ExpectedStart)
            .ShouldBe([ResultsWorld.Local(Wednesday, 9), ResultsWorld.Local(Wednesday, 13, 30)]);
    }

    [Fact]
    public async Task Should_make_a_pause_of_allowed_plus_one_minutes_off_post_without_a_note_and_not_with_one()
    {
        var world = await ResultsWorld.CreateAsync(_app);
        var day = new DateOnly(2026, 11, 17);
        await world.PunchAsync(day, (8, 55), (12, 0), (13, 25), (17, 1));
        await world.PauseAsync(day, (10, 0), (10, 16)); // the default allows 15 minutes

        await world.RecomputeAsync(day, day);
        var without = await world.ResultAsync(day, 0);
        without.Status.ShouldBe(SessionStatus.OffPost);
        without.OffPostMinutes.ShouldBe(16);

        await world.NoteAsync(day, (9, 59), (10, 20), (10, 16));
        await world.RecomputeAsync(day, day);
        (await world.ResultAsync(day, 0)).Status.ShouldBe(SessionStatus.Present);
    }

    [Fact]
    public async Task Should_recompute_exactly_the_asked_person_days()
    {
        var world = await ResultsWorld.CreateAsync(_app);
        var monday = new DateOnly(2026, 11, 16);
        var friday = new DateOnly(2026, 11, 20);
        await world.RecomputeAsync(monday, friday);
        var before = await world.ResultsAsync(monday, friday);
        before.Count.ShouldBe(10);
        await world.PunchAsync(Wednesday, (8, 50), (12, 5));

        await world.RecomputeAsync(Wednesday, Wednesday);

        var after = await world.ResultsAsync(monday, friday);
        after.Where(r => r.Date != Wednesday).Select(r => r.Id).ShouldBe(before.Where(r => r.Date != Wednesday).Select(r => r.Id));
        after.Where(r => r.Date == Wednesday).Select(r => r.Id).ShouldNotContain(id => before.Select(b => b.Id).Contains(id));
        (await world.ResultAsync(Wednesday, 0)).Status.ShouldBe(SessionStatus.Present);
        (await world.ResultAsync(Wednesday.AddDays(1), 0)).Status.ShouldBe(SessionStatus.Absent);
    }

    [Fact]
    public async Task Should_apply_a_staggered_shift_of_the_window_and_recompute_when_it_is_saved()
    {
        var world = await ResultsWorld.CreateAsync(_app);
        var day = new DateOnly(2026, 11, 10);
        await world.PunchAsync(day, (9, 58), (13, 0), (13, 58), (19, 0));

        var shift = await world.Admin.PostAsync<ShiftDto>("/api/attendance/shifts", new SaveShiftInput(world.Hall.Id, ShiftKind.Staggered,
            world.Window.Id, null, day, day.AddDays(1), [new("错时上午", new(10, 0), new(13, 0)), new("错时下午", new(14, 0), new(19, 0))], "错时服务"));

        shift.WindowName.ShouldNotBeNull();
        (await world.ResultsAsync(day, day)).Select(r => (r.SessionName, r.Status)).ShouldBe(
            [("错时上午", SessionStatus.Present), ("错时下午", SessionStatus.Present)]);
        var page = await world.Admin.GetAsync<Training.SharedKernel.Paging.PagedResult<ShiftDto>>($"/api/attendance/shifts?hallId={world.Hall.Id}");
        page.Items.Single().Id.ShouldBe(shift.Id);
    }

    private Task SetCalendarDayAsync(DateOnly date, CalendarDayKind kind) => _app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<OrganizationDbContext>();
        var day = await db.CalendarDays.FirstOrDefaultAsync(d => d.Date == date);
        if (day is null) db.CalendarDays.Add(new CalendarDay(date, kind, "测试", isSample: false));
        else day.Set(kind, "测试", isSample: false);
        return await db.SaveChangesAsync();
    });
}

public sealed class DailyResultsTests_Sqlite(SqliteClockedAppFixture fixture)
    : DailyResultsTests(fixture), IClassFixture<SqliteClockedAppFixture>;

public sealed class DailyResultsTests_PostgreSql(PostgreSqlClockedAppFixture fixture)
    : DailyResultsTests(fixture), IClassFixture<PostgreSqlClockedAppFixture>;

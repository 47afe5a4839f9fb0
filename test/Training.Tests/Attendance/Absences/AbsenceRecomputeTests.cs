using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Training.Attendance;
using Training.Attendance.Application.Results;
using Training.EntityFrameworkCore;
using Training.Platform;
using Training.Tests.Infrastructure;

namespace Training.Tests.Attendance.Absences;

/// <summary>
/// Every leave or note write that changes a day's results asks the recalculator for exactly the person's days it
/// touched — approve, cancel of approved leave, revoke, note open and close — and nothing for a pending, rejected or
/// cancelled-while-pending request. On an app whose clock starts at Monday 23 November 2026, 10:00 in Shanghai and only
/// moves forward, so each test takes its days from the clock's today.
/// </summary>
public abstract class AbsenceRecomputeTests(AbsenceRecomputeFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    private DateOnly Today => DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime.AddHours(8));

    /// <summary>The first Monday after <paramref name="day"/>: with the Tuesday after it, two working days in any week without holidays.</summary>
    private static DateOnly MondayAfter(DateOnly day)
    {
        var ahead = ((int)DayOfWeek.Monday - (int)day.DayOfWeek + 7) % 7;
        return day.AddDays(ahead == 0 ? 7 : ahead);
    }

    private static async Task<LeaveRequestDto> AskAsync(ApiClient client, DateOnly start, DateOnly end)
    {
        var type = (await client.GetAsync<List<LeaveTypeDto>>("/api/attendance/leave-types")).Single(t => t.Code == "personal").Id;
        return await client.PostAsync<LeaveRequestDto>("/api/attendance/my/leave",
            new CreateLeaveRequestInput(type, start, DayHalf.Morning, end, DayHalf.Afternoon, "家中有事"));
    }

    [Fact]
    public async Task Should_recompute_exactly_the_person_days_each_decision_touches()
    {
        var staff = await _app.SignInAsync("S0007");
        var lead = await _app.SignInAsync(Demo.Lead);
        var me = await _app.StaffIdAsync("S0007");
        var (wed, thu) = (MondayAfter(Today).AddDays(2), MondayAfter(Today).AddDays(3));
        var lastMonday = MondayAfter(Today).AddDays(-14);
        fixture.Recorder.Take(); // what earlier tests of the class asked

        var pending = await AskAsync(staff, wed, thu);
        var afterAsking = fixture.Recorder.Take();
        await lead.PostAsync<LeaveRequestDetailDto>($"/api/attendance/leave/{pending.Id}/approve", new LeaveDecisionInput(null));
        var afterApproving = fixture.Recorder.Take();
        await staff.PostAsync<LeaveRequestDto>($"/api/attendance/my/leave/{pending.Id}/cancel", null);
        var afterCancelling = fixture.Recorder.Take();

        var past = await AskAsync(staff, lastMonday, lastMonday.AddDays(1));
        await lead.PostAsync<LeaveRequestDetailDto>($"/api/attendance/leave/{past.Id}/approve", new LeaveDecisionInput(null));
        fixture.Recorder.Take();
        await lead.PostAsync<LeaveRequestDetailDto>($"/api/attendance/leave/{past.Id}/revoke", new LeaveReasonInput("补录有误"));
        var afterRevoking = fixture.Recorder.Take();

        var rejected = await AskAsync(staff, MondayAfter(Today).AddDays(7), MondayAfter(Today).AddDays(7));
        await lead.PostAsync<LeaveRequestDetailDto>($"/api/attendance/leave/{rejected.Id}/reject", new LeaveReasonInput("窗口人手不足"));
        var afterRejecting = fixture.Recorder.Take();

        afterAsking.ShouldBeEmpty();
        afterApproving.ShouldBe([new PersonDays(me, wed, thu)]);
        afterCancelling.ShouldBe([new PersonDays(me, wed, thu)]);
        afterRevoking.ShouldBe([new PersonDays(me, lastMonday, lastMonday.AddDays(1))]);
        afterRejecting.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_recompute_the_day_of_a_note_when_it_opens_and_closes_and_mark_it_overdue()
    {
        var staff = await _app.SignInAsync("S0008");
        var lead = await _app.SignInAsync(Demo.Lead);
        var me = await _app.StaffIdAsync("S0008");
        var today = Today;
        fixture.Recorder.Take();

        var opened = await staff.PostAsync<WhereaboutsNoteDto>("/api/attendance/my/whereabouts",
            new OpenNoteInput("税务窗口协调", fixture.Clock.GetUtcNow().UtcDateTime.AddMinutes(20)));
        var afterOpening = fixture.Recorder.Take();
        fixture.Clock.Advance(TimeSpan.FromMinutes(30));
        var overdue = (await lead.GetAsync<List<WhereaboutsNoteDto>>("/api/attendance/whereabouts/out")).Single(n => n.Id == opened.Id);
        await staff.PostAsync<WhereaboutsNoteDto>("/api/attendance/my/whereabouts/close", null);
        var afterClosing = fixture.Recorder.Take();

        opened.Date.ShouldBe(today);
        afterOpening.ShouldBe([new PersonDays(me, today, today)]);
        overdue.IsOverdue.ShouldBeTrue();
        afterClosing.ShouldBe([new PersonDays(me, today, today)]);
    }

    [Fact]
    public async Task Should_put_leave_to_approve_open_notes_and_my_pending_leave_on_the_home_pages()
    {
        var staff = await _app.SignInAsync("S0010");
        var lead = await _app.SignInAsync(Demo.Lead);
        var otherLead = await _app.SignInAsync("S0020");
        var monday = MondayAfter(Today).AddDays(21);
        await AskAsync(staff, monday, monday);
        await staff.PostAsync<WhereaboutsNoteDto>("/api/attendance/my/whereabouts",
            new OpenNoteInput("大厅咨询台", fixture.Clock.GetUtcNow().UtcDateTime.AddMinutes(30)));

        async Task<Dictionary<string, int?>> HomeAsync(ApiClient client) =>
            (await client.GetAsync<HomeDto>("/api/home")).Items.ToDictionary(i => i.Key, i => i.Count);
        var leadHome = await HomeAsync(lead);
        var staffHome = await HomeAsync(staff);
        var otherHome = await HomeAsync(otherLead);
        await staff.PostAsync<WhereaboutsNoteDto>("/api/attendance/my/whereabouts/close", null);

        leadHome["attendance.leaveToApprove"].ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(1);
        leadHome["attendance.openNotes"].ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(1);
        staffHome["attendance.myPendingLeave"].ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(1);
        staffHome.ShouldNotContainKey("attendance.leaveToApprove");
        otherHome.ShouldNotContainKey("attendance.openNotes"); // another unit's lead: nobody of theirs is out
    }

    [Fact]
    public async Task Should_refuse_to_cancel_on_the_first_day_once_the_clock_reaches_it()
    {
        var monday = MondayAfter(Today).AddDays(7);
        var staff = await _app.SignInAsync("S0009");
        var request = await AskAsync(staff, monday, monday);
        var other = await AskAsync(staff, monday.AddDays(1), monday.AddDays(1));

        // 23:59 on Sunday in Shanghai, then 00:00 on Tuesday; signed in afresh after each jump (a session idles out).
        fixture.Clock.SetUtcNow(new DateTimeOffset(monday.AddDays(-1).ToDateTime(new TimeOnly(15, 59)), TimeSpan.Zero));
        var dayBefore = await (await _app.SignInAsync("S0009")).PostRawAsync($"/api/attendance/my/leave/{request.Id}/cancel", null);
        fixture.Clock.SetUtcNow(new DateTimeOffset(monday.ToDateTime(new TimeOnly(16, 0)), TimeSpan.Zero));
        var onTheDay = await (await _app.SignInAsync("S0009")).PostRawAsync($"/api/attendance/my/leave/{other.Id}/cancel", null);

        dayBefore.StatusCode.ShouldBe(HttpStatusCode.OK);
        onTheDay.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ApiClient.ProblemAsync(onTheDay)).GetProperty("code").GetString().ShouldBe(AttendanceErrorCodes.LeaveAlreadyStarted);
    }
}

/// <summary>Remembers the person-days every write asked to recompute (the results area's calculator is not needed here).</summary>
public sealed class RecomputeRecorder
{
    private readonly ConcurrentQueue<PersonDays> _days = new();

    public void Add(IEnumerable<PersonDays> days)
    {
        foreach (var d in days) _days.Enqueue(d);
    }

    /// <summary>What was asked since the last call.</summary>
    public IReadOnlyList<PersonDays> Take()
    {
        var taken = new List<PersonDays>();
        while (_days.TryDequeue(out var d)) taken.Add(d);
        return taken;
    }
}

internal sealed class RecordingRecalculator(RecomputeRecorder recorder) : IDailyResultRecalculator
{
    public Task RecomputeAsync(IReadOnlyCollection<PersonDays> days, CancellationToken cancellationToken = default)
    {
        recorder.Add(days);
        return Task.CompletedTask;
    }
}

public abstract class AbsenceRecomputeFixture : IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero)); // Monday 10:00 in Shanghai

    public RecomputeRecorder Recorder { get; } = new();

    public TrainingApp App { get; private set; } = null!;

    public abstract DatabaseProvider Provider { get; }

    public Task InitializeAsync()
    {
        App = new TrainingApp(TestDatabase.Create(Provider), configure: s =>
        {
            s.AddSingleton<TimeProvider>(Clock);
            s.AddSingleton(Recorder);
            s.AddScoped<IDailyResultRecalculator, RecordingRecalculator>();
        });
        _ = App.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

public sealed class SqliteAbsenceRecomputeFixture : AbsenceRecomputeFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgreSqlAbsenceRecomputeFixture : AbsenceRecomputeFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}

public sealed class AbsenceRecomputeTests_Sqlite(SqliteAbsenceRecomputeFixture fixture)
    : AbsenceRecomputeTests(fixture), IClassFixture<SqliteAbsenceRecomputeFixture>;

public sealed class AbsenceRecomputeTests_PostgreSql(PostgreSqlAbsenceRecomputeFixture fixture)
    : AbsenceRecomputeTests(fixture), IClassFixture<PostgreSqlAbsenceRecomputeFixture>;

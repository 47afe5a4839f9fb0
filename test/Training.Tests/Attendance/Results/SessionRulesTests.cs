using Training.Attendance;
using Training.Attendance.Application.Results;
using Training.Attendance.Domain;
using Training.SharedKernel.Errors;

namespace Training.Tests.Attendance.Results;

/// <summary>The rules of a day's results and of the day's sessions, without a database.</summary>
public sealed class SessionRulesTests
{
    private static readonly DateOnly Day = new(2026, 11, 18);
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly ResultPolicy Policy = ResultPolicy.Default with { LateGraceMinutes = 5, EarlyGraceMinutes = 5, AllowedAwayMinutes = 15 };

    private static DateTime At(int hour, int minute, int second = 0) =>
        Day.ToDateTime(new TimeOnly(hour, minute, second), DateTimeKind.Utc).AddHours(-8);

    private static readonly IReadOnlyList<PlannedSession> TwoSessions = DayPlanner.ToInstants(Day,
        [new("上午", new(9, 0), new(12, 0)), new("下午", new(13, 30), new(17, 0))], Shanghai);

    private static IReadOnlyList<SessionOutcome> Evaluate(IReadOnlyList<DateTime> punches, IReadOnlyList<TimeSpanUtc>? pauses = null,
        IReadOnlyList<NoteSpan>? notes = null, IReadOnlyList<LeaveCover>? leaves = null, ResultPolicy? policy = null) =>
        SessionRules.Evaluate(new DayFacts(Day, TwoSessions, punches.Order().ToList(), leaves ?? [], pauses ?? [], notes ?? [], At(20, 0)),
            policy ?? Policy);

    private static readonly DateTime[] AfternoonOnTime = [At(13, 25), At(17, 2)];

    [Fact]
    public void Should_not_count_a_punch_inside_the_grace_minutes_as_late()
    {
        var day = Evaluate([At(9, 5), At(12, 0), .. AfternoonOnTime]);

        day[0].Status.ShouldBe(SessionStatus.Present);
        day[0].LateMinutes.ShouldBe(0);
        day[0].InAt.ShouldBe(At(9, 5));
    }

    [Fact]
    public void Should_count_a_punch_past_the_grace_as_late_by_the_minutes_from_the_start()
    {
        var day = Evaluate([At(9, 5, 30), At(12, 1), .. AfternoonOnTime]);

        day[0].Status.ShouldBe(SessionStatus.Late);
        day[0].LateMinutes.ShouldBe(6);
        day[1].Status.ShouldBe(SessionStatus.Present);
    }

    [Fact]
    public void Should_count_early_leave_and_absence_and_a_missing_punch()
    {
        var early = Evaluate([At(8, 55), At(11, 40)]);
        early[0].Status.ShouldBe(SessionStatus.EarlyLeave);
        early[0].EarlyMinutes.ShouldBe(20);
        early[1].Status.ShouldBe(SessionStatus.Absent);

        var missingOut = Evaluate([At(8, 55), .. AfternoonOnTime]);
        missingOut[0].Status.ShouldBe(SessionStatus.EarlyLeave);
        missingOut[0].MissingPunch.ShouldBeTrue();
        missingOut[0].EarlyMinutes.ShouldBe(0);
    }

    [Fact]
    public void Should_give_a_punch_in_the_lunch_gap_to_the_nearer_session()
    {
        var day = Evaluate([At(8, 50), At(12, 30), At(13, 20), At(17, 1)]);

        day[0].OutAt.ShouldBe(At(12, 30));
        day[1].InAt.ShouldBe(At(13, 20));
        day.ShouldAllBe(d => d.Status == SessionStatus.Present);
    }

    [Fact]
    public void Should_make_a_pause_of_allowed_plus_one_minutes_off_post_without_a_note_and_not_with_one()
    {
        TimeSpanUtc[] pause = [new(At(10, 0), At(10, 16))];
        TimeSpanUtc[] allowed = [new(At(10, 0), At(10, 15))];
        DateTime[] punches = [At(8, 55), At(12, 0), .. AfternoonOnTime];

        var without = Evaluate(punches, pause);
        without[0].Status.ShouldBe(SessionStatus.OffPost);
        without[0].OffPostMinutes.ShouldBe(16);

        Evaluate(punches, allowed)[0].Status.ShouldBe(SessionStatus.Present);

        var withNote = Evaluate(punches, pause, [new NoteSpan(At(9, 59), At(10, 20), At(10, 16))]);
        withNote[0].Status.ShouldBe(SessionStatus.Present);
        withNote[0].OffPostMinutes.ShouldBe(0);
    }

    [Fact]
    public void Should_count_a_note_open_past_its_expected_return_by_more_than_the_allowed_minutes_as_out_without_leave()
    {
        DateTime[] punches = [At(8, 55), At(12, 0), .. AfternoonOnTime];
        var overrun = Evaluate(punches, [new(At(10, 0), At(11, 0))], [new NoteSpan(At(10, 0), At(10, 20), At(11, 0))]);

        overrun[0].Status.ShouldBe(SessionStatus.OutWithoutLeave);
        overrun[0].OutMinutes.ShouldBe(40);
        overrun[0].OffPostMinutes.ShouldBe(0);

        Evaluate(punches, notes: [new NoteSpan(At(10, 0), At(10, 20), At(10, 35))])[0].Status.ShouldBe(SessionStatus.Present);
    }

    [Fact]
    public void Should_mark_every_session_of_a_day_with_more_notes_than_the_count_as_frequent_absence()
    {
        DateTime[] punches = [At(8, 55), At(12, 0), .. AfternoonOnTime];
        NoteSpan Note(int hour) => new(At(hour, 0), At(hour, 5), At(hour, 5));

        Evaluate(punches, notes: [Note(9), Note(10), Note(11)]).ShouldAllBe(o => !o.FrequentAbsence);
        Evaluate(punches, notes: [Note(9), Note(10), Note(11), Note(14)]).ShouldAllBe(o => o.FrequentAbsence);
    }

    [Fact]
    public void Should_cover_the_half_of_an_approved_leave_and_name_official_business()
    {
        var requestId = Guid.NewGuid();
        var day = Evaluate([], leaves: [new LeaveCover(requestId, IsOfficialBusiness: false, Day, DayHalf.Afternoon, Day.AddDays(2), DayHalf.Morning)]);

        day[0].Status.ShouldBe(SessionStatus.Absent);
        day[1].Status.ShouldBe(SessionStatus.OnLeave);
        day[1].LeaveRequestId.ShouldBe(requestId);

        Evaluate([], leaves: [new LeaveCover(requestId, IsOfficialBusiness: true, Day, DayHalf.Morning, Day, DayHalf.Afternoon)])
            .ShouldAllBe(o => o.Status == SessionStatus.OfficialBusiness);
    }

    [Fact]
    public void Should_use_the_summer_sessions_from_the_summer_start_and_the_winter_ones_from_the_winter_start()
    {
        var timetable = new TimetableView(5, 1, 10, 1, [new("上午", new(8, 30), new(12, 0)), new("下午", new(14, 30), new(18, 0))],
            [new("上午", new(9, 0), new(12, 0)), new("下午", new(13, 30), new(17, 0))]);

        DayPlanner.SessionsOf(new DateOnly(2026, 4, 30), true, timetable, [])[1].Start.ShouldBe(new TimeOnly(13, 30));
        DayPlanner.SessionsOf(new DateOnly(2026, 5, 1), true, timetable, [])[1].Start.ShouldBe(new TimeOnly(14, 30));
        DayPlanner.SessionsOf(new DateOnly(2026, 9, 30), true, timetable, [])[0].Start.ShouldBe(new TimeOnly(8, 30));
        DayPlanner.SessionsOf(new DateOnly(2026, 10, 1), true, timetable, [])[0].Start.ShouldBe(new TimeOnly(9, 0));
        Timetable.SeasonOf(new DateOnly(2026, 1, 15), 11, 1, 3, 1).ShouldBe(TimetableSeason.Summer); // a southern-hemisphere order still works
    }

    [Fact]
    public void Should_apply_staggered_extended_and_appointment_shifts()
    {
        var timetable = TimetableView.Default;
        var winterDay = new DateOnly(2026, 11, 18);
        ShiftView staggeredWindow = new(ShiftKind.Staggered, false, [new("错时上午", new(10, 0), new(13, 0)), new("错时下午", new(14, 0), new(19, 0))]);
        ShiftView staggeredPerson = new(ShiftKind.Staggered, true, [new("个人错时", new(11, 0), new(19, 0))]);
        ShiftView evening = new(ShiftKind.Extended, false, [new("延时", new(17, 0), new(19, 0))]);
        ShiftView appointment = new(ShiftKind.Appointment, false, [new("预约", new(9, 0), new(12, 0))]);

        DayPlanner.SessionsOf(winterDay, true, timetable, [staggeredWindow]).Select(s => s.Name).ShouldBe(["错时上午", "错时下午"]);
        DayPlanner.SessionsOf(winterDay, true, timetable, [staggeredWindow, staggeredPerson]).Single().Name.ShouldBe("个人错时");
        DayPlanner.SessionsOf(winterDay, true, timetable, [evening]).Last().End.ShouldBe(new TimeOnly(19, 0)); // touches 17:00: longer
        DayPlanner.SessionsOf(winterDay, true, timetable, [evening]).Count.ShouldBe(2);
        DayPlanner.SessionsOf(winterDay, true, timetable, [appointment]).Select(s => s.Name).ShouldBe(["上午", "下午"]);
        DayPlanner.SessionsOf(winterDay, false, timetable, []).ShouldBeEmpty();
        DayPlanner.SessionsOf(winterDay, false, timetable, [appointment]).Single().Name.ShouldBe("预约");
    }

    [Fact]
    public void Should_refuse_overlapping_or_reversed_sessions()
    {
        Should.Throw<BusinessException>(() => SessionTime.Validate([new("上午", new(9, 0), new(12, 0)), new("午间", new(11, 30), new(13, 0))],
            AttendanceErrorCodes.TimetableNeedsSessions)).Code.ShouldBe(AttendanceErrorCodes.SessionsOverlap);
        Should.Throw<BusinessException>(() => SessionTime.Validate([new("上午", new(12, 0), new(9, 0))],
            AttendanceErrorCodes.TimetableNeedsSessions)).Code.ShouldBe(AttendanceErrorCodes.SessionTimesInvalid);
        SessionTime.Parse(SessionTime.Format([new("上午", new(9, 0), new(12, 0))])).Single().End.ShouldBe(new TimeOnly(12, 0));
    }
}

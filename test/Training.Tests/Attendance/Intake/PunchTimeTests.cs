using Training.Attendance.Application.Intake;

namespace Training.Tests.Attendance.Intake;

/// <summary>From a device's raw reading to the corrected instant and business date, with and without DST.</summary>
public sealed class PunchTimeTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static DateTime Raw(int y, int mo, int d, int h, int mi, int s = 0) => new(y, mo, d, h, mi, s, DateTimeKind.Utc);

    private static DateTime Utc(int y, int mo, int d, int h, int mi, int s = 0) => new(y, mo, d, h, mi, s, DateTimeKind.Utc);

    [Fact]
    public void Should_take_shanghai_time_eight_hours_ahead_of_utc_all_year()
    {
        PunchTime.Derive(Raw(2030, 1, 15, 8, 59), Shanghai, 0).ShouldBe((Utc(2030, 1, 15, 0, 59), new DateOnly(2030, 1, 15)));
        PunchTime.Derive(Raw(2030, 7, 15, 8, 59), Shanghai, 0).ShouldBe((Utc(2030, 7, 15, 0, 59), new DateOnly(2030, 7, 15)));
        // Early morning local is the previous day in UTC, but the business date is the local one.
        PunchTime.Derive(Raw(2030, 7, 15, 6, 0), Shanghai, 0).ShouldBe((Utc(2030, 7, 14, 22, 0), new DateOnly(2030, 7, 15)));
    }

    [Fact]
    public void Should_add_the_correction_before_converting_and_move_the_date_across_midnight()
    {
        PunchTime.Derive(Raw(2030, 3, 5, 8, 59, 30), Shanghai, 60).ShouldBe((Utc(2030, 3, 5, 1, 0, 30), new DateOnly(2030, 3, 5)));
        PunchTime.Derive(Raw(2030, 3, 5, 23, 59, 30), Shanghai, 60).ShouldBe((Utc(2030, 3, 5, 16, 0, 30), new DateOnly(2030, 3, 6)));
        PunchTime.Derive(Raw(2030, 3, 6, 0, 0, 30), Shanghai, -60).ShouldBe((Utc(2030, 3, 5, 15, 59, 30), new DateOnly(2030, 3, 5)));
    }

    [Fact]
    public void Should_follow_summer_time_in_a_zone_with_dst()
    {
        PunchTime.Derive(Raw(2030, 1, 15, 9, 0), Berlin, 0).At.ShouldBe(Utc(2030, 1, 15, 8, 0));
        PunchTime.Derive(Raw(2030, 7, 15, 9, 0), Berlin, 0).At.ShouldBe(Utc(2030, 7, 15, 7, 0));
        // 2030-03-31 02:00 → 03:00 in Berlin: a clock one hour slow reading 01:30 means 02:30, which does not exist
        // (standard offset), and reading 08:00 means 09:00 summer time.
        PunchTime.Derive(Raw(2030, 3, 31, 1, 30), Berlin, 3600).At.ShouldBe(Utc(2030, 3, 31, 1, 30));
        PunchTime.Derive(Raw(2030, 3, 31, 8, 0), Berlin, 3600).At.ShouldBe(Utc(2030, 3, 31, 7, 0));
    }

    [Fact]
    public void Should_cut_a_range_into_one_stretch_without_dst_and_at_the_transition_with_it()
    {
        var plain = PunchTime.Stretches(Shanghai, new DateOnly(2030, 3, 1), new DateOnly(2030, 3, 31), 60);
        plain.ShouldBe([new RawStretch(Raw(2030, 3, 1, 0, 0), Raw(2030, 4, 1, 0, 0), 60 - 8 * 3600)]);

        var summer = PunchTime.Stretches(Berlin, new DateOnly(2030, 3, 30), new DateOnly(2030, 3, 31), 3600);
        summer.ShouldBe(
        [
            new RawStretch(Raw(2030, 3, 30, 0, 0), Raw(2030, 3, 31, 2, 0), 0),   // corrected local < 03:00: UTC+1
            new RawStretch(Raw(2030, 3, 31, 2, 0), Raw(2030, 4, 1, 0, 0), -3600), // from 03:00 local: UTC+2
        ]);
    }

    [Fact]
    public void Should_give_the_same_instant_from_the_stretches_as_from_the_derivation()
    {
        var from = new DateOnly(2030, 10, 26);
        var to = new DateOnly(2030, 10, 28);
        foreach (var correction in new[] { -7, 0, 1800, 3600 })
        {
            var stretches = PunchTime.Stretches(Berlin, from, to, correction);
            for (var raw = Raw(2030, 10, 26, 0, 0); raw < Raw(2030, 10, 29, 0, 0); raw = raw.AddMinutes(7))
            {
                var stretch = stretches.Single(s => s.From <= raw && raw < s.To);
                raw.AddSeconds(stretch.SecondsToInstant).ShouldBe(PunchTime.Derive(raw, Berlin, correction).At, $"{raw:O} {correction}");
            }
        }
    }

    [Fact]
    public void Should_apply_the_latest_correction_recorded_for_a_date()
    {
        var clock = new DeviceClock(Shanghai,
        [
            new CorrectionSpan(new DateOnly(2030, 3, 1), new DateOnly(2030, 3, 31), 120, Utc(2030, 4, 1, 0, 0)),
            new CorrectionSpan(new DateOnly(2030, 3, 10), new DateOnly(2030, 3, 12), -30, Utc(2030, 4, 2, 0, 0)),
        ]);

        clock.CorrectionSecondsOn(new DateOnly(2030, 2, 28)).ShouldBe(0);
        clock.CorrectionSecondsOn(new DateOnly(2030, 3, 9)).ShouldBe(120);
        clock.CorrectionSecondsOn(new DateOnly(2030, 3, 11)).ShouldBe(-30);
        clock.Derive(Raw(2030, 3, 11, 9, 0)).At.ShouldBe(Utc(2030, 3, 11, 0, 59, 30));
    }

    [Fact]
    public void Should_collapse_consecutive_dates_of_a_person_into_ranges()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var d = new DateOnly(2030, 3, 4);
        var ranges = PersonDayRanges.Collapse([(a, d), (a, d.AddDays(1)), (a, d), (a, d.AddDays(2)), (a, d.AddDays(7)), (b, d.AddDays(3))]);

        ranges.OrderBy(r => r.StaffId == a ? 0 : 1).ThenBy(r => r.From).ShouldBe(
        [
            new Training.Attendance.Application.Results.PersonDays(a, d, d.AddDays(2)),
            new Training.Attendance.Application.Results.PersonDays(a, d.AddDays(7), d.AddDays(7)),
            new Training.Attendance.Application.Results.PersonDays(b, d.AddDays(3), d.AddDays(3)),
        ]);
    }
}

using Training.Attendance.Application.Results;

namespace Training.Tests.Attendance.Results;

/// <summary>How the calculator splits its punch read: by shared runs of dates, never more than a bounded number of queries.</summary>
public sealed class PunchReadsTests
{
    private static readonly DateOnly Day = new(2026, 10, 12);
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid();

    [Fact]
    public void Should_read_the_people_of_a_file_over_their_shared_dates_in_one_query()
    {
        var days = new[] { A, B }.SelectMany(p => Enumerable.Range(0, 5).Select(i => (p, Day.AddDays(i))));

        var reads = DailyResultRecalculator.PunchReads(days).ShouldHaveSingleItem();

        reads.Range.ShouldBe((Day, Day.AddDays(4)));
        reads.People.ShouldBe([A, B], ignoreOrder: true);
    }

    [Fact]
    public void Should_read_scattered_days_on_their_own_dates_only()
    {
        var reads = DailyResultRecalculator.PunchReads([(A, Day), (B, Day), (C, Day.AddDays(30)), (A, Day.AddDays(1)), (B, Day.AddDays(200))]);

        var names = new Dictionary<Guid, string> { [A] = "A", [B] = "B", [C] = "C" };
        reads.Select(r => $"{r.Range.From:MM-dd}..{r.Range.To:MM-dd} {string.Join(",", r.People.Select(p => names[p]).Order())}").Order().ShouldBe(
        [
            "04-30..04-30 B",
            "10-12..10-12 B",
            "10-12..10-13 A",
            "11-11..11-11 C",
        ]);
    }

    [Fact]
    public void Should_read_the_whole_span_once_when_the_runs_are_too_many()
    {
        // Every other day of two years: more runs than MaxPunchReads.
        var days = Enumerable.Range(0, DailyResultRecalculator.MaxPunchReads + 1).Select(i => (A, Day.AddDays(2 * i))).Append((B, Day.AddDays(3)));

        var reads = DailyResultRecalculator.PunchReads(days).ShouldHaveSingleItem();

        reads.Range.ShouldBe((Day, Day.AddDays(2 * DailyResultRecalculator.MaxPunchReads)));
        reads.People.ShouldBe([A, B], ignoreOrder: true);
    }
}

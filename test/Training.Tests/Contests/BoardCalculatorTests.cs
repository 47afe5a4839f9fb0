using Training.Contests;
using Training.Contests.Application.Board;

namespace Training.Tests.Contests;

/// <summary>The leaderboard's numbers: normalised rounds, weights, the rule per round, ranks by the tie rule.</summary>
public sealed class BoardCalculatorTests
{
    private static readonly BoardRound Written = new(Guid.NewGuid(), 1, RoundKind.Written, 40, 0);
    private static readonly BoardRound Practical = new(Guid.NewGuid(), 2, RoundKind.Practical, 60, 40); // 4 criteria × 10

    [Fact]
    public void Four_judges_give_the_plain_mean_and_five_the_trimmed_mean_each_with_its_rule()
    {
        var (first, second) = (new BoardEntry(Guid.NewGuid(), 2), new BoardEntry(Guid.NewGuid(), 1));
        var at = new DateTime(2026, 5, 20, 1, 0, 0, DateTimeKind.Utc);
        // First: four judges (the fifth recused) 30, 32, 34, 36 → 132 / 4 = 33 of 40 → 82.5.
        // Second: five judges 20, 30, 31, 32, 40 → drop 40 and 20: 93 / 3 = 31 of 40 → 77.5.
        var sheets = new[] { 30m, 32m, 34m, 36m }.Select(t => new SheetTotal(first.Id, Practical.Id, t))
            .Concat(new[] { 20m, 30m, 31m, 32m, 40m }.Select(t => new SheetTotal(second.Id, Practical.Id, t)));
        // Written: 70 and 90. Totals: (40 × 70 + 60 × 82.5) / 100 = 77.5; (40 × 90 + 60 × 77.5) / 100 = 82.5.
        var written = new[] { new WrittenScore(first.Id, Written.Id, 70, at), new WrittenScore(second.Id, Written.Id, 90, at.AddMinutes(5)) };

        var lines = BoardCalculator.Compute([Practical, Written], [first, second], sheets, written, 5);

        lines.Select(l => (l.EntryId, l.Total, l.Rank)).ShouldBe([(second.Id, (double?)82.5, (int?)1), (first.Id, 77.5, 2)]);
        var firstPractical = lines[1].Rounds[1];
        (firstPractical.Score, firstPractical.Rule, firstPractical.Judges).ShouldBe((82.5, ScoreRule.Mean, 4));
        var secondPractical = lines[0].Rounds[1];
        (secondPractical.Score, secondPractical.Rule, secondPractical.Judges).ShouldBe((77.5, ScoreRule.TrimmedMean, 5));
        lines[0].Rounds[0].ShouldBe(new BoardRoundScoreDto(Written.Id, 90, ScoreRule.Exam, 0));
    }

    [Fact]
    public void Equal_totals_rank_by_the_written_round_and_unscored_entries_come_last_without_a_rank()
    {
        var (a, b, c) = (new BoardEntry(Guid.NewGuid(), 1), new BoardEntry(Guid.NewGuid(), 2), new BoardEntry(Guid.NewGuid(), 3));
        var at = new DateTime(2026, 5, 20, 1, 0, 0, DateTimeKind.Utc);
        // a: written 80, judged 20 of 40 (50) → 40 × 80 + 60 × 50 = 6200 → 62; b: written 65, judged 60 → 2600 + 3600 → 62.
        var lines = BoardCalculator.Compute([Written, Practical], [a, b, c],
            [new(a.Id, Practical.Id, 20m), new(b.Id, Practical.Id, 24m)],
            [new(a.Id, Written.Id, 80, at.AddMinutes(9)), new(b.Id, Written.Id, 65, at)], 5);

        lines.Select(l => (l.EntryId, l.Total, l.Rank)).ShouldBe([(a.Id, (double?)62, (int?)1), (b.Id, 62, 2), (c.Id, null, null)]);
    }
}

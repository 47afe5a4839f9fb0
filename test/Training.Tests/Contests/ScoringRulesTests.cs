using Training.Contests;
using Training.Contests.Application.Scoring;

namespace Training.Tests.Contests;

/// <summary>The contest's scoring rules against values worked out by hand.</summary>
public sealed class ScoringRulesTests
{
    private const int MinJudges = 5;

    [Fact]
    public void Four_judges_get_the_plain_mean()
    {
        // (80 + 85 + 90 + 70) / 4 = 325 / 4 = 81.25
        var score = JudgedRoundScorer.Score([80m, 85m, 90m, 70m], MinJudges)!;

        score.Score.ShouldBe(81.25m);
        score.Rule.ShouldBe(ScoreRule.Mean);
        score.JudgeCount.ShouldBe(4);
    }

    [Fact]
    public void Five_judges_drop_the_highest_and_the_lowest()
    {
        // drop 95 and 70: (80 + 85 + 90) / 3 = 255 / 3 = 85
        var score = JudgedRoundScorer.Score([80m, 85m, 90m, 70m, 95m], MinJudges)!;

        score.Score.ShouldBe(85m);
        score.Rule.ShouldBe(ScoreRule.TrimmedMean);
        score.JudgeCount.ShouldBe(5);
    }

    [Fact]
    public void Seven_judges_drop_the_highest_and_the_lowest()
    {
        // drop 95 and 66: (78 + 82 + 91 + 88 + 80) / 5 = 419 / 5 = 83.8
        var score = JudgedRoundScorer.Score([78m, 82m, 91m, 66m, 88m, 95m, 80m], MinJudges)!;

        score.Score.ShouldBe(83.8m);
        score.Rule.ShouldBe(ScoreRule.TrimmedMean);
    }

    [Fact]
    public void Only_one_of_equal_highest_and_lowest_totals_is_dropped()
    {
        // drop one 90 and one 70: (90 + 80 + 70) / 3 = 80
        JudgedRoundScorer.Score([90m, 90m, 80m, 70m, 70m], MinJudges)!.Score.ShouldBe(80m);
    }

    [Fact]
    public void The_threshold_is_a_setting()
    {
        // With the threshold at 4, four judges are trimmed: drop 90 and 70 → (80 + 85) / 2 = 82.5
        JudgedRoundScorer.Score([80m, 85m, 90m, 70m], 4)!.ShouldBe(new JudgedRoundScore(82.5m, ScoreRule.TrimmedMean, 4));
        JudgedRoundScorer.Score([], MinJudges).ShouldBeNull();
        Should.Throw<ArgumentOutOfRangeException>(() => JudgedRoundScorer.Score([1m, 2m], 2));
    }

    [Fact]
    public void The_rule_is_stated_in_both_languages()
    {
        ScoreRuleText.Zh(ScoreRule.TrimmedMean).ShouldBe("去掉一个最高分和一个最低分后的平均");
        ScoreRuleText.Zh(ScoreRule.Mean).ShouldBe("算术平均");
        ScoreRuleText.En(ScoreRule.Mean).ShouldBe("Plain mean");
    }

    [Fact]
    public void Rounds_are_normalised_to_100_and_weighted()
    {
        // A rubric of 4 criteria × 10 points: 34 of 40 → 85; an exam at 72 %.
        var judged = ScoreNormaliser.Judged(34m, 40m);
        judged.ShouldBe(85m);
        ScoreNormaliser.Written(72m).ShouldBe(72m);

        // Written weight 40, judged weight 60: (40 × 72 + 60 × 85) / 100 = (2880 + 5100) / 100 = 79.8
        FinalScoreCalculator.Final([new(40m, 72m), new(60m, judged)]).ShouldBe(79.8m);
        // Weights need not sum to 100: (1 × 72 + 2 × 85) / 3 = 242 / 3 = 80.666… → 80.67
        FinalScoreCalculator.Final([new(1m, 72m), new(2m, 85m)]).ShouldBe(80.67m);
    }

    [Fact]
    public void A_round_without_a_score_yet_counts_as_zero()
    {
        // (40 × 72 + 60 × 0) / 100 = 28.8
        FinalScoreCalculator.Final([new(40m, 72m), new(60m, null)]).ShouldBe(28.8m);
        Should.Throw<ArgumentOutOfRangeException>(() => FinalScoreCalculator.Final([new(0m, 50m)]));
        Should.Throw<ArgumentOutOfRangeException>(() => ScoreNormaliser.Judged(10m, 0m));
    }

    [Fact]
    public void Ties_go_to_the_higher_written_score_then_the_earlier_submission()
    {
        var at = new DateTimeOffset(2026, 5, 20, 9, 0, 0, TimeSpan.FromHours(8));
        var (a, b, c, d, e) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var ranking = ContestRanker.Rank([
            new(a, 88m, 80m, at.AddMinutes(30)),
            new(b, 90m, 70m, at.AddMinutes(50)),
            new(c, 88m, 80m, at.AddMinutes(10)), // same total and written score as a, submitted earlier
            new(d, 88m, 85m, at.AddMinutes(55)), // same total, higher written score
            new(e, 88m, null, null),             // same total, no written score: after all who have one
        ]);

        ranking.Select(r => r.EntryId).ShouldBe([b, d, c, a, e]);
        ranking.Select(r => r.Rank).ShouldBe([1, 2, 3, 4, 5]);
    }

    [Fact]
    public void Entries_equal_on_every_key_share_a_rank()
    {
        var at = DateTimeOffset.UnixEpoch;
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var ranking = ContestRanker.Rank([new(a, 90m, 80m, at), new(b, 90m, 80m, at), new(c, 70m, 60m, at)]);

        ranking.Select(r => r.Rank).ShouldBe([1, 1, 3]);
    }

    [Fact]
    public void Tiers_by_count_fill_down_the_ranking()
    {
        var ranking = Ranking(10);
        var awards = AwardTierAllocator.Allocate(ranking,
            [("一等奖", TierQuota.OfCount(1)), ("二等奖", TierQuota.OfCount(2)), ("三等奖", TierQuota.OfCount(3))]);

        awards.Select(a => a.Tier).ShouldBe(["一等奖", "二等奖", "二等奖", "三等奖", "三等奖", "三等奖"]);
        awards.Select(a => a.EntryId).ShouldBe(ranking.Take(6).Select(r => r.EntryId));
    }

    [Fact]
    public void Tiers_by_share_round_down()
    {
        // 25 entries: 10 % → 2.5 → 2; 20 % → 5; 30 % → 7.5 → 7.
        var awards = AwardTierAllocator.Allocate(Ranking(25),
            [(1, TierQuota.OfShare(10m)), (2, TierQuota.OfShare(20m)), (3, TierQuota.OfShare(30m))]);

        awards.Count(a => a.Tier == 1).ShouldBe(2);
        awards.Count(a => a.Tier == 2).ShouldBe(5);
        awards.Count(a => a.Tier == 3).ShouldBe(7);
    }

    [Fact]
    public void A_tie_at_a_tier_boundary_joins_the_tier_and_takes_from_the_next()
    {
        var ranking = new[] { 1, 2, 2, 4, 5, 6 }.Select(r => new RankedEntry(Guid.NewGuid(), r, 100 - r)).ToList();
        var awards = AwardTierAllocator.Allocate(ranking,
            [("一等奖", TierQuota.OfCount(2)), ("二等奖", TierQuota.OfCount(1)), ("三等奖", TierQuota.OfCount(2))]);

        // 一等奖 takes places 1–2, and place 3 is tied with place 2 so it joins; 二等奖's one place is used up by it.
        awards.Select(a => a.Tier).ShouldBe(["一等奖", "一等奖", "一等奖", "三等奖", "三等奖"]);
    }

    [Fact]
    public void More_places_than_entries_award_everyone_once()
    {
        var awards = AwardTierAllocator.Allocate(Ranking(2), [("一等奖", TierQuota.OfCount(1)), ("优秀奖", TierQuota.OfCount(5))]);

        awards.Select(a => a.Tier).ShouldBe(["一等奖", "优秀奖"]);
        Should.Throw<ArgumentOutOfRangeException>(() => AwardTierAllocator.Places(TierQuota.OfShare(120m), 10));
    }

    private static List<RankedEntry> Ranking(int count) =>
        Enumerable.Range(1, count).Select(rank => new RankedEntry(Guid.NewGuid(), rank, 100 - rank)).ToList();
}

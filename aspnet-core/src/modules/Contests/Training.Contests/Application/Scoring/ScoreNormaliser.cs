namespace Training.Contests.Application.Scoring;

/// <summary>
/// Every round's score is put on a 0–100 scale before weighting, so a rubric of 40 points and one of 120 weigh the
/// same: a judged round's score over the sum of its criteria's maximum points; a written round's exam percent as is.
/// </summary>
public static class ScoreNormaliser
{
    public static decimal Judged(decimal roundScore, decimal sumOfMaxPoints)
    {
        if (sumOfMaxPoints <= 0)
            throw new ArgumentOutOfRangeException(nameof(sumOfMaxPoints), sumOfMaxPoints, "A rubric has points.");
        return roundScore / sumOfMaxPoints * 100m;
    }

    public static decimal Written(decimal examScorePercent) => Math.Clamp(examScorePercent, 0m, 100m);
}

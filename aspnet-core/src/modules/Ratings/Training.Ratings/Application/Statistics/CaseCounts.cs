using System.Linq.Expressions;
using Training.Ratings.Domain;

namespace Training.Ratings.Application.Statistics;

/// <summary>
/// The bad-rating loop's counts of a set of cases, counted by SQL (one GROUP BY): "due" means the verdict is real or
/// not yet given (a mistaken or malicious rating needs no callback nor rectification); callbacks are due for real-name
/// ratings only. Overdue is as of <c>today</c>, the cases still open past a deadline.
/// </summary>
internal sealed record CaseCounts(Guid Key, int Cases, int CallbackDue, int CalledBack, int CalledBackOnTime, int RectifyDue, int Rectified,
    int RectifiedOnTime, int Open, int Overdue, int VerifiedReal, int MistakenOrMalicious)
{
    public static readonly CaseCounts None = new(Guid.Empty, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>The counts of several groups together (a dashboard over several halls).</summary>
    public static CaseCounts Sum(IReadOnlyCollection<CaseCounts> groups) => new(Guid.Empty, groups.Sum(g => g.Cases), groups.Sum(g => g.CallbackDue),
        groups.Sum(g => g.CalledBack), groups.Sum(g => g.CalledBackOnTime), groups.Sum(g => g.RectifyDue), groups.Sum(g => g.Rectified),
        groups.Sum(g => g.RectifiedOnTime), groups.Sum(g => g.Open), groups.Sum(g => g.Overdue), groups.Sum(g => g.VerifiedReal),
        groups.Sum(g => g.MistakenOrMalicious));

    /// <summary>Counts per key (a person, window, unit or hall; the key is a column: a constant key is not portable SQL).</summary>
    public static IQueryable<CaseCounts> Of(IQueryable<BadRatingCase> cases, Expression<Func<BadRatingCase, Guid>> key, DateOnly today) =>
        cases.GroupBy(key).Select(g => new CaseCounts(
            g.Key,
            g.Count(),
            g.Count(c => c.IsRealName && (c.Verdict == null || c.Verdict == CaseVerdict.Real)),
            g.Count(c => c.IsRealName && (c.Verdict == null || c.Verdict == CaseVerdict.Real) && c.CalledBackDate != null),
            g.Count(c => c.IsRealName && (c.Verdict == null || c.Verdict == CaseVerdict.Real) && c.CalledBackDate <= c.CallbackDue),
            g.Count(c => c.Verdict == null || c.Verdict == CaseVerdict.Real),
            g.Count(c => (c.Verdict == null || c.Verdict == CaseVerdict.Real) && c.RectifiedDate != null),
            g.Count(c => (c.Verdict == null || c.Verdict == CaseVerdict.Real) && c.RectifiedDate <= c.RectifyDue),
            g.Count(c => c.State != CaseState.Closed),
            g.Count(c => c.State != CaseState.Closed && (c.Verdict == null || c.Verdict == CaseVerdict.Real)
                         && ((c.IsRealName && c.CalledBackDate == null && c.CallbackDue < today)
                             || (c.RectifiedDate == null && c.RectifyDue < today))),
            g.Count(c => c.Verdict == CaseVerdict.Real),
            g.Count(c => c.Verdict == CaseVerdict.Mistaken || c.Verdict == CaseVerdict.Malicious)));
}

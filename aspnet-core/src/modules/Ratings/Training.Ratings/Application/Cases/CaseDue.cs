using Training.Ratings.Domain;

namespace Training.Ratings.Application.Cases;

/// <summary>
/// The deadlines of open cases, in SQL, as <see cref="BadRatingCase.CallbackOverdue"/> and
/// <see cref="BadRatingCase.RectifyOverdue"/> say them: a callback is owed by a real-name case not found mistaken or
/// malicious and not called back yet; a rectification by every such case not rectified yet.
/// </summary>
internal static class CaseDue
{
    /// <summary>A step still owed whose deadline passed before <paramref name="today"/>.</summary>
    public static IQueryable<BadRatingCase> Overdue(this IQueryable<BadRatingCase> cases, DateOnly today) =>
        cases.Where(c => c.State != CaseState.Closed && (c.Verdict == null || c.Verdict == CaseVerdict.Real)
            && ((c.IsRealName && c.CalledBackDate == null && c.CallbackDue < today) || (c.RectifiedDate == null && c.RectifyDue < today)));

    /// <summary>A step still owed whose deadline is <paramref name="today"/>.</summary>
    public static IQueryable<BadRatingCase> DueOn(this IQueryable<BadRatingCase> cases, DateOnly today) =>
        cases.Where(c => c.State != CaseState.Closed && (c.Verdict == null || c.Verdict == CaseVerdict.Real)
            && ((c.IsRealName && c.CalledBackDate == null && c.CallbackDue == today) || (c.RectifiedDate == null && c.RectifyDue == today)));

    /// <summary>A step still owed whose deadline is today or passed: what the home page counts.</summary>
    public static IQueryable<BadRatingCase> DueByOrOverdue(this IQueryable<BadRatingCase> cases, DateOnly today) =>
        cases.Where(c => c.State != CaseState.Closed && (c.Verdict == null || c.Verdict == CaseVerdict.Real)
            && ((c.IsRealName && c.CalledBackDate == null && c.CallbackDue <= today) || (c.RectifiedDate == null && c.RectifyDue <= today)));
}

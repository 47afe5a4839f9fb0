using Microsoft.EntityFrameworkCore;
using Training.Learning.EntityFrameworkCore;
using Training.SharedKernel.Scoping;

namespace Training.Learning.Application;

/// <summary>
/// Completion and pass rates per unit, grouped in SQL by the unit recorded when people enrolled or sat (not their
/// unit today), within the caller's scope.
/// </summary>
internal sealed class LearningStatisticsService(LearningDbContext db, IDataScopeProvider scopes)
{
    public async Task<IReadOnlyList<UnitLearningStatisticsDto>> ByUnitAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        var enrolments = await db.Enrollments.WhereInScope(scope, e => e.HallId, e => e.UnitId, e => e.StaffId)
            .Where(e => e.EnrolledAt >= fromUtc && e.EnrolledAt < toUtc)
            .GroupBy(e => new { e.HallId, e.UnitId })
            .Select(g => new { g.Key.HallId, g.Key.UnitId, Enrolled = g.Count(), Completed = g.Count(e => e.CompletedAt != null) })
            .ToListAsync(cancellationToken);
        var attempts = await db.Attempts.WhereInScope(scope, a => a.HallId, a => a.UnitId, a => a.StaffId)
            .Where(a => a.SubmittedAt >= fromUtc && a.SubmittedAt < toUtc)
            .GroupBy(a => new { a.HallId, a.UnitId })
            .Select(g => new { g.Key.HallId, g.Key.UnitId, Attempts = g.Count(), Passed = g.Count(a => a.Passed == true) })
            .ToListAsync(cancellationToken);
        var keys = enrolments.Select(e => (e.HallId, e.UnitId)).Union(attempts.Select(a => (a.HallId, a.UnitId)));
        return keys.Select(k =>
        {
            var e = enrolments.FirstOrDefault(x => x.HallId == k.HallId && x.UnitId == k.UnitId);
            var a = attempts.FirstOrDefault(x => x.HallId == k.HallId && x.UnitId == k.UnitId);
            return new UnitLearningStatisticsDto(k.UnitId, k.HallId, e?.Enrolled ?? 0, e?.Completed ?? 0, Rate(e?.Completed, e?.Enrolled),
                a?.Attempts ?? 0, a?.Passed ?? 0, Rate(a?.Passed, a?.Attempts));
        }).OrderBy(s => s.HallId).ThenBy(s => s.UnitId).ToList();
    }

    private static double Rate(int? part, int? whole) => whole is > 0 ? Math.Round((double)part!.Value / whole.Value, 4) : 0;
}

using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Training.Ratings.Domain;
using Training.Ratings.EntityFrameworkCore;
using Training.SharedKernel.Settings;
using Training.SharedKernel.Time;

namespace Training.Ratings.Application.Statistics;

/// <summary>
/// <see cref="IRatingIntegrationService"/>: for a set of people, windows or units, a fixed number of GROUP BY queries
/// (ratings by key and level, cases by key, surveys and service records by key), whatever the number of ids. Excluded
/// ratings are counted apart and their cases left out.
/// </summary>
internal sealed class RatingIntegrationService(RatingsDbContext db, ISettingProvider settings, TimeProvider clock) : IRatingIntegrationService
{
    public Task<IReadOnlyList<RatingFacts>> GetByStaffAsync(IReadOnlyCollection<Guid> staffIds, DateOnly from, DateOnly to,
        CancellationToken cancellationToken = default) =>
        FactsAsync(staffIds, from, to, r => r.StaffId, c => c.StaffId!.Value, c => c.StaffId != null && staffIds.Contains(c.StaffId.Value),
            serviceKey: r => r.StaffId, serviceIn: r => staffIds.Contains(r.StaffId), surveys: false, cancellationToken);

    public Task<IReadOnlyList<RatingFacts>> GetByWindowsAsync(IReadOnlyCollection<Guid> windowIds, DateOnly from, DateOnly to,
        CancellationToken cancellationToken = default) =>
        FactsAsync(windowIds, from, to, r => r.WindowId, c => c.WindowId, c => windowIds.Contains(c.WindowId),
            serviceKey: null, serviceIn: null, surveys: false, cancellationToken);

    public Task<IReadOnlyList<RatingFacts>> GetByUnitsAsync(IReadOnlyCollection<Guid> unitIds, DateOnly from, DateOnly to,
        CancellationToken cancellationToken = default) =>
        FactsAsync(unitIds, from, to, r => r.UnitId, c => c.UnitId, c => unitIds.Contains(c.UnitId),
            serviceKey: r => r.UnitId, serviceIn: r => unitIds.Contains(r.UnitId), surveys: true, cancellationToken);

    public async Task<IReadOnlyList<RatingSource>> GetSourcesAsync(IReadOnlyCollection<Guid> staffIds, DateOnly from, DateOnly to,
        CancellationToken cancellationToken = default)
    {
        if (staffIds.Count == 0) return [];
        var ids = staffIds.Distinct().ToList();
        var rule = await SatisfactionRule.ReadAsync(settings, cancellationToken);
        var ratings = await db.Ratings.AsNoTracking()
            .Where(r => r.StaffId != null && ids.Contains(r.StaffId.Value) && r.Date >= from && r.Date <= to)
            .Select(r => new { r.Id, StaffId = r.StaffId!.Value, r.Date, r.Level, Excluded = r.ExcludedByAppealId != null })
            .ToListAsync(cancellationToken);
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.StaffId != null && ids.Contains(c.StaffId.Value) && c.OpenedDate >= from && c.OpenedDate <= to)
            .Select(c => new { c.Id, StaffId = c.StaffId!.Value, c.OpenedDate, c.State, c.RatingId }).ToListAsync(cancellationToken);
        var months = DashboardService.Months(from, to);
        var records = await db.ServiceRecords.AsNoTracking()
            .Where(r => ids.Contains(r.StaffId) && months.Contains(r.Year * 100 + r.Month))
            .Select(r => new { r.Id, r.StaffId, r.Year, r.Month, r.CaseVolume }).ToListAsync(cancellationToken);
        var excluded = ratings.Where(r => r.Excluded).Select(r => r.Id).ToHashSet();
        return ratings.Select(r => new RatingSource(r.StaffId, RatingSourceKind.Rating, r.Id, r.Date, r.Level, rule.PointsOf(r.Level), r.Excluded, null))
            .Concat(cases.Select(c => new RatingSource(c.StaffId, RatingSourceKind.BadRatingCase, c.Id, c.OpenedDate, null, null,
                excluded.Contains(c.RatingId), c.State)))
            .Concat(records.Select(r => new RatingSource(r.StaffId, RatingSourceKind.ServiceRecord, r.Id, new DateOnly(r.Year, r.Month, 1), null,
                r.CaseVolume, false, null)))
            .OrderBy(s => s.StaffId).ThenBy(s => s.Date).ThenBy(s => s.Kind).ToList();
    }

    private async Task<IReadOnlyList<RatingFacts>> FactsAsync(IReadOnlyCollection<Guid> keys, DateOnly from, DateOnly to,
        Expression<Func<Rating, Guid?>> ratingKey, Expression<Func<BadRatingCase, Guid>> caseKey, Expression<Func<BadRatingCase, bool>> caseIn,
        Expression<Func<ServiceRecord, Guid>>? serviceKey, Expression<Func<ServiceRecord, bool>>? serviceIn, bool surveys,
        CancellationToken cancellationToken)
    {
        if (keys.Count == 0) return [];
        var ids = keys.Distinct().ToList();
        var rule = await SatisfactionRule.ReadAsync(settings, cancellationToken);
        var inRange = db.Ratings.AsNoTracking().Where(r => r.Date >= from && r.Date <= to).Where(In(ratingKey, ids));
        var levels = (await inRange.Where(r => r.ExcludedByAppealId == null).CountByLevel(ratingKey).ToListAsync(cancellationToken)).ByKey(rule);
        var excluded = await inRange.Where(r => r.ExcludedByAppealId != null).CountByLevel(ratingKey).ToListAsync(cancellationToken);
        var counted = db.Ratings.Where(r => r.ExcludedByAppealId == null && r.Date >= from && r.Date <= to);
        var cases = await CaseCounts.Of(db.Cases.AsNoTracking().Where(caseIn).Where(c => counted.Any(r => r.Id == c.RatingId)), caseKey, clock.Today())
            .ToDictionaryAsync(c => c.Key, cancellationToken);

        var service = new Dictionary<Guid, (int Volume, int OnTime)>();
        if (serviceKey is not null && serviceIn is not null)
        {
            var months = DashboardService.Months(from, to);
            service = (await db.ServiceRecords.AsNoTracking().Where(serviceIn).Where(r => months.Contains(r.Year * 100 + r.Month))
                    .GroupBy(serviceKey).Select(g => new { g.Key, Volume = g.Sum(r => r.CaseVolume), OnTime = g.Sum(r => r.OnTimeCount) })
                    .ToListAsync(cancellationToken))
                .ToDictionary(x => x.Key, x => (x.Volume, x.OnTime));
        }
        var surveyScores = new Dictionary<Guid, double>();
        if (surveys)
        {
            var periods = DashboardService.SurveyPeriods(from, to);
            surveyScores = (await db.Surveys.AsNoTracking().Where(s => ids.Contains(s.UnitId) && periods.Contains(s.Year * 10 + s.Period))
                    .GroupBy(s => s.UnitId).Select(g => new { g.Key, Score = g.Average(s => s.Score) }).ToListAsync(cancellationToken))
                .ToDictionary(x => x.Key, x => Math.Round(x.Score, 2));
        }

        var none = rule.Counts(new Dictionary<RatingLevel, int>());
        return ids.Select(id =>
        {
            var l = levels.GetValueOrDefault(id) ?? none;
            var c = cases.GetValueOrDefault(id) ?? CaseCounts.None;
            var s = service.GetValueOrDefault(id);
            return new RatingFacts(id, l.VerySatisfied, l.Satisfied, l.Basic, l.Dissatisfied, l.VeryDissatisfied, l.Total, l.SatisfactionRate,
                l.AveragePoints, l.Bad, c.VerifiedReal, c.MistakenOrMalicious, excluded.Where(e => e.Key == id).Sum(e => e.Count), c.Overdue,
                c.CallbackDue, c.CalledBackOnTime, c.RectifyDue, c.RectifiedOnTime,
                surveys && surveyScores.TryGetValue(id, out var score) ? score : null, s.Volume, s.OnTime);
        }).ToList();
    }

    /// <summary>key IN (ids), in SQL, for the key selector of the dimension asked.</summary>
    private static Expression<Func<Rating, bool>> In(Expression<Func<Rating, Guid?>> key, List<Guid> ids)
    {
        var list = ids.Select(i => (Guid?)i).ToList();
        return Expression.Lambda<Func<Rating, bool>>(
            Expression.Call(Expression.Constant(list), typeof(List<Guid?>).GetMethod(nameof(List<Guid?>.Contains))!, key.Body), key.Parameters);
    }
}

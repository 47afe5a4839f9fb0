using Microsoft.EntityFrameworkCore;
using Training.Organization;
using Training.Ratings.Application.Cases;
using Training.Ratings.Application.Common;
using Training.Ratings.Domain;
using Training.Ratings.EntityFrameworkCore;

namespace Training.Ratings.Application.Ratings;

/// <summary>
/// Turns a page of ratings into <see cref="RatingDto"/>s with a fixed number of reads whatever the page's size: the
/// names of units, windows and people from Organization (batched, through <see cref="RatingNames"/>, as the cases and
/// appeals do), matters, tags, raters and cases from this module.
/// The rater is always masked here: the one unmasked view belongs to the handler of the case.
/// </summary>
internal sealed class RatingRows(RatingsDbContext db, RatingNames names)
{
    public async Task<List<RatingDto>> ToDtosAsync(IReadOnlyList<Rating> ratings, CancellationToken cancellationToken)
    {
        if (ratings.Count == 0) return [];
        var ids = ratings.Select(r => r.Id).ToList();
        var known = await names.LoadAsync(ratings.Select(r => r.UnitId), ratings.Select(r => r.WindowId),
            ratings.Select(r => r.StaffId).Concat(ratings.SelectMany(r => r.CandidateIds).Select(c => (Guid?)c)), cancellationToken);
        var matterIds = ratings.Select(r => r.MatterId).OfType<Guid>().Distinct().ToList();
        var matters = matterIds.Count == 0 ? []
            : await db.Matters.AsNoTracking().Where(m => matterIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        var tags = (await (from rt in db.RatingTags.AsNoTracking()
                           join t in db.Tags on rt.TagId equals t.Id
                           where ids.Contains(rt.RatingId)
                           orderby t.SortOrder
                           select new { rt.RatingId, t.NameZh }).ToListAsync(cancellationToken))
            .ToLookup(t => t.RatingId, t => t.NameZh);
        var raters = await db.Raters.AsNoTracking().Where(r => ids.Contains(r.RatingId)).ToDictionaryAsync(r => r.RatingId, cancellationToken);
        var cases = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.RatingId))
            .Select(c => new { c.RatingId, c.Id, c.State }).ToDictionaryAsync(c => c.RatingId, cancellationToken);

        return ratings.Select(r =>
        {
            var window = known.Window(r.WindowId);
            var matter = r.MatterId is { } m ? matters.GetValueOrDefault(m) : null;
            var person = known.Person(r.StaffId);
            var kase = cases.GetValueOrDefault(r.Id);
            return new RatingDto(r.Id, r.Channel, r.CaseNumber, r.Level, r.IsBad, r.Comment, r.RatedAt, r.Date,
                r.HallId, r.UnitId, known.UnitName(r.UnitId), r.WindowId, window.Code, window.Name,
                r.MatterId, matter?.Code, matter?.Name, r.StaffId, person?.StaffNumber, person?.Name, r.Attribution,
                r.CandidateIds.Select(c => known.Person(c)).OfType<StaffSummary>()
                    .Select(p => new RatingCandidateDto(p.Id, p.StaffNumber, p.Name)).ToList(),
                tags[r.Id].ToList(), CitizenMask.Masked(r.RaterKind, r.IsRealName, raters.GetValueOrDefault(r.Id)), r.IsRealName,
                kase?.Id, kase?.State, r.ExcludedByAppealId is not null, r.ExcludedAt);
        }).ToList();
    }
}

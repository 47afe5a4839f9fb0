using Microsoft.EntityFrameworkCore;
using Training.Ratings.Application.Cases;
using Training.Ratings.Domain;
using Training.Ratings.EntityFrameworkCore;

namespace Training.Ratings.Application.Appeals;

/// <summary>Turns a page of appeals into rows: their ratings, evidence and names read once per page. No citizen data.</summary>
internal sealed class AppealRows(RatingsDbContext db, RatingNames names)
{
    public async Task<IReadOnlyList<AppealDto>> BuildAsync(IReadOnlyList<Appeal> appeals, CancellationToken cancellationToken)
    {
        if (appeals.Count == 0) return [];
        var ratingIds = appeals.Select(a => a.RatingId).Distinct().ToList();
        var appealIds = appeals.Select(a => a.Id).ToList();
        var ratings = await db.Ratings.AsNoTracking().Where(r => ratingIds.Contains(r.Id))
            .Select(r => new { r.Id, r.CaseNumber, r.Level, r.Date, r.Comment }).ToDictionaryAsync(r => r.Id, cancellationToken);
        var evidence = (await db.Set<AppealEvidence>().AsNoTracking().Where(e => appealIds.Contains(e.AppealId)).ToListAsync(cancellationToken))
            .ToLookup(e => e.AppealId);
        var lookup = await names.LoadAsync(appeals.Select(a => a.UnitId), [], appeals.Select(a => a.StaffId), cancellationToken);
        return appeals.Select(a =>
        {
            var rating = ratings[a.RatingId];
            var person = lookup.Person(a.StaffId);
            return new AppealDto(a.Id, a.RatingId, rating.CaseNumber, rating.Level, rating.Date, rating.Comment,
                a.HallId, a.UnitId, lookup.UnitName(a.UnitId), a.StaffId, person?.StaffNumber, person?.Name,
                a.Reason, a.Statement, a.RequestedByName, a.RequestedAt, a.State, a.DecidedByName, a.DecisionReason, a.DecidedAt,
                evidence[a.Id].OrderBy(e => e.FileName, StringComparer.Ordinal).Select(e => new AppealEvidenceDto(e.FileId, e.FileName, e.Size)).ToList(),
                a.Version);
        }).ToList();
    }
}

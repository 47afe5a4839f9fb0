using Microsoft.EntityFrameworkCore;
using Training.Ratings.Application.Common;
using Training.Ratings.Domain;
using Training.Ratings.EntityFrameworkCore;
using Training.SharedKernel.Time;

namespace Training.Ratings.Application.Cases;

/// <summary>
/// Turns cases into the workbench's rows: their ratings, raters and names read once per page (one query each, one call
/// per kind of name). The rater is always masked there (<see cref="CitizenMask"/>); the detail adds it in full for the
/// case's own handler only.
/// </summary>
internal sealed class CaseRows(RatingsDbContext db, RatingNames names, TimeProvider clock)
{
    public async Task<IReadOnlyList<CaseDto>> BuildAsync(IReadOnlyList<BadRatingCase> cases, Guid callerUserId, CancellationToken cancellationToken)
    {
        if (cases.Count == 0) return [];
        var ratingIds = cases.Select(c => c.RatingId).ToList();
        var ratings = await db.Ratings.AsNoTracking().Where(r => ratingIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var raters = await db.Raters.AsNoTracking().Where(r => ratingIds.Contains(r.RatingId)).ToDictionaryAsync(r => r.RatingId, cancellationToken);
        var lookup = await names.LoadAsync(ratings.Values.Select(r => r.UnitId), ratings.Values.Select(r => r.WindowId),
            ratings.Values.Select(r => r.StaffId), cancellationToken);
        var today = clock.Today();
        return cases.Select(c =>
        {
            var rating = ratings[c.RatingId];
            var mine = c.HandlerUserId == callerUserId;
            var shown = CitizenMask.Masked(rating.RaterKind, rating.IsRealName, raters.GetValueOrDefault(c.RatingId));
            var window = lookup.Window(rating.WindowId);
            var person = lookup.Person(rating.StaffId);
            var ratingDto = new CaseRatingDto(rating.Id, rating.Channel, rating.CaseNumber, rating.Level, rating.Comment, rating.RatedAt, rating.Date,
                rating.UnitId, lookup.UnitName(rating.UnitId), rating.WindowId, window.Code, window.Name,
                rating.StaffId, person?.StaffNumber, person?.Name, rating.IsRealName, shown, rating.ExcludedAt is not null, rating.ExcludedAt);
            return new CaseDto(c.Id, ratingDto, c.State, c.OpenedAt, c.OpenedDate, c.CallbackDue, c.RectifyDue,
                c.CallbackOverdue(today), c.RectifyOverdue(today), c.HandlerUserId, c.HandlerName, mine, c.Verdict, c.OverdueNotifiedAt, c.Version);
        }).ToList();
    }

    public async Task<CaseDetailDto> DetailAsync(BadRatingCase c, Guid callerUserId, CancellationToken cancellationToken)
    {
        var row = (await BuildAsync([c], callerUserId, cancellationToken))[0];
        var inFull = c.HandlerUserId == callerUserId ? await RevealAsync(c.RatingId, cancellationToken) : null;
        var followUp = await db.FollowUps.AsNoTracking().Where(f => f.CaseId == c.Id)
            .Select(f => new { f.Level, f.Comment, f.Source, f.At }).FirstOrDefaultAsync(cancellationToken);
        var appeal = await db.Appeals.AsNoTracking().Where(a => a.RatingId == c.RatingId).OrderByDescending(a => a.RequestedAt)
            .Select(a => new CaseAppealDto(a.Id, a.Reason, a.State, a.RequestedAt, a.RequestedByName, a.DecisionReason, a.DecidedAt))
            .FirstOrDefaultAsync(cancellationToken);
        return new CaseDetailDto(row, inFull,
            c.VerificationNote, c.VerifiedAt, c.CallbackNote, c.CalledBackAt, c.RectificationNote, c.RectifiedAt,
            c.Reply, c.RepliedAt, c.FollowUpLinkExpiresAt, c.ClosedAt, c.ClosedByAppealId,
            followUp is null ? null : new FollowUpDto(followUp.Level, !RatingsConsts.IsBad(followUp.Level), followUp.Comment, followUp.Source, followUp.At),
            appeal);
    }

    /// <summary>The rater in full: for the case's handler only, so the caller has checked that it is them.</summary>
    private async Task<RaterDto?> RevealAsync(Guid ratingId, CancellationToken cancellationToken)
    {
        var rating = await db.Ratings.AsNoTracking().Where(r => r.Id == ratingId).Select(r => new { r.RaterKind, r.IsRealName }).SingleAsync(cancellationToken);
        var rater = await db.Raters.AsNoTracking().FirstOrDefaultAsync(r => r.RatingId == ratingId, cancellationToken);
        return CitizenMask.Reveal(rating.RaterKind, rating.IsRealName, rater);
    }
}

using Microsoft.EntityFrameworkCore;
using Training.Attendance;
using Training.Ratings.Application.Common;
using Training.Ratings.Domain;
using Training.Ratings.EntityFrameworkCore;
using Training.SharedKernel.Data;

namespace Training.Ratings.Application.Ingestion;

/// <summary>
/// Stores checked ratings, however they came (a pad's batch, the QR page): the person who served is the one the source
/// named, else whoever Attendance says was at the window at that instant (one call for the whole batch; when two people
/// could have served the rating is marked for a lead, never guessed); each bad rating opens its case, with its
/// deadlines, in the same transaction as the rating. Idempotent: a source's event stored before answers duplicate; a case
/// already rated on the channel answers refused (一次一评). The reads come before the transaction, which holds only the
/// inserts (on SQLite writers queue for their turn).
/// </summary>
internal sealed class RatingIngestion(
    RatingsDbContext db, IAttendanceIntegrationService attendance, CaseDeadlines deadlines, UnitOfWork unitOfWork, TimeProvider clock)
{
    public async Task<IngestionOutcome[]> StoreAsync(IReadOnlyList<IncomingRating> ratings, CancellationToken cancellationToken)
    {
        var outcomes = new IngestionOutcome[ratings.Count];
        if (ratings.Count == 0) return outcomes;
        var presence = await WhoServedAsync(ratings, cancellationToken);
        var due = await deadlines.ComputeAsync(ratings.Where(r => r.IsBad).Select(r => (r.HallId, r.Date)).Distinct().ToList(), cancellationToken);

        var rows = new List<RatingInsert.Row>(ratings.Count);
        foreach (var r in ratings)
        {
            var (staffId, attribution, candidates) = r.GivenStaffId is { } given
                ? (given, Attribution.Given, null)
                : presence.TryGetValue((r.WindowId, r.RatedAt), out var p) ? p : ((Guid?)null, Attribution.Nobody, (string?)null);
            rows.Add(new RatingInsert.Row(Guid.CreateVersion7(), r, staffId, attribution, candidates));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var stored = await RatingInsert.RatingsAsync(db, unitOfWork, rows, now, cancellationToken);
        var fresh = rows.Where(row => stored.Contains(row.Id)).ToList();
        await RatingInsert.TagsAsync(db, unitOfWork, fresh.SelectMany(row => row.Rating.TagIds.Distinct().Select(tag => (row.Id, tag))).ToList(), cancellationToken);
        await RatingInsert.RatersAsync(db, unitOfWork, fresh.Where(row => row.Rating.IsRealName)
            .Select(row => new RatingRater(row.Id, row.Rating.Rater!.Name, row.Rating.Rater.Phone, row.Rating.Rater.EnterpriseName, row.Rating.Rater.CreditCode))
            .ToList(), cancellationToken);
        foreach (var row in fresh.Where(row => row.Rating.IsBad))
        {
            var r = row.Rating;
            var d = due[(r.HallId, r.Date)];
            db.Cases.Add(new BadRatingCase(Guid.CreateVersion7(), row.Id, r.HallId, r.UnitId, r.WindowId, row.StaffId, r.IsRealName, now, r.Date,
                d.Callback, d.Rectify));
        }
        await db.SaveChangesAsync(cancellationToken);
        var duplicates = await StoredEventsAsync(rows.Where(row => !stored.Contains(row.Id)).Select(row => row.Rating).ToList(), cancellationToken);
        await transaction.CommitAsync();

        for (var k = 0; k < rows.Count; k++)
        {
            var (row, r) = (rows[k], rows[k].Rating);
            outcomes[k] = stored.Contains(row.Id)
                ? new IngestionOutcome(PushItemOutcome.Stored, null, [], row.Id, r.IsBad)
                : duplicates.Contains((r.SourceKey, r.EventId))
                    ? new IngestionOutcome(PushItemOutcome.Duplicate, null, [], null, false)
                    : IngestionOutcome.Refused(RatingsErrorCodes.CaseAlreadyRated, r.CaseNumber);
        }
        return outcomes;
    }

    /// <summary>Who was at each window at each instant, for the ratings whose source named nobody.</summary>
    private async Task<Dictionary<(Guid WindowId, DateTime At), (Guid?, Attribution, string?)>> WhoServedAsync(
        IReadOnlyList<IncomingRating> ratings, CancellationToken cancellationToken)
    {
        var keys = ratings.Where(r => r.GivenStaffId is null).Select(r => new WindowMoment(r.WindowId, r.RatedAt)).Distinct().ToList();
        var result = new Dictionary<(Guid, DateTime), (Guid?, Attribution, string?)>();
        if (keys.Count == 0) return result;
        foreach (var p in await attendance.GetWhoWasAtAsync(keys, cancellationToken))
        {
            var attribution = p.Source switch
            {
                PresenceSource.PostStatus => Attribution.PostStatus,
                PresenceSource.Punch => Attribution.Punch,
                PresenceSource.Assignment => Attribution.Assignment,
                PresenceSource.Ambiguous => Attribution.Ambiguous,
                _ => Attribution.Nobody,
            };
            result[(p.Key.WindowId, p.Key.At)] = (p.StaffId, attribution,
                attribution == Attribution.Ambiguous ? Rating.CandidatesText(p.Candidates) : null);
        }
        return result;
    }

    /// <summary>Which of the ratings that were not stored are a source's event stored before (the rest hit a rated case).</summary>
    private async Task<HashSet<(string, string)>> StoredEventsAsync(IReadOnlyList<IncomingRating> missed, CancellationToken cancellationToken)
    {
        var found = new HashSet<(string, string)>();
        foreach (var group in missed.GroupBy(r => r.SourceKey))
        {
            var ids = group.Select(r => r.EventId).Distinct().ToList();
            foreach (var e in await db.Ratings.AsNoTracking().Where(r => r.SourceKey == group.Key && ids.Contains(r.EventId))
                         .Select(r => r.EventId).ToListAsync(cancellationToken))
                found.Add((group.Key, e));
        }
        return found;
    }
}

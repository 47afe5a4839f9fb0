using Microsoft.EntityFrameworkCore;
using Training.Ratings.EntityFrameworkCore;
using Training.SharedKernel.Settings;

namespace Training.Ratings.Application.CitizenData;

/// <summary>
/// Deletes — not masks — the citizen's name, phone and credit code (<c>RatingRater</c> rows) once
/// <see cref="RatingsSettings.CitizenDataRetentionDays"/> have passed since the rating's case closed, or, for a
/// rating that opened no case, since it was made. One set-based DELETE; the rating keeps that it was real-name.
/// Safe to run twice: what is gone is not found again.
/// </summary>
internal sealed class CitizenDataRetention(RatingsDbContext db, ISettingProvider settings, TimeProvider clock)
{
    /// <summary>Answers how many raters were deleted.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var days = await settings.GetIntAsync(RatingsSettings.CitizenDataRetentionDays, cancellationToken: cancellationToken);
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-days);
        return await db.Raters
            .Where(r => db.Cases.Any(c => c.RatingId == r.RatingId && c.State == CaseState.Closed && c.ClosedAt < cutoff)
                || (!db.Cases.Any(c => c.RatingId == r.RatingId) && db.Ratings.Any(x => x.Id == r.RatingId && x.RatedAt < cutoff)))
            .ExecuteDeleteAsync(cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using Training.Contests.EntityFrameworkCore;
using Training.Learning;

namespace Training.Contests.Application.Entries;

/// <summary>
/// Keeps each written round's exam offered to the contest's entrants only: the members of its entries not withdrawn. Run
/// after every change of the entries and when a round links its exam; Learning replaces the list (the same list is a no-op).
/// </summary>
internal sealed class WrittenRoundAudience(ContestsDbContext db, ILearningIntegrationService learning)
{
    public async Task SyncAsync(Guid contestId, CancellationToken cancellationToken)
    {
        var exams = await db.Rounds.Where(r => r.ContestId == contestId && r.ExamId != null).Select(r => r.ExamId!.Value).ToListAsync(cancellationToken);
        if (exams.Count == 0) return;
        var entrants = await EntrantsAsync(contestId, cancellationToken);
        foreach (var exam in exams.Distinct()) await learning.SetExamAudienceAsync(exam, entrants, cancellationToken);
    }

    public Task<List<Guid>> EntrantsAsync(Guid contestId, CancellationToken cancellationToken) =>
        db.EntryMembers.Where(m => m.ContestId == contestId && db.Entries.Any(e => e.Id == m.EntryId && e.State == EntryState.Entered))
            .Select(m => m.StaffId).Distinct().ToListAsync(cancellationToken);
}

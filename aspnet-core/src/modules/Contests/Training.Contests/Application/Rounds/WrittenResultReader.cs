using Microsoft.EntityFrameworkCore;
using Training.Contests.Application.Common;
using Training.Contests.Application.Entries;
using Training.Contests.Domain;
using Training.Contests.EntityFrameworkCore;
using Training.Learning;
using Training.SharedKernel.Errors;

namespace Training.Contests.Application.Rounds;

/// <summary>
/// A written round's results as Learning has them: per entry the best score percent of each member's graded attempts and
/// when it was handed in. A team's score is its members' mean (a member who did not sit counts 0) and its time the last
/// member's, as the team finished then.
/// </summary>
internal sealed class WrittenResultReader(ContestsDbContext db, ContestLoader loader, EntryReader entries, ILearningIntegrationService learning)
{
    public async Task<IReadOnlyList<WrittenResultDto>> ListAsync(Guid contestId, Guid roundId, CancellationToken cancellationToken)
    {
        await loader.ManagedAsync(contestId, cancellationToken);
        var round = await db.Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId && r.ContestId == contestId, cancellationToken)
                    ?? throw new EntityNotFoundException("Round", roundId);
        if (round.ExamId is not { } examId) throw new BusinessException(ContestsErrorCodes.WrittenRoundNeedsExam);
        var active = await db.Entries.AsNoTracking().Include(e => e.Members).Where(e => e.ContestId == contestId && e.State == EntryState.Entered)
            .OrderBy(e => e.DrawNumber).ToListAsync(cancellationToken);
        var results = await ResultsAsync(examId, active, cancellationToken);
        var dtos = await entries.ToDtosAsync(active, cancellationToken);
        return dtos.Select(e =>
        {
            var r = results[e.Id];
            return new WrittenResultDto(e.Id, e.DrawNumber, e.Members, r.Score, r.SubmittedAt, r.Sat);
        }).ToList();
    }

    /// <summary>Per entry: the written score (null when nobody of it sat), the hand-in time that breaks ties, how many members sat.</summary>
    public async Task<Dictionary<Guid, (double? Score, DateTime? SubmittedAt, int Sat)>> ResultsAsync(
        Guid examId, IReadOnlyList<Entry> active, CancellationToken cancellationToken)
    {
        var people = active.SelectMany(e => e.Members.Select(m => m.StaffId)).Distinct().ToList();
        var byPerson = (await learning.GetExamResultsAsync(examId, people, cancellationToken)).ToDictionary(r => r.StaffId);
        return active.ToDictionary(e => e.Id, e =>
        {
            var sat = e.Members.Where(m => byPerson.ContainsKey(m.StaffId)).Select(m => byPerson[m.StaffId]).ToList();
            if (sat.Count == 0) return ((double?)null, (DateTime?)null, 0);
            return (Math.Round(sat.Sum(r => r.BestScorePercent) / e.Members.Count, 2), sat.Max(r => r.SubmittedAt), sat.Count);
        });
    }
}

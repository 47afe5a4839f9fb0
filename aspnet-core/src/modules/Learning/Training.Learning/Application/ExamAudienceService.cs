using Microsoft.EntityFrameworkCore;
using Training.Learning.Domain;
using Training.Learning.EntityFrameworkCore;

namespace Training.Learning.Application;

/// <summary>
/// What another module (a contest) may do with an exam it links: read its owner and window, restrict it to a list of
/// people, and read their best results — all set-based, one or two statements for any number of people.
/// </summary>
internal sealed class ExamAudienceService(LearningDbContext db)
{
    public Task<ExamReference?> GetAsync(Guid examId, CancellationToken cancellationToken) =>
        db.Exams.AsNoTracking().Where(e => e.Id == examId)
            .Select(e => new ExamReference(e.Id, e.OwnerHallId, e.Title, e.OpensAt, e.ClosesAt, e.IsRestricted))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Replaces the audience with exactly these people: removes the ones no longer named, adds the new ones.</summary>
    public async Task SetAsync(Guid examId, IReadOnlyCollection<Guid> staffIds, CancellationToken cancellationToken)
    {
        var exam = await db.Exams.FirstOrDefaultAsync(e => e.Id == examId, cancellationToken)
                   ?? throw new Training.SharedKernel.Errors.EntityNotFoundException("Exam", examId);
        var wanted = staffIds.ToHashSet();
        var present = await db.ExamAudience.Where(m => m.ExamId == examId).ToListAsync(cancellationToken);
        exam.Restrict();
        db.ExamAudience.RemoveRange(present.Where(m => !wanted.Contains(m.StaffId)));
        var kept = present.Select(m => m.StaffId).ToHashSet();
        db.ExamAudience.AddRange(wanted.Where(id => !kept.Contains(id)).Select(id => new ExamAudienceMember(examId, id)));
        await db.SaveChangesAsync(cancellationToken); // one SaveChanges: the list changes as a whole
    }

    /// <summary>
    /// The best graded attempt per person (highest percent; of equals, the earliest handed in), and whether any passed.
    /// One grouped read of the people's graded attempts; the choice among them is made here.
    /// </summary>
    public async Task<IReadOnlyList<ExamResult>> ResultsAsync(Guid examId, IReadOnlyCollection<Guid> staffIds, CancellationToken cancellationToken)
    {
        var ids = staffIds.Distinct().ToList();
        var graded = await db.Attempts.AsNoTracking()
            .Where(a => a.ExamId == examId && ids.Contains(a.StaffId) && a.Status != AttemptStatus.InProgress
                        && a.Score != null && a.MaxScore > 0 && a.SubmittedAt != null)
            .Select(a => new { a.StaffId, Score = a.Score!.Value, a.MaxScore, SubmittedAt = a.SubmittedAt!.Value, Passed = a.Passed == true })
            .ToListAsync(cancellationToken);
        return graded.GroupBy(a => a.StaffId).Select(g =>
        {
            var best = g.OrderByDescending(a => (double)a.Score / a.MaxScore).ThenBy(a => a.SubmittedAt).First();
            return new ExamResult(g.Key, Math.Round(100.0 * best.Score / best.MaxScore, 2), best.SubmittedAt, g.Any(a => a.Passed));
        }).ToList();
    }
}

using Microsoft.EntityFrameworkCore;
using Training.Learning.EntityFrameworkCore;
using Training.SharedKernel.Time;

namespace Training.Learning.Application;

internal sealed class LearningIntegrationService(LearningDbContext db, ExamAudienceService audience, TrainingRecordService records, TimeProvider clock)
    : ILearningIntegrationService
{
    public async Task<IReadOnlyList<PersonLearningSummary>> GetSummariesAsync(
        IReadOnlyCollection<Guid> staffIds, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default)
    {
        var ids = staffIds.Distinct().ToList();
        var courses = await (from e in db.Enrollments
                             join c in db.Courses on e.CourseId equals c.Id
                             where ids.Contains(e.StaffId) && e.CompletedAt >= fromUtc && e.CompletedAt < toUtc
                             group c.CreditHundredths by e.StaffId into g
                             select new { StaffId = g.Key, Hundredths = g.Sum(), Count = g.Count() })
            .ToDictionaryAsync(x => x.StaffId, cancellationToken);
        var exams = await db.Attempts
            .Where(a => ids.Contains(a.StaffId) && a.SubmittedAt >= fromUtc && a.SubmittedAt < toUtc && a.Score != null && a.MaxScore > 0)
            .GroupBy(a => a.StaffId)
            .Select(g => new { StaffId = g.Key, Passed = g.Count(a => a.Passed == true), Best = g.Max(a => a.Score!.Value * 100 / a.MaxScore) })
            .ToDictionaryAsync(x => x.StaffId, cancellationToken);
        var recorded = await records.HundredthsAsync(ids, fromUtc, toUtc, cancellationToken);
        var today = clock.Today();
        var certificates = (await db.Certificates.AsNoTracking().Where(c => ids.Contains(c.StaffId) && c.Kind == CertificateKind.PreJob)
                .ToListAsync(cancellationToken))
            .GroupBy(c => c.StaffId)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.StatusOn(today)).ThenByDescending(c => c.ExpiresOn).First());
        return ids.Select(id => new PersonLearningSummary(id,
            ((courses.TryGetValue(id, out var c) ? c.Hundredths : 0) + recorded.GetValueOrDefault(id)) / 100.0, c?.Count ?? 0,
            exams.TryGetValue(id, out var e) ? e.Passed : 0, e?.Best,
            certificates.TryGetValue(id, out var cert) ? cert.StatusOn(today) : null, cert?.ExpiresOn)).ToList();
    }

    public Task<ExamReference?> GetExamAsync(Guid examId, CancellationToken cancellationToken = default) => audience.GetAsync(examId, cancellationToken);

    public Task SetExamAudienceAsync(Guid examId, IReadOnlyCollection<Guid> staffIds, CancellationToken cancellationToken = default) =>
        audience.SetAsync(examId, staffIds, cancellationToken);

    public Task<IReadOnlyList<ExamResult>> GetExamResultsAsync(Guid examId, IReadOnlyCollection<Guid> staffIds, CancellationToken cancellationToken = default) =>
        audience.ResultsAsync(examId, staffIds, cancellationToken);
}

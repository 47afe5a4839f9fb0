using Microsoft.EntityFrameworkCore;
using Training.Learning.Domain;
using Training.Learning.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Events;
using Training.SharedKernel.Settings;
using Training.SharedKernel.Time;

namespace Training.Learning.Application;

/// <summary>
/// DOMAIN (seed 001, 岗前培训合格后方可上岗): the pre-job certificate is issued when the person has passed a pre-job exam
/// and completed every required pre-job course meant for them — whichever comes last triggers it. Idempotent: nothing
/// happens while a valid pre-job certificate exists. After one expired or was revoked, the same path with a new pass recertifies.
/// </summary>
internal sealed class PreJobCertificateIssuer(LearningDbContext db, IStaffIntegrationService staff, ISettingProvider settings, TimeProvider clock)
    : IEventHandler<ExamPassedEto>, IEventHandler<CourseCompletedEto>
{
    public Task HandleAsync(ExamPassedEto eto, CancellationToken cancellationToken) =>
        eto.IsPreJob ? TryIssueAsync(eto.StaffId, cancellationToken) : Task.CompletedTask;

    public Task HandleAsync(CourseCompletedEto eto, CancellationToken cancellationToken) =>
        eto.Kind == CourseKind.PreJob ? TryIssueAsync(eto.StaffId, cancellationToken) : Task.CompletedTask;

    public async Task<bool> TryIssueAsync(Guid staffId, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        if (await db.Certificates.AnyAsync(c => c.StaffId == staffId && c.Kind == CertificateKind.PreJob && c.RevokedAt == null
                && (c.ExpiresOn == null || c.ExpiresOn >= today), cancellationToken))
            return false;
        // Recertification: after a certificate expired or was revoked, only a pass after it counts again.
        var earlier = await db.Certificates.AsNoTracking().Where(c => c.StaffId == staffId && c.Kind == CertificateKind.PreJob)
            .Select(c => new { c.IssuedOn, c.RevokedAt }).ToListAsync(cancellationToken);
        var since = earlier.Select(c => c.RevokedAt ?? c.IssuedOn.ToDateTime(TimeOnly.MaxValue)).DefaultIfEmpty(DateTime.MinValue).Max();
        var passed = await (from a in db.Attempts
                            join e in db.Exams on a.ExamId equals e.Id
                            where a.StaffId == staffId && e.IsPreJob && a.Passed == true && a.SubmittedAt != null && a.SubmittedAt > since
                            orderby a.SubmittedAt descending
                            select new { e.CourseId }).FirstOrDefaultAsync(cancellationToken);
        if (passed is null) return false;

        var person = (await staff.GetByIdsAsync([staffId], cancellationToken)).Single();
        var required = (await db.Courses.AsNoTracking().Where(c => c.Kind == CourseKind.PreJob && c.IsRequired && c.IsPublished).ToListAsync(cancellationToken))
            .Where(c => c.IsFor(person)).Select(c => c.Id).ToList();
        var completed = await db.Enrollments.CountAsync(e => e.StaffId == staffId && required.Contains(e.CourseId) && e.CompletedAt != null, cancellationToken);
        if (completed < required.Count) return false;

        var months = await settings.GetIntAsync(LearningSettings.CertificateValidityMonths, cancellationToken: cancellationToken);
        db.Certificates.Add(Certificate.Earned(staffId, person.HallId, person.UnitId, person.Name, CertificateKind.PreJob, passed.CourseId,
            CertificateService.DefaultPreJobTitle, today, Certificate.ExpiryFor(today, months)));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

using Microsoft.EntityFrameworkCore;
using Training.Learning.Domain;
using Training.Learning.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Events;
using Training.SharedKernel.Settings;
using Training.SharedKernel.Time;

namespace Training.Learning.Application;

/// <summary>
/// "Other courses may issue certificates too": completing a course that awards one issues a course certificate
/// (「课程名」结业证书) with the usual validity. Idempotent: nothing while a valid one for that course exists.
/// </summary>
internal sealed class CourseCertificateIssuer(LearningDbContext db, IStaffIntegrationService staff, ISettingProvider settings, TimeProvider clock)
    : IEventHandler<CourseCompletedEto>
{
    public async Task HandleAsync(CourseCompletedEto eto, CancellationToken cancellationToken)
    {
        if (eto.Kind == CourseKind.PreJob) return;
        var course = await db.Courses.AsNoTracking().Where(c => c.Id == eto.CourseId)
            .Select(c => new { c.Title, c.IssuesCertificate }).FirstOrDefaultAsync(cancellationToken);
        if (course is not { IssuesCertificate: true }) return;
        var today = clock.Today();
        if (await db.Certificates.AnyAsync(c => c.StaffId == eto.StaffId && c.CourseId == eto.CourseId && c.Kind == CertificateKind.Course
                && c.RevokedAt == null && (c.ExpiresOn == null || c.ExpiresOn >= today), cancellationToken))
            return;

        var person = (await staff.GetByIdsAsync([eto.StaffId], cancellationToken)).Single();
        var months = await settings.GetIntAsync(LearningSettings.CertificateValidityMonths, cancellationToken: cancellationToken);
        var title = $"{course.Title}结业证书";
        db.Certificates.Add(Certificate.Earned(eto.StaffId, person.HallId, person.UnitId, person.Name, CertificateKind.Course, eto.CourseId,
            title.Length > CourseConsts.MaxTitleLength ? title[..CourseConsts.MaxTitleLength] : title, today, Certificate.ExpiryFor(today, months)));
        await db.SaveChangesAsync(cancellationToken);
    }
}

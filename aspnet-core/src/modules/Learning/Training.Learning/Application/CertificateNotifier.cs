using Microsoft.EntityFrameworkCore;
using Training.Learning.Domain;
using Training.Learning.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Events;
using Training.SharedKernel.Notifications;
using Training.SharedKernel.Settings;
using Training.SharedKernel.Time;

namespace Training.Learning.Application;

/// <summary>
/// DOMAIN: when a certificate expires or is revoked, current posts stay, and the person and their lead are notified
/// (no new post until recertified). A daily run also reminds them before the pre-job certificate expires. Each notice
/// goes out once: the certificate remembers when it was sent.
/// </summary>
internal sealed class CertificateNotifier(
    LearningDbContext db, IStaffIntegrationService staff, INotificationSender inbox, ISettingProvider settings, TimeProvider clock)
    : IEventHandler<CertificateRevokedEto>
{
    public async Task HandleAsync(CertificateRevokedEto eto, CancellationToken cancellationToken)
    {
        var certificate = await db.Certificates.AsNoTracking().FirstAsync(c => c.Id == eto.CertificateId, cancellationToken);
        await NotifyAsync([certificate], new NotificationMessage("Learning.CertificateRevoked",
            $"{certificate.Title}已吊销", $"{certificate.Title} was revoked",
            $"原因：{eto.Reason}。在重新取得合格证前不能安排新的窗口岗位。", $"Reason: {eto.Reason}. No new window post until recertified.",
            "/learning/certificates"), cancellationToken);
    }

    /// <summary>Runs daily: reminders before expiry, notices on expiry. Returns how many certificates were handled.</summary>
    public async Task<int> RunDailyAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var now = clock.GetUtcNow().UtcDateTime;
        var horizon = today.AddDays(await settings.GetIntAsync(LearningSettings.CertificateReminderDays, cancellationToken: cancellationToken));

        var expiring = await db.Certificates.Where(c => c.Kind == CertificateKind.PreJob && c.RevokedAt == null && c.ReminderSentAt == null
            && c.ExpiresOn >= today && c.ExpiresOn <= horizon).ToListAsync(cancellationToken);
        foreach (var group in expiring.GroupBy(c => c.ExpiresOn))
            await NotifyAsync(group.ToList(), new NotificationMessage("Learning.CertificateExpiring",
                $"岗前培训合格证将于 {group.Key:yyyy-MM-dd} 到期", $"The pre-job certificate expires on {group.Key:yyyy-MM-dd}",
                "请及时参加复训和考试以重新取得合格证。", "Take the refresher course and exam to recertify.", "/learning"), cancellationToken);
        expiring.ForEach(c => c.MarkReminderSent(now));

        var expired = await db.Certificates.Where(c => c.Kind == CertificateKind.PreJob && c.RevokedAt == null && c.ExpiryNoticeSentAt == null
            && c.ExpiresOn < today).ToListAsync(cancellationToken);
        if (expired.Count > 0)
            await NotifyAsync(expired, new NotificationMessage("Learning.CertificateExpired", "岗前培训合格证已到期", "The pre-job certificate has expired",
                "现有岗位不变；在重新取得合格证前不能安排新的窗口岗位。", "Current posts stay; no new window post until recertified.", "/learning"), cancellationToken);
        expired.ForEach(c => c.MarkExpiryNoticeSent(now));

        await db.SaveChangesAsync(cancellationToken);
        return expiring.Count + expired.Count;
    }

    /// <summary>To the holders' accounts and their units' leads, looked up in two batched calls.</summary>
    private async Task NotifyAsync(IReadOnlyList<Certificate> certificates, NotificationMessage message, CancellationToken cancellationToken)
    {
        var people = await staff.GetByIdsAsync(certificates.Select(c => c.StaffId).ToList(), cancellationToken);
        var leads = await staff.GetLeadUserIdsAsync(people.Where(p => p.UnitId != null).Select(p => p.UnitId!.Value).ToList(), cancellationToken);
        var recipients = people.Where(p => p.UserId != null).Select(p => p.UserId!.Value).Concat(leads).Distinct().ToList();
        if (recipients.Count > 0) await inbox.SendAsync(recipients, message, cancellationToken);
    }
}

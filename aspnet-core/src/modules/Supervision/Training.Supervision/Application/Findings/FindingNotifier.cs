using Training.Organization;
using Training.SharedKernel.Notifications;
using Training.Supervision.Domain;

namespace Training.Supervision.Application.Findings;

/// <summary>
/// The inbox messages of a finding, each sent once because each follows one state change: the person and the lead of
/// their unit are told of a finding (with the last day to dispute it), the hall's managers of a dispute, the disputer
/// of the decision.
/// </summary>
internal sealed class FindingNotifier(IStaffIntegrationService staff, INotificationSender inbox)
{
    public const string FindingsLink = "/supervision/findings";
    public const string MyFindingsLink = "/supervision/my-findings";

    public async Task RecordedAsync(Finding finding, string itemName, Guid? recordedBy, CancellationToken cancellationToken)
    {
        var recipients = (await staff.GetLeadUserIdsAsync([finding.UnitId], cancellationToken)).ToList();
        if (finding.StaffId is { } person && (await staff.GetByIdsAsync([person], cancellationToken)).SingleOrDefault()?.UserId is { } user)
            recipients.Add(user);
        recipients = recipients.Where(u => u != recordedBy).Distinct().ToList();
        if (recipients.Count == 0) return;
        var message = finding.Kind == CatalogueKind.Commendation
            ? new NotificationMessage("Supervision.CommendationRecorded", $"督查表扬：{itemName}", $"Commendation: {itemName}",
                $"{finding.Date:yyyy-MM-dd}", $"{finding.Date:yyyy-MM-dd}", MyFindingsLink)
            : new NotificationMessage("Supervision.FindingRecorded", $"督查发现问题：{itemName}", $"Supervision finding: {itemName}",
                $"{finding.Date:yyyy-MM-dd}。如有异议，请于 {finding.DisputeUntil:yyyy-MM-dd} 前提出。",
                $"{finding.Date:yyyy-MM-dd}. Dispute it by {finding.DisputeUntil:yyyy-MM-dd} if you disagree.", FindingsLink);
        await inbox.SendAsync(recipients, message, cancellationToken);
    }

    public async Task DisputedAsync(Finding finding, string itemName, CancellationToken cancellationToken)
    {
        var managers = (await staff.GetHallManagerUserIdsAsync([finding.HallId], cancellationToken)).Where(u => u != finding.DisputedBy).ToList();
        if (managers.Count == 0) return;
        await inbox.SendAsync(managers, new NotificationMessage("Supervision.FindingDisputed",
            $"{finding.DisputedByName}对督查问题“{itemName}”提出异议，待您裁定", $"{finding.DisputedByName} disputes the finding “{itemName}”; please decide",
            finding.DisputeReason, finding.DisputeReason, FindingsLink), cancellationToken);
    }

    public async Task DecidedAsync(Finding finding, string itemName, CancellationToken cancellationToken)
    {
        if (finding.DisputedBy is not { } disputer) return;
        var (zh, en) = finding.State == FindingState.Withdrawn
            ? ($"督查问题“{itemName}”已撤销", $"The finding “{itemName}” was withdrawn")
            : ($"督查问题“{itemName}”维持原认定", $"The finding “{itemName}” was upheld");
        await inbox.SendAsync([disputer], new NotificationMessage("Supervision.FindingDecided", zh, en,
            $"裁定理由：{finding.DecisionReason}", $"Reason: {finding.DecisionReason}", FindingsLink), cancellationToken);
    }
}

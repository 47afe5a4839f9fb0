using Training.Organization;
using Training.SharedKernel.Notifications;

namespace Training.Supervision.Application.Ledger;

/// <summary>
/// The ledger's inbox messages, in both languages: the unit's lead(s) when an item is sent back or reopened, the hall's
/// managers and the item's inspectors when it is reported rectified, and the lead(s) before a deadline. Names the item
/// by its title; the link opens it.
/// </summary>
internal sealed class LedgerNotifier(IStaffIntegrationService staff, INotificationSender inbox)
{
    public const string SentBackKind = "Supervision.LedgerSentBack";
    public const string ReopenedKind = "Supervision.LedgerReopened";
    public const string RectifiedKind = "Supervision.LedgerRectified";
    public const string DueKind = "Supervision.LedgerDue";
    public const string BoardLink = "/supervision/ledger";

    public static string Link(Guid id) => $"{BoardLink}/{id}";

    public async Task SentBackAsync(Guid id, Guid unitId, string title, SendBackMark mark, string reason, DateOnly dueOn, CancellationToken cancellationToken)
    {
        var (zh, en) = mark == SendBackMark.False ? ("虚假整改", "false rectification") : ("敷衍整改", "perfunctory rectification");
        await ToLeadsAsync(unitId, new NotificationMessage(SentBackKind, $"整改被退回（{zh}）：{title}", $"Rectification sent back ({en}): {title}",
            $"退回理由：{reason}。请于 {dueOn:yyyy-MM-dd} 前重新整改。", $"Reason: {reason}. Rectify again by {dueOn:yyyy-MM-dd}.", Link(id)), cancellationToken);
    }

    public async Task ReopenedAsync(Guid id, Guid unitId, string title, string reason, DateOnly dueOn, CancellationToken cancellationToken) =>
        await ToLeadsAsync(unitId, new NotificationMessage(ReopenedKind, $"回头看发现问题反弹，台账重新打开：{title}", $"Re-check reopened a ledger item: {title}",
            $"理由：{reason}。请于 {dueOn:yyyy-MM-dd} 前整改到位。", $"Reason: {reason}. Rectify by {dueOn:yyyy-MM-dd}.", Link(id)), cancellationToken);

    public async Task RectifiedAsync(Guid id, Guid hallId, IReadOnlyCollection<Guid> inspectors, string unitName, string title,
        CancellationToken cancellationToken)
    {
        var recipients = (await staff.GetHallManagerUserIdsAsync([hallId], cancellationToken)).Concat(inspectors).Distinct().ToList();
        if (recipients.Count == 0) return;
        await inbox.SendAsync(recipients, new NotificationMessage(RectifiedKind, $"{unitName}报告整改完成，待验收：{title}",
            $"{unitName} reports a ledger item rectified, to be reviewed: {title}", null, null, Link(id)), cancellationToken);
    }

    /// <summary>One message per unit naming its items due soon or overdue.</summary>
    public async Task DueAsync(Guid unitId, string unitName, IReadOnlyList<(string Title, DateOnly DueOn)> items, CancellationToken cancellationToken)
    {
        var list = string.Join("；", items.OrderBy(i => i.DueOn).Select(i => $"{i.Title}（{i.DueOn:yyyy-MM-dd}）"));
        await ToLeadsAsync(unitId, new NotificationMessage(DueKind, $"{unitName}有 {items.Count} 条整改台账即将到期或已超期",
            $"{items.Count} ledger item(s) of {unitName} due soon or overdue", $"整改期限：{list}。", $"Deadlines: {list}.",
            $"{BoardLink}?unitId={unitId}"), cancellationToken);
    }

    private async Task ToLeadsAsync(Guid unitId, NotificationMessage message, CancellationToken cancellationToken)
    {
        var leads = await staff.GetLeadUserIdsAsync([unitId], cancellationToken);
        if (leads.Count > 0) await inbox.SendAsync(leads, message, cancellationToken);
    }
}

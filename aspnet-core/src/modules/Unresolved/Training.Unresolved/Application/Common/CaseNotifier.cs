using Training.Organization;
using Training.SharedKernel.Notifications;
using Training.Unresolved.Domain;

namespace Training.Unresolved.Application.Common;

/// <summary>
/// The inbox messages of cases. None carries the complainant's name or contact (a notification may reach the unit
/// complained about, and needs neither): the case's number and matter say which case it is.
/// </summary>
internal sealed class CaseNotifier(IStaffIntegrationService staff, INotificationSender inbox)
{
    public const string CasesLink = "/unresolved/cases";
    public const string InboxLink = "/unresolved/transfers";

    public static string CaseLink(Guid caseId) => $"{CasesLink}/{caseId}";

    /// <summary>A new case: the guide on duty, at once; with nobody on duty, the hall's managers (the case says so too).</summary>
    public async Task RecordedAsync(UnresolvedCase @case, CancellationToken cancellationToken)
    {
        var recipients = @case.GuideStaffId is { } guide
            ? (await staff.GetByIdsAsync([guide], cancellationToken)).Where(s => s.UserId is not null).Select(s => s.UserId!.Value).ToList()
            : [];
        var noGuide = recipients.Count == 0;
        if (noGuide) recipients = (await staff.GetHallManagerUserIdsAsync([@case.HallId], cancellationToken)).ToList();
        recipients = recipients.Where(u => u != @case.RecordedByUserId).Distinct().ToList();
        if (recipients.Count == 0) return;
        await inbox.SendAsync(recipients, new NotificationMessage("Unresolved.CaseRecorded",
            $"办不成事诉求 {@case.Number}：{@case.Matter}", $"Unresolved matter {@case.Number}: {@case.Matter}",
            noGuide ? "当日无值班巡导员，请中心安排人员处理。" : "请到“办不成事”窗口了解情况并分类处办。",
            noGuide ? "No guide is on duty today; please have someone handle it." : "Please go to the 办不成事 window and classify the case.",
            CaseLink(@case.Id)), cancellationToken);
    }

    /// <summary>A transfer: the receiver's liaisons (to their inbox).</summary>
    public async Task TransferredAsync(UnresolvedCase @case, CaseTransfer transfer, IReadOnlyCollection<Guid> liaisons, CancellationToken cancellationToken)
    {
        if (liaisons.Count == 0) return;
        await inbox.SendAsync(liaisons, new NotificationMessage("Unresolved.CaseTransferred",
            $"转办诉求 {@case.Number}：{@case.Matter}", $"Case transferred {@case.Number}: {@case.Matter}",
            $"请于 {transfer.DueOn:yyyy-MM-dd} 前答复。", $"Please answer by {transfer.DueOn:yyyy-MM-dd}.", InboxLink), cancellationToken);
    }

    /// <summary>The receiver answered: the guide of the case and the staff member who recorded it (the follow-up is theirs).</summary>
    public async Task AnsweredAsync(UnresolvedCase @case, CaseTransfer transfer, CancellationToken cancellationToken)
    {
        var recipients = await GuideAndDeskAsync(@case, cancellationToken);
        if (recipients.Count == 0) return;
        await inbox.SendAsync(recipients, new NotificationMessage("Unresolved.TransferAnswered",
            $"{transfer.ReceiverName}已答复诉求 {@case.Number}", $"{transfer.ReceiverName} answered case {@case.Number}",
            "请跟踪回访。", "Please follow up with the complainant.", CaseLink(@case.Id)), cancellationToken);
    }

    /// <summary>An unsatisfied follow-up: 效能督查科 (the hall's managers).</summary>
    public async Task EscalatedAsync(UnresolvedCase @case, DateOnly dueOn, CancellationToken cancellationToken)
    {
        var managers = await staff.GetHallManagerUserIdsAsync([@case.HallId], cancellationToken);
        if (managers.Count == 0) return;
        await inbox.SendAsync(managers, new NotificationMessage("Unresolved.CaseEscalated",
            $"回访不满意：诉求 {@case.Number}", $"Unsatisfied follow-up: case {@case.Number}",
            $"请会同相关部门于 {dueOn:yyyy-MM-dd} 前分析并回应诉求。", $"Please answer with the departments by {dueOn:yyyy-MM-dd}.",
            CaseLink(@case.Id)), cancellationToken);
    }

    /// <summary>Overdue deadlines, one message per recipient listing their cases (numbers and steps only).</summary>
    public async Task OverdueAsync(IReadOnlyCollection<Guid> recipients, IReadOnlyList<(string Number, DeadlineKind Kind, DateOnly DueOn)> items,
        CancellationToken cancellationToken)
    {
        if (recipients.Count == 0 || items.Count == 0) return;
        var zh = string.Join("；", items.Select(i => $"{i.Number} {DeadlineNames.Zh(i.Kind)}（{i.DueOn:yyyy-MM-dd} 到期）"));
        var en = string.Join("; ", items.Select(i => $"{i.Number} {DeadlineNames.En(i.Kind)} (due {i.DueOn:yyyy-MM-dd})"));
        await inbox.SendAsync(recipients, new NotificationMessage("Unresolved.DeadlineOverdue",
            $"办不成事诉求有 {items.Count} 项办理时限已超期", $"{items.Count} unresolved-matter deadline(s) overdue", zh, en, CasesLink),
            cancellationToken);
    }

    public async Task<List<Guid>> GuideAndDeskAsync(UnresolvedCase @case, CancellationToken cancellationToken)
    {
        var recipients = new List<Guid> { @case.RecordedByUserId };
        if (@case.GuideStaffId is { } guide)
            recipients.AddRange((await staff.GetByIdsAsync([guide], cancellationToken)).Where(s => s.UserId is not null).Select(s => s.UserId!.Value));
        return recipients.Distinct().ToList();
    }
}

/// <summary>The deadlines' names for messages.</summary>
internal static class DeadlineNames
{
    public static string Zh(DeadlineKind kind) => kind switch
    {
        DeadlineKind.SameDayResolution => "当日办结",
        DeadlineKind.FirstReply => "首次反馈",
        DeadlineKind.ReceiverAnswer => "承办单位答复",
        DeadlineKind.FollowUp => "跟踪回访",
        DeadlineKind.EscalationAnswer => "效能督查科答复",
        _ => kind.ToString(),
    };

    public static string En(DeadlineKind kind) => kind switch
    {
        DeadlineKind.SameDayResolution => "same-day resolution",
        DeadlineKind.FirstReply => "first reply",
        DeadlineKind.ReceiverAnswer => "receiver's answer",
        DeadlineKind.FollowUp => "follow-up",
        DeadlineKind.EscalationAnswer => "efficiency section's answer",
        _ => kind.ToString(),
    };
}

using Training.SharedKernel.Time;
using Training.Unresolved.Application.Common;
using Training.Unresolved.Domain;

namespace Training.Unresolved.Application.Cases;

/// <summary>
/// A loaded case as <see cref="UnresolvedCaseDetailDto"/> for the caller: the complainant through <see cref="ComplainantMask"/>, the
/// steps, deadlines (met on time, overdue), transfers with their attachments, and what the caller may do now.
/// </summary>
internal sealed class CaseDetails(CaseNames names, TimeProvider clock)
{
    public async Task<UnresolvedCaseDetailDto> BuildAsync(UnresolvedCase c, CaseCaller.Caller caller, CancellationToken cancellationToken)
    {
        var lookup = await names.ForAsync([c.HallId], [c.UnitId], [c.WindowId], cancellationToken);
        var today = clock.Today(lookup.Halls.TryGetValue(c.HallId, out var hall) ? hall.TimeZone : BusinessDates.DefaultTimeZone);
        var open = c.Deadlines.Where(d => d.IsOpen).ToList();
        var throughReceiver = c.Transfers.Any(t => !t.ReceiverIsComplainedUnit && caller.IsLiaisonOf(t.ReceiverId));
        var row = new CaseRow(c.Id, c.HallId, c.Number, c.ReceivedAt, c.ReceivedOn, c.Channel, c.ComplainantKind, c.ComplainantName,
            c.ComplainantContact, c.EnterpriseName, c.Matter, c.UnitId, c.WindowId, c.Category, c.State, c.GuideName, c.RecordedByUserId,
            c.RecordedByName, c.Transfers.OrderByDescending(t => t.TransferredAt).Select(t => t.ReceiverName).FirstOrDefault(),
            open.Count == 0 ? null : open.Min(d => d.DueOn), throughReceiver, c.Version).ToDto(caller, lookup, today);
        var receiverNames = c.Transfers.GroupBy(t => t.ReceiverId).ToDictionary(g => g.Key, g => g.First().ReceiverName);
        return new UnresolvedCaseDetailDto(row, c.Description, c.RecordedByName, c.NotAcceptedReason, c.NotAcceptedExplanation,
            c.ComplaintCheckInspectionId, c.ClosedAt, c.Outcome, c.ClosingText,
            c.ConferenceSections?.Split('、', StringSplitOptions.RemoveEmptyEntries) ?? [],
            c.Steps.OrderBy(s => s.Order).Select(s => new CaseStepDto(s.Id, s.Kind, s.At, s.ByName, s.Text,
                s.Sections?.Split('、', StringSplitOptions.RemoveEmptyEntries) ?? [], s.ReceiverId, s.ReceiverName, s.Satisfied, s.Category)).ToList(),
            c.Deadlines.OrderBy(d => d.StartedOn).ThenBy(d => d.Kind).Select(d => new CaseDeadlineDto(d.Id, d.Kind, d.Owner, d.ReceiverId,
                d.ReceiverId is { } r ? receiverNames.GetValueOrDefault(r) : null, d.StartedOn, d.DueOn, d.MetAt, d.MetOnTime,
                d.IsOpen && d.DueOn < today)).ToList(),
            c.Transfers.OrderBy(t => t.TransferredAt).Select(t => new CaseTransferDto(t.Id, t.ReceiverId, t.ReceiverName, t.ReceiverKind,
                t.TransferredAt, t.TransferredByName, t.Note, t.DueOn, t.ReceiverIsComplainedUnit, t.AnsweredAt, t.AnswerText, t.AnsweredByName,
                t.Attachments.Select(a => new AttachmentDto(a.FileId, a.FileName, a.Size, a.ContentType)).ToList())).ToList(),
            Actions(c, caller));
    }

    private static CaseActionsDto Actions(UnresolvedCase c, CaseCaller.Caller caller)
    {
        var handles = caller.Handles(c.HallId);
        var supervises = caller.Supervises(c.HallId);
        var desk = handles || (c.RecordedByUserId == caller.UserId && caller.Account.IsGranted(UnresolvedPermissions.Cases.Record));
        var handling = c.State == UnresolvedCaseState.Handling;
        return new CaseActionsDto(
            Classify: handles && c.State == UnresolvedCaseState.Registered,
            WindowAnswer: handles && handling && c.Category == CaseCategory.General,
            Conference: handles && handling && c.Category == CaseCategory.Complex,
            OpenComplaintCheck: supervises && handling && c.Category == CaseCategory.NonStandardService && c.ComplaintCheckInspectionId is null,
            Transfer: (handles || supervises) && handling && c.Category is { } category && UnresolvedCase.IsTransferCategory(category),
            FirstReply: desk && c.IsOpen && c.Deadlines.Any(d => d.Kind == DeadlineKind.FirstReply && d.IsOpen),
            FollowUp: desk && c.State is UnresolvedCaseState.Answered or UnresolvedCaseState.AwaitingFollowUp,
            AnswerEscalation: supervises && c.State == UnresolvedCaseState.Escalated,
            Close: handles && c.State is UnresolvedCaseState.Handling or UnresolvedCaseState.AwaitingFollowUp or UnresolvedCaseState.Answered);
    }
}

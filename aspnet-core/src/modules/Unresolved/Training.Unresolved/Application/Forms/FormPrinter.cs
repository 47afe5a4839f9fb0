using Microsoft.EntityFrameworkCore;
using Training.Documents;
using Training.Organization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Scoping;
using Training.Unresolved.Application.Common;
using Training.Unresolved.Domain;
using Training.Unresolved.EntityFrameworkCore;

namespace Training.Unresolved.Application.Forms;

/// <summary>
/// The 事项登记表 of a case and the 转办单 of a transfer, for whoever may read the case (a liaison: the transfers to their
/// receivers). The complainant is printed only when <see cref="ComplainantMask"/> reveals it to the caller — and never on
/// the slip of a transfer to the unit complained about (the paper goes to that unit; 经效能督查科转办). Nothing of the
/// moment of printing is on the page, so a case prints the same bytes until it changes.
/// </summary>
internal sealed class FormPrinter(UnresolvedDbContext db, CaseCaller callers, IStructureIntegrationService structure, DocumentRenderer renderer)
{
    public async Task<(string FileName, byte[] Pdf)> RegistrationAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var (c, caller) = await CaseAsync(caseId, cancellationToken);
        var transfers = await TransfersAsync(c.Id, cancellationToken);
        var steps = await db.CaseSteps.AsNoTracking().Where(s => s.CaseId == c.Id).ToListAsync(cancellationToken);
        var shown = ComplainantMask.Reveals(caller, Facts(c, caller, transfers));
        var responsible = transfers.Count > 0 ? string.Join("、", transfers.Select(t => t.ReceiverName).Distinct())
            : await PlaceAsync(c, cancellationToken) ?? "—";
        var reply = HandlingText.Of(steps);
        if (c.IsOpen) reply = reply.Length == 0 ? FormTexts.InProgress : $"{reply}（{FormTexts.InProgress}）";
        var view = new RegistrationFormView(c.Number, await HallNameAsync(c.HallId, cancellationToken), shown ? Name(c) : FormTexts.Hidden,
            shown ? c.ComplainantContact : FormTexts.Hidden, c.RecordedByName, FormTexts.Instant(c.ReceivedAt), Record(c), responsible, reply);
        return ($"办不成事登记表-{c.Number}.pdf", Render(FormDocuments.Registration(view)));
    }

    /// <summary>A transfer's slip through its case (whoever reads the case).</summary>
    public async Task<(string FileName, byte[] Pdf)> SlipOfCaseAsync(Guid caseId, Guid transferId, CancellationToken cancellationToken)
    {
        var (c, caller) = await CaseAsync(caseId, cancellationToken);
        return await SlipAsync(c, caller, transferId, cancellationToken);
    }

    /// <summary>A transfer's slip from the liaison's inbox: a transfer to a receiver one is a liaison of (or any, for every hall's scope).</summary>
    public async Task<(string FileName, byte[] Pdf)> SlipOfTransferAsync(Guid transferId, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        var transfer = await db.CaseTransfers.AsNoTracking().Where(t => t.Id == transferId).Select(t => new { t.CaseId, t.ReceiverId })
            .FirstOrDefaultAsync(cancellationToken);
        if (transfer is null || (caller.Scope.Kind != ScopeKind.All && !caller.IsLiaisonOf(transfer.ReceiverId)))
            throw new EntityNotFoundException("CaseTransfer", transferId);
        var (c, _) = await CaseAsync(transfer.CaseId, cancellationToken);
        return await SlipAsync(c, caller, transferId, cancellationToken);
    }

    private async Task<(string FileName, byte[] Pdf)> SlipAsync(UnresolvedCase c, CaseCaller.Caller caller, Guid transferId, CancellationToken cancellationToken)
    {
        var transfers = await TransfersAsync(c.Id, cancellationToken);
        var index = transfers.FindIndex(t => t.Id == transferId);
        if (index < 0) throw new EntityNotFoundException("CaseTransfer", transferId);
        var t = transfers[index];
        var shown = ComplainantMask.Reveals(caller, Facts(c, caller, transfers)) && !t.ReceiverIsComplainedUnit;
        var number = transfers.Count > 1 ? $"{c.Number}-{index + 1}" : c.Number;
        var view = new TransferSlipView(number, await HallNameAsync(c.HallId, cancellationToken), t.ReceiverName, FormTexts.Category(c.Category),
            FormTexts.Instant(c.ReceivedAt), FormTexts.Instant(t.TransferredAt), shown ? Name(c) : FormTexts.Hidden,
            shown ? c.ComplainantContact : FormTexts.Hidden, FormTexts.Date(t.DueOn), $"{c.Matter}：{c.Description}", t.TransferredByName,
            FormTexts.Date(t.TransferredAt), t.AnswerText ?? "", t.AnsweredByName ?? "", t.AnsweredAt is { } at ? FormTexts.Date(at) : "　　年　　月　　日",
            t.Note ?? "", t.ReceiverIsComplainedUnit);
        return ($"办不成事转办单-{number}.pdf", Render(FormDocuments.TransferSlip(view)));
    }

    private async Task<(UnresolvedCase Case, CaseCaller.Caller Caller)> CaseAsync(Guid id, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        var c = await db.Cases.AsNoTracking().VisibleTo(caller).FirstOrDefaultAsync(x => x.Id == id, cancellationToken)
                ?? throw new EntityNotFoundException("UnresolvedCase", id);
        return (c, caller);
    }

    private Task<List<CaseTransfer>> TransfersAsync(Guid caseId, CancellationToken cancellationToken) =>
        db.CaseTransfers.AsNoTracking().Where(t => t.CaseId == caseId).OrderBy(t => t.TransferredAt).ThenBy(t => t.Id).ToListAsync(cancellationToken);

    private static ComplainantMask.CaseFacts Facts(UnresolvedCase c, CaseCaller.Caller caller, List<CaseTransfer> transfers) =>
        new(c.HallId, c.RecordedByUserId, transfers.Any(t => !t.ReceiverIsComplainedUnit && caller.IsLiaisonOf(t.ReceiverId)));

    private static string Name(UnresolvedCase c) => c.EnterpriseName is { } enterprise ? $"{enterprise}（{c.ComplainantName}）" : c.ComplainantName;

    /// <summary>反映情况记录: how it came in, the matter, what could not be done, and the reason when it was not accepted.</summary>
    private static string Record(UnresolvedCase c)
    {
        var record = $"（{FormTexts.Channel(c.Channel)}反映）事项：{c.Matter}。{c.Description}";
        return c.NotAcceptedReason is { } reason ? $"{record}（不予受理：{FormTexts.Reason(reason)}）" : record;
    }

    private async Task<string?> PlaceAsync(UnresolvedCase c, CancellationToken cancellationToken)
    {
        if (c.WindowId is { } windowId && (await structure.GetWindowsAsync([windowId], null, cancellationToken)).SingleOrDefault() is { } window)
            return window.Name;
        if (c.UnitId is { } unitId && (await structure.GetUnitsAsync([unitId], null, cancellationToken)).SingleOrDefault() is { } unit)
            return unit.Name;
        return null;
    }

    private async Task<string> HallNameAsync(Guid hallId, CancellationToken cancellationToken) =>
        (await structure.GetHallsAsync([hallId], cancellationToken)).SingleOrDefault()?.Name ?? "";

    private byte[] Render(DocumentBuilder document)
    {
        using var output = new MemoryStream();
        renderer.Render(document, output);
        return output.ToArray();
    }
}

using Microsoft.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Time;
using Training.Supervision;
using Training.Unresolved.Application.Common;
using Training.Unresolved.Domain;
using Training.Unresolved.EntityFrameworkCore;

namespace Training.Unresolved.Application.Cases;

/// <summary>
/// The handling steps of a case, each in one transaction with its messages (nothing half-written): the guide classifies,
/// records the window's answer or the conference, transfers; 效能督查科 opens the complaint check and answers escalations;
/// the guide or the recording staff member replies first and follows up. A step that does not fit the case's state
/// answers 409 with <see cref="UnresolvedErrorCodes.WrongState"/>; a stale version answers 409 too.
/// </summary>
internal sealed class CaseWorkflowService(
    UnresolvedDbContext db, CaseCaller callers, UnresolvedDeadlines deadlines, CaseNotifier notifier, CaseQueryService queries,
    IStructureIntegrationService structure, ISupervisionIntegrationService supervision, UnitOfWork unitOfWork, TimeProvider clock)
{
    public Task<UnresolvedCaseDetailDto> ClassifyAsync(Guid id, ClassifyCaseInput input, CancellationToken cancellationToken) =>
        RunAsync(id, input.Version, Role.Handle, async (c, by) =>
        {
            var followUpDue = await deadlines.FollowUpDueAsync(c.HallId, c.ReceivedOn, cancellationToken);
            c.Classify(input.Category, input.Note, followUpDue, by);
        }, cancellationToken);

    public Task<UnresolvedCaseDetailDto> WindowAnswerAsync(Guid id, WindowAnswerInput input, CancellationToken cancellationToken) =>
        RunAsync(id, input.Version, Role.Handle, (c, by) =>
        {
            c.RecordWindowAnswer(input.Answer, by);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<UnresolvedCaseDetailDto> ConferenceAsync(Guid id, ConferenceInput input, CancellationToken cancellationToken) =>
        RunAsync(id, input.Version, Role.Handle, async (c, by) =>
        {
            var configured = await deadlines.ConferenceSectionsAsync(c.HallId, cancellationToken);
            var unknown = input.Sections.Select(s => s.Trim()).FirstOrDefault(s => !configured.Contains(s));
            if (unknown is not null) throw new BusinessException(UnresolvedErrorCodes.UnknownSection, unknown, string.Join("、", configured));
            if (input.Sections.Length == 0) throw new BusinessException(CommonErrorCodes.Required, "sections");
            c.RecordConference(input.Sections, input.Outcome, by);
        }, cancellationToken);

    /// <summary>服务不规范: the complaint check in Supervision (idempotent by the case number), its inspection kept on the case.</summary>
    public Task<UnresolvedCaseDetailDto> OpenComplaintCheckAsync(Guid id, ComplaintCheckInput input, CancellationToken cancellationToken) =>
        RunAsync(id, input.Version, Role.Supervise, async (c, by) =>
        {
            c.EnsureComplaintCheckPossible();
            var summary = $"办不成事 {c.Number}：{c.Matter}\n{c.Description}";
            if (!string.IsNullOrWhiteSpace(input.Note)) summary += $"\n{input.Note.Trim()}";
            var inspectionId = await supervision.OpenComplaintCheckAsync(new ComplaintCheckRequest(c.HallId, c.UnitId, c.WindowId, input.StaffId,
                c.Number, summary.Length <= 2000 ? summary : summary[..2000], by.On), cancellationToken);
            c.ComplaintCheckOpened(inspectionId, input.Note, by);
        }, cancellationToken);

    /// <summary>
    /// 未进驻 → a department or township; 审批主体不明 → 市便民服务中心. When the receiver is the department of the unit
    /// complained about, only 效能督查科 transfers it (and the complainant stays hidden from its liaisons).
    /// </summary>
    public Task<UnresolvedCaseDetailDto> TransferAsync(Guid id, TransferCaseInput input, CancellationToken cancellationToken) =>
        RunAsync(id, input.Version, Role.HandleOrSupervise, async (c, by) =>
        {
            c.EnsureTransferable();
            var receiver = await db.Receivers.Include(r => r.Liaisons).FirstOrDefaultAsync(r => r.Id == input.ReceiverId, cancellationToken)
                           ?? throw new EntityNotFoundException("Receiver", input.ReceiverId);
            if (!receiver.IsActive) throw new BusinessException(UnresolvedErrorCodes.ReceiverInactive, receiver.Name);
            if (!Fits(c.Category!.Value, receiver.Kind))
                throw new BusinessException(UnresolvedErrorCodes.ReceiverKindMismatch, c.Category.ToString());
            var complainedUnit = await IsComplainedUnitAsync(c, receiver, cancellationToken);
            var caller = await callers.GetAsync(cancellationToken);
            if (complainedUnit && !caller.Supervises(c.HallId))
                throw new BusinessException(UnresolvedErrorCodes.TransferByEfficiencySection) { Kind = ErrorKind.Forbidden };
            var dueOn = await deadlines.ReceiverAnswerDueAsync(c.HallId, by.On, cancellationToken);
            var transfer = c.Transfer(receiver.Id, receiver.Name, receiver.Kind, complainedUnit, input.Note, dueOn, by);
            _after = ct => notifier.TransferredAsync(c, transfer, receiver.Liaisons.Select(l => l.UserId).ToList(), ct);
        }, cancellationToken);

    public Task<UnresolvedCaseDetailDto> FirstReplyAsync(Guid id, FirstReplyInput input, CancellationToken cancellationToken) =>
        RunAsync(id, input.Version, Role.Desk, (c, by) =>
        {
            c.RecordFirstReply(input.Text, by);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<UnresolvedCaseDetailDto> FollowUpAsync(Guid id, FollowUpInput input, CancellationToken cancellationToken) =>
        RunAsync(id, input.Version, Role.Desk, async (c, by) =>
        {
            var escalationDue = await deadlines.EscalationAnswerDueAsync(c.HallId, by.On, cancellationToken);
            c.RecordFollowUp(input.Satisfied, input.Text, escalationDue, by, Guid.NewGuid());
            if (!input.Satisfied) _after = ct => notifier.EscalatedAsync(c, escalationDue, ct);
        }, cancellationToken);

    public Task<UnresolvedCaseDetailDto> AnswerEscalationAsync(Guid id, EscalationAnswerInput input, CancellationToken cancellationToken) =>
        RunAsync(id, input.Version, Role.Supervise, (c, by) =>
        {
            c.AnswerEscalation(input.Outcome, input.Text, by, Guid.NewGuid());
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<UnresolvedCaseDetailDto> CloseAsync(Guid id, CloseCaseInput input, CancellationToken cancellationToken) =>
        RunAsync(id, input.Version, Role.Handle, (c, by) =>
        {
            c.Close(input.Outcome, input.Text, by, Guid.NewGuid());
            return Task.CompletedTask;
        }, cancellationToken);

    private enum Role { Handle, Supervise, HandleOrSupervise, Desk }

    /// <summary>Messages to send after the step, inside its transaction.</summary>
    private Func<CancellationToken, Task>? _after;

    /// <summary>
    /// Loads the case within the caller's visibility (404 outside), checks the caller's part in it and the version, runs the
    /// step and its messages in one transaction. The case's version is a concurrency token: a step that raced this one answers 409.
    /// </summary>
    private async Task<UnresolvedCaseDetailDto> RunAsync(Guid id, int version, Role role, Func<UnresolvedCase, CaseActor, Task> step,
        CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        var @case = await db.Cases.VisibleTo(caller).Where(c => c.Id == id)
                        .Include(c => c.Steps).Include(c => c.Deadlines).Include(c => c.Transfers).ThenInclude(t => t.Attachments)
                        .AsSplitQuery().FirstOrDefaultAsync(cancellationToken)
                    ?? throw new EntityNotFoundException("UnresolvedCase", id);
        var allowed = role switch
        {
            Role.Handle => caller.Handles(@case.HallId),
            Role.Supervise => caller.Supervises(@case.HallId),
            Role.HandleOrSupervise => caller.Handles(@case.HallId) || caller.Supervises(@case.HallId),
            _ => caller.Handles(@case.HallId) || @case.RecordedByUserId == caller.UserId,
        };
        if (!allowed) throw new BusinessException(UnresolvedErrorCodes.NotYourCase) { Kind = ErrorKind.Forbidden };
        if (@case.Version != version) throw new BusinessException(CommonErrorCodes.Conflict) { Kind = ErrorKind.Conflict };
        var hall = (await structure.GetHallsAsync([@case.HallId], cancellationToken)).Single();
        var actor = caller.At(clock.GetUtcNow().UtcDateTime, clock.Today(hall.TimeZone));

        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        _after = null;
        await step(@case, actor);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessException(CommonErrorCodes.Conflict) { Kind = ErrorKind.Conflict };
        }
        if (_after is { } after) await after(cancellationToken);
        await transaction.CommitAsync();
        return await queries.GetAsync(id, cancellationToken);
    }

    private static bool Fits(CaseCategory category, ReceiverKind kind) => category switch
    {
        CaseCategory.NotStationed => kind is ReceiverKind.Department or ReceiverKind.Township,
        CaseCategory.UnclearAuthority => kind == ReceiverKind.ConvenienceCentre,
        _ => false,
    };

    /// <summary>The receiver is the unit complained about when it is the department that stations that unit.</summary>
    private async Task<bool> IsComplainedUnitAsync(UnresolvedCase c, Receiver receiver, CancellationToken cancellationToken)
    {
        if (receiver.DepartmentId is not { } department || c.UnitId is not { } unitId) return false;
        var unit = (await structure.GetUnitsAsync([unitId], null, cancellationToken)).FirstOrDefault();
        return unit?.DepartmentId == department;
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Training.Documents.Images;
using Training.Organization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Files;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Settings;
using Training.SharedKernel.Time;
using Training.Unresolved.Application.Cases;
using Training.Unresolved.Application.Common;
using Training.Unresolved.EntityFrameworkCore;

namespace Training.Unresolved.Application.Transfers;

/// <summary>
/// The liaison's inbox: the transfers to their receivers (open first, by due day), one in full, its answer with up to 5
/// attachments — which ends the receiver's deadline and starts the follow-up — and the attachments' download.
/// </summary>
internal sealed class TransferService(
    UnresolvedDbContext db, CaseCaller callers, CaseNames names, UnresolvedDeadlines deadlines, CaseNotifier notifier,
    IStructureIntegrationService structure, IFileStorage files, ISettingProvider settings, UnitOfWork unitOfWork, TimeProvider clock)
{
    public const string AttachmentPurpose = "unresolved-answer-attachment";
    private static readonly FileKind[] AttachmentKinds = [FileKind.Jpeg, FileKind.Png, FileKind.Pdf, FileKind.Docx, FileKind.Xlsx];
    private const int MaxPhotoEdge = 2560;

    private static readonly SortMap<TransferRow> Sort = new SortMap<TransferRow>("dueOn")
        .Add("dueOn", t => t.DueOn)
        .Add("transferredAt", t => t.TransferredAt);

    public async Task<PagedResult<TransferRowDto>> ListAsync(TransferListInput input, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        var query = TransferRow.For(db, caller);
        if (input.Answered is { } answered) query = answered ? query.Where(t => t.AnsweredAt != null) : query.Where(t => t.AnsweredAt == null);
        if (input.ReceiverId is { } receiver) query = query.Where(t => t.ReceiverId == receiver);
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var text = input.Filter.Trim();
            query = query.Where(t => t.CaseNumber.Contains(text) || t.Matter.Contains(text));
        }
        var page = await query.ToPagedResultAsync(input, Sort, t => t, cancellationToken);
        var lookup = await names.ForAsync(page.Items.Select(t => t.HallId), page.Items.Select(t => t.UnitId), [], cancellationToken);
        var today = clock.Today();
        return new PagedResult<TransferRowDto>(page.TotalCount, page.Items.Select(t => t.ToDto(caller, lookup, today)).ToList());
    }

    public async Task<TransferDetailDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        var row = await TransferRow.For(db, caller).FirstOrDefaultAsync(t => t.Id == id, cancellationToken)
                  ?? throw new EntityNotFoundException("CaseTransfer", id);
        var transfer = await db.CaseTransfers.AsNoTracking().Include(t => t.Attachments).SingleAsync(t => t.Id == id, cancellationToken);
        var @case = await db.Cases.AsNoTracking().Where(c => c.Id == row.CaseId)
            .Select(c => new { c.ComplainantKind, c.Channel, c.ReceivedAt, c.Description, c.State, c.Version }).SingleAsync(cancellationToken);
        var lookup = await names.ForAsync([row.HallId], [row.UnitId], [], cancellationToken);
        return new TransferDetailDto(row.ToDto(caller, lookup, clock.Today()), @case.ComplainantKind, @case.Channel, @case.ReceivedAt,
            @case.Description, transfer.Note, transfer.TransferredByName, transfer.ReceiverIsComplainedUnit, transfer.AnswerText,
            transfer.AnsweredByName, transfer.Attachments.Select(a => new AttachmentDto(a.FileId, a.FileName, a.Size, a.ContentType)).ToList(),
            CanAnswer: transfer.AnsweredAt is null && @case.State == UnresolvedCaseState.Transferred
                       && caller.Account.IsGranted(UnresolvedPermissions.Transfers.Answer),
            @case.Version);
    }

    /// <summary>The receiver's answer (text and up to 5 attachments), in one transaction with the files and the messages.</summary>
    public async Task<TransferDetailDto> AnswerAsync(Guid id, string? text, int version, IReadOnlyList<IFormFile> attachments,
        CancellationToken cancellationToken)
    {
        if (attachments.Count > UnresolvedConsts.MaxAttachments)
            throw new BusinessException(CommonErrorCodes.TooManyItems, "files", UnresolvedConsts.MaxAttachments);
        if (string.IsNullOrWhiteSpace(text)) throw new BusinessException(CommonErrorCodes.Required, "text");
        if (text.Length > UnresolvedConsts.MaxTextLength) throw new BusinessException(CommonErrorCodes.TooLong, "text", UnresolvedConsts.MaxTextLength);
        var caller = await callers.GetAsync(cancellationToken);
        var row = await TransferRow.For(db, caller).FirstOrDefaultAsync(t => t.Id == id, cancellationToken)
                  ?? throw new EntityNotFoundException("CaseTransfer", id);
        var @case = await db.Cases.Where(c => c.Id == row.CaseId)
            .Include(c => c.Steps).Include(c => c.Deadlines).Include(c => c.Transfers).ThenInclude(t => t.Attachments)
            .AsSplitQuery().SingleAsync(cancellationToken);
        if (@case.Version != version) throw new BusinessException(CommonErrorCodes.Conflict) { Kind = ErrorKind.Conflict };
        var uploaded = await ReadAsync(attachments, cancellationToken);
        var hall = (await structure.GetHallsAsync([@case.HallId], cancellationToken)).Single();
        var actor = caller.At(clock.GetUtcNow().UtcDateTime, clock.Today(hall.TimeZone));
        var followUpDue = await deadlines.FollowUpDueAsync(@case.HallId, actor.On, cancellationToken);
        @case.AnswerTransfer(id, text.Trim(), followUpDue, actor);
        var transfer = @case.Transfers.Single(t => t.Id == id);

        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        foreach (var (name, content) in uploaded)
        {
            var stored = await files.SaveAsync(new FileUpload(name, content, AttachmentPurpose, AttachmentKinds), cancellationToken);
            transfer.Attach(stored.Id, stored.FileName, stored.Size, stored.ContentType);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessException(CommonErrorCodes.Conflict) { Kind = ErrorKind.Conflict };
        }
        await notifier.AnsweredAsync(@case, transfer, cancellationToken);
        await transaction.CommitAsync();
        return await GetAsync(id, cancellationToken);
    }

    public async Task<FileContent> AttachmentAsync(Guid id, Guid fileId, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        var visible = await TransferRow.For(db, caller).AnyAsync(t => t.Id == id, cancellationToken)
                      && await db.TransferAttachments.AnyAsync(a => a.TransferId == id && a.FileId == fileId, cancellationToken);
        if (!visible) throw new EntityNotFoundException("TransferAttachment", fileId);
        return await files.OpenAsync(fileId, cancellationToken) ?? throw new EntityNotFoundException("TransferAttachment", fileId);
    }

    /// <summary>
    /// Reads every file before anything is stored: each within the module's size setting and of an allowed kind by its
    /// content; photos re-encoded without EXIF, PDF and Office documents kept as sent.
    /// </summary>
    private async Task<List<(string Name, byte[] Content)>> ReadAsync(IReadOnlyList<IFormFile> attachments, CancellationToken cancellationToken)
    {
        var maxMegabytes = await settings.GetIntAsync(UnresolvedSettings.AttachmentMaxMegabytes, cancellationToken: cancellationToken);
        var uploaded = new List<(string Name, byte[] Content)>();
        foreach (var file in attachments)
        {
            if (file.Length == 0) throw new BusinessException(CommonErrorCodes.Required, "file");
            if (file.Length > maxMegabytes * 1024L * 1024L)
                throw new BusinessException(UnresolvedErrorCodes.AttachmentTooLarge, file.FileName, maxMegabytes) { Kind = ErrorKind.TooLarge };
            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, cancellationToken);
            var bytes = buffer.ToArray();
            if (FileInspector.Detect(bytes) is not { } kind || !AttachmentKinds.Contains(kind))
                throw new BusinessException(CommonErrorCodes.FileTypeNotAllowed, "jpeg, png, pdf, docx, xlsx") { Kind = ErrorKind.UnsupportedType };
            if (kind is FileKind.Jpeg or FileKind.Png)
            {
                var photo = PhotoSanitizer.Sanitize(bytes, MaxPhotoEdge)
                            ?? throw new BusinessException(CommonErrorCodes.FileTypeNotAllowed, "jpeg, png") { Kind = ErrorKind.UnsupportedType };
                var stem = Path.GetFileNameWithoutExtension(file.FileName);
                uploaded.Add(($"{(string.IsNullOrWhiteSpace(stem) ? "photo" : stem)}.jpg", photo.Jpeg));
            }
            else uploaded.Add((file.FileName, bytes));
        }
        return uploaded;
    }
}

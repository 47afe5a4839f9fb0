using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Training.Documents.Images;
using Training.Organization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Files;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Settings;
using Training.SharedKernel.Time;
using Training.Supervision.Application.Common;
using Training.Supervision.EntityFrameworkCore;

namespace Training.Supervision.Application.Ledger;

/// <summary>
/// The responsible unit's side of the ledger: its own self-check items 对照自查 (a lead for their unit, a manager for any
/// unit of the hall), and progress reports with evidence (the unit's lead only) — the final one says it is rectified
/// and tells the reviewers.
/// </summary>
internal sealed class LedgerWorkflowService(
    SupervisionDbContext db, LedgerCaller callers, LedgerOpener opener, LedgerQueryService queries, LedgerNotifier notifier,
    IStructureIntegrationService structure, IFileStorage files, ISettingProvider settings, UnitOfWork unitOfWork, TimeProvider clock)
{
    public const string EvidencePurpose = "supervision-ledger-evidence";
    private static readonly FileKind[] EvidenceKinds = [FileKind.Jpeg, FileKind.Png, FileKind.Pdf, FileKind.Docx, FileKind.Xlsx, FileKind.Pptx];

    public async Task<LedgerDetailDto> CreateSelfCheckAsync(CreateSelfCheckInput input, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        var today = clock.Today();
        LedgerRules.EnsureDue(input.DueOn, today);
        var unit = (await structure.GetUnitsAsync([input.UnitId], null, cancellationToken)).FirstOrDefault();
        // A lead's units or a manager's halls; any other unit is out of scope, so it answers as if there were none.
        if (unit is null || !caller.Scope.CoversUnit(unit.Id, unit.HallId)) throw new EntityNotFoundException("Unit", input.UnitId);
        var item = await opener.OpenAsync(new LedgerOpener.Opening(LedgerSource.SelfCheck, unit.HallId, unit.Id, input.Title,
            input.Requirement, input.ResponsiblePerson, today, input.DueOn), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await queries.GetAsync(item.Id, cancellationToken);
    }

    public async Task<LedgerDetailDto> ReportProgressAsync(Guid id, string? note, bool final, int version, IReadOnlyList<IFormFile> evidence,
        CancellationToken cancellationToken)
    {
        if (evidence.Count > SupervisionConsts.MaxEvidenceFiles)
            throw new BusinessException(CommonErrorCodes.TooManyItems, "files", SupervisionConsts.MaxEvidenceFiles);
        if (string.IsNullOrWhiteSpace(note)) throw new BusinessException(CommonErrorCodes.Required, "note");
        if (note.Length > SupervisionConsts.MaxNoteLength) throw new BusinessException(CommonErrorCodes.TooLong, "note", SupervisionConsts.MaxNoteLength);
        var caller = await callers.GetAsync(cancellationToken);
        var item = await db.LedgerItems.WhereInScope(caller.Scope, i => i.HallId, i => i.UnitId, null)
                       .FirstOrDefaultAsync(i => i.Id == id, cancellationToken)
                   ?? throw new EntityNotFoundException("LedgerItem", id);
        if (!caller.IsResponsibleFor(item.UnitId)) throw new BusinessException(SupervisionErrorCodes.LedgerNotYourUnit) { Kind = ErrorKind.Forbidden };
        if (item.Version != version) throw new BusinessException(CommonErrorCodes.Conflict) { Kind = ErrorKind.Conflict };
        var uploaded = await ReadAsync(evidence, cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        var progress = item.ReportProgress(Guid.NewGuid(), note.Trim(), final, caller.Account.UserId, caller.Name, now, clock.Today());
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        foreach (var (name, content) in uploaded)
        {
            var stored = await files.SaveAsync(new FileUpload(name, content, EvidencePurpose, EvidenceKinds), cancellationToken);
            progress.AddEvidence(stored.Id, stored.FileName, stored.Size, stored.ContentType);
        }
        await db.SaveChangesAsync(cancellationToken);
        if (final)
        {
            var inspectors = item.InspectionId is { } inspectionId
                ? await db.InspectionInspectors.AsNoTracking().Where(i => i.InspectionId == inspectionId).Select(i => i.UserId).ToListAsync(cancellationToken)
                : [];
            var unitName = (await structure.GetUnitsAsync([item.UnitId], null, cancellationToken)).FirstOrDefault()?.Name ?? "";
            await notifier.RectifiedAsync(item.Id, item.HallId, inspectors, unitName, item.Title, cancellationToken);
        }
        await transaction.CommitAsync();
        return await queries.GetAsync(item.Id, cancellationToken);
    }

    /// <summary>
    /// Reads every file before anything is stored: each within <see cref="SupervisionSettings.PhotoMaxMegabytes"/> and of an
    /// allowed kind by its content; photos re-encoded without EXIF (a phone's location stays on the phone), PDF and Office
    /// documents kept as sent.
    /// </summary>
    private async Task<List<(string Name, byte[] Content)>> ReadAsync(IReadOnlyList<IFormFile> evidence, CancellationToken cancellationToken)
    {
        var maxMegabytes = await settings.GetIntAsync(SupervisionSettings.PhotoMaxMegabytes, cancellationToken: cancellationToken);
        var uploaded = new List<(string Name, byte[] Content)>();
        foreach (var file in evidence)
        {
            if (file.Length == 0) throw new BusinessException(CommonErrorCodes.Required, "file");
            if (file.Length > maxMegabytes * 1024L * 1024L)
                throw new BusinessException(SupervisionErrorCodes.LedgerEvidenceTooLarge, file.FileName, maxMegabytes) { Kind = ErrorKind.TooLarge };
            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, cancellationToken);
            var bytes = buffer.ToArray();
            if (FileInspector.Detect(bytes) is not { } kind || !EvidenceKinds.Contains(kind))
                throw new BusinessException(CommonErrorCodes.FileTypeNotAllowed, "jpeg, png, pdf, docx, xlsx, pptx") { Kind = ErrorKind.UnsupportedType };
            uploaded.Add(kind is FileKind.Jpeg or FileKind.Png ? Sanitized(file.FileName, bytes) : (file.FileName, bytes));
        }
        return uploaded;
    }

    private static (string Name, byte[] Content) Sanitized(string fileName, byte[] content)
    {
        var photo = PhotoSanitizer.Sanitize(content, SupervisionConsts.MaxPhotoEdge)
                    ?? throw new BusinessException(SupervisionErrorCodes.NotAPhoto) { Kind = ErrorKind.UnsupportedType };
        var stem = Path.GetFileNameWithoutExtension(fileName);
        return ($"{(string.IsNullOrWhiteSpace(stem) ? "photo" : stem)}.jpg", photo.Jpeg);
    }
}

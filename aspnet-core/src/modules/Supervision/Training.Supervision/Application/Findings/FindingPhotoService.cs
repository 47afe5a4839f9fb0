using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Training.Documents.Images;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Files;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Settings;
using Training.Supervision.Application.Inspections;
using Training.Supervision.EntityFrameworkCore;

namespace Training.Supervision.Application.Findings;

/// <summary>
/// A finding's photos, one a call (a phone sends them one by one): at most <see cref="SupervisionSettings.PhotoMaxMegabytes"/>,
/// JPEG or PNG by content, re-encoded by <see cref="PhotoSanitizer"/> so that no EXIF (location included) is stored.
/// The same bytes uploaded again for the same finding are stored once. Read within the caller's scope.
/// </summary>
internal sealed class FindingPhotoService(
    SupervisionDbContext db, InspectionCaller callers, FindingQueryService queries, IFileStorage files, ISettingProvider settings,
    UnitOfWork unitOfWork)
{
    public const string PhotoPurpose = "supervision-finding-photo";
    private static readonly FileKind[] PhotoKinds = [FileKind.Jpeg, FileKind.Png];

    public async Task<FindingDto> AddAsync(Guid id, IFormFile? file, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        var finding = await db.Findings.Include(f => f.Photos).WhereInScope(caller.ActingScope, f => f.HallId, null, null)
                          .FirstOrDefaultAsync(f => f.Id == id, cancellationToken)
                      ?? throw new EntityNotFoundException("Finding", id);
        var content = await ReadAsync(file, cancellationToken);
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        if (finding.Photos.Any(p => p.ContentHash == hash)) return await queries.GetAsync(id, cancellationToken);
        var photo = PhotoSanitizer.Sanitize(content, SupervisionConsts.MaxPhotoEdge)
                    ?? throw new BusinessException(SupervisionErrorCodes.NotAPhoto) { Kind = ErrorKind.UnsupportedType };
        var stem = Path.GetFileNameWithoutExtension(file!.FileName);
        var name = $"{(string.IsNullOrWhiteSpace(stem) ? "photo" : stem)}.jpg";

        if (!await StoreAsync(finding, photo, name, hash, cancellationToken))
        {
            // The same photo sent twice at once: the unique (finding, hash) index kept the other request's.
            db.ChangeTracker.Clear();
            if (!await db.FindingPhotos.AnyAsync(p => p.FindingId == id && p.ContentHash == hash, cancellationToken))
                throw new BusinessException(CommonErrorCodes.Conflict) { Kind = ErrorKind.Conflict };
        }
        return await queries.GetAsync(id, cancellationToken);
    }

    /// <summary>The file and its row in one transaction; false (all rolled back) when the row lost a race for its key.</summary>
    private async Task<bool> StoreAsync(Domain.Finding finding, SanitizedPhoto photo, string name, string hash, CancellationToken cancellationToken)
    {
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var stored = await files.SaveAsync(new FileUpload(name, photo.Jpeg, PhotoPurpose, [FileKind.Jpeg]), cancellationToken);
        finding.AddPhoto(stored.Id, stored.FileName, stored.Size, photo.Width, photo.Height, hash);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return false;
        }
        await transaction.CommitAsync();
        return true;
    }

    /// <summary>A photo of a finding the caller may see.</summary>
    public async Task<FileContent> OpenAsync(Guid id, Guid fileId, CancellationToken cancellationToken)
    {
        var listed = await (await queries.VisibleAsync(cancellationToken)).Where(f => f.Id == id).SelectMany(f => f.Photos)
            .AnyAsync(p => p.FileId == fileId, cancellationToken);
        if (!listed) throw new EntityNotFoundException("FindingPhoto", fileId);
        return await files.OpenAsync(fileId, cancellationToken) ?? throw new EntityNotFoundException("FindingPhoto", fileId);
    }

    /// <summary>The upload's bytes, within the photo limit and a JPEG or PNG by content (its name and type say nothing).</summary>
    private async Task<byte[]> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0) throw new BusinessException(CommonErrorCodes.Required, "file");
        var maxMegabytes = await settings.GetIntAsync(SupervisionSettings.PhotoMaxMegabytes, cancellationToken: cancellationToken);
        if (file.Length > maxMegabytes * 1024L * 1024L)
            throw new BusinessException(SupervisionErrorCodes.PhotoTooLarge, maxMegabytes) { Kind = ErrorKind.TooLarge };
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        return FileInspector.Detect(bytes) is { } kind && PhotoKinds.Contains(kind)
            ? bytes
            : throw new BusinessException(SupervisionErrorCodes.NotAPhoto) { Kind = ErrorKind.UnsupportedType };
    }
}

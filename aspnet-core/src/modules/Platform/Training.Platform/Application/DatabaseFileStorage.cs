using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Training.Platform.Domain;
using Training.Platform.EntityFrameworkCore;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Files;
using Training.SharedKernel.Settings;

namespace Training.Platform.Application;

public sealed class FileStorageOptions
{
    /// <summary>Empty: bytes in the database (default). A path: bytes in that directory, shared by every node.</summary>
    public string? Directory { get; set; }
}

/// <summary>Keeps the file's row in the database and its bytes there too, or in a shared directory by configuration.</summary>
internal sealed class DatabaseFileStorage(
    PlatformDbContext db, ISettingProvider settings, ICurrentUser currentUser, TimeProvider clock, IOptions<FileStorageOptions> options)
    : IFileStorage
{
    public async Task<StoredFile> SaveAsync(FileUpload upload, CancellationToken cancellationToken = default)
    {
        var maxMegabytes = await settings.GetIntAsync(FileSettings.MaxUploadMegabytes, cancellationToken: cancellationToken);
        if (upload.Content.LongLength > maxMegabytes * 1024L * 1024L)
            throw new BusinessException(CommonErrorCodes.FileTooLarge, maxMegabytes) { Kind = ErrorKind.TooLarge };
        var kind = FileInspector.Detect(upload.Content);
        if (kind is null || !upload.Allowed.Contains(kind.Value))
            throw new BusinessException(CommonErrorCodes.FileTypeNotAllowed, string.Join(", ", upload.Allowed)) { Kind = ErrorKind.UnsupportedType };

        var record = new StoredFileRecord
        {
            Id = Guid.NewGuid(), FileName = FileNames.Stored(upload.FileName, FileInspector.Extension(kind.Value)), ContentType = FileInspector.ContentType(kind.Value),
            Size = upload.Content.LongLength, Sha256 = Convert.ToHexStringLower(SHA256.HashData(upload.Content)),
            Purpose = upload.Purpose, CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = currentUser.UserId,
        };
        if (options.Value.Directory is { Length: > 0 } directory)
        {
            System.IO.Directory.CreateDirectory(directory);
            await File.WriteAllBytesAsync(Path.Combine(directory, record.Id.ToString("N")), upload.Content, cancellationToken);
        }
        else
        {
            record.Content = upload.Content;
        }
        db.Files.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return ToStoredFile(record);
    }

    public async Task<StoredFile> SaveGeneratedAsync(GeneratedFile file, Stream content, CancellationToken cancellationToken = default)
    {
        var record = new StoredFileRecord
        {
            Id = Guid.NewGuid(), FileName = FileNames.Stored(file.FileName, FileInspector.Extension(file.Kind)), ContentType = FileInspector.ContentType(file.Kind),
            Purpose = file.Purpose, CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = currentUser.UserId,
        };
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var directory = options.Value.Directory is { Length: > 0 } d ? d : null;
        var path = directory is null ? null : Path.Combine(directory, record.Id.ToString("N"));
        try
        {
            // Into the shared directory under a temporary name first: a reader never sees half a file under its id.
            Stream target = path is null ? new MemoryStream() : OpenTemporary(path);
            await using (target)
            {
                var buffer = new byte[81920];
                var head = new byte[512];
                var headLength = 0;
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    if (headLength < head.Length)
                    {
                        var take = Math.Min(read, head.Length - headLength);
                        Array.Copy(buffer, 0, head, headLength, take);
                        headLength += take;
                    }
                    hash.AppendData(buffer, 0, read);
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    record.Size += read;
                }
                if (FileInspector.Detect(head[..headLength]) != file.Kind)
                    throw new BusinessException(CommonErrorCodes.FileTypeNotAllowed, file.Kind.ToString()) { Kind = ErrorKind.UnsupportedType };
                if (target is MemoryStream memory) record.Content = memory.ToArray();
            }
            if (path is not null) File.Move(path + ".tmp", path);
            record.Sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            db.Files.Add(record);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            if (path is not null)
            {
                File.Delete(path + ".tmp");
                File.Delete(path);
            }
            db.Entry(record).State = EntityState.Detached;
            throw;
        }
        return ToStoredFile(record);
    }

    private static FileStream OpenTemporary(string path)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new FileStream(path + ".tmp", FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true);
    }

    public async Task<FileContent?> OpenAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var record = await db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (record is null) return null;
        var content = record.Content ?? await File.ReadAllBytesAsync(Path.Combine(options.Value.Directory!, id.ToString("N")), cancellationToken);
        return new FileContent(ToStoredFile(record), content);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await db.Files.Where(f => f.Id == id).ExecuteDeleteAsync(cancellationToken);
        if (options.Value.Directory is { Length: > 0 } directory) File.Delete(Path.Combine(directory, id.ToString("N")));
    }

    private static StoredFile ToStoredFile(StoredFileRecord r) => new(r.Id, r.FileName, r.ContentType, r.Size, r.Sha256);
}

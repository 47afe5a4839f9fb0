namespace Training.SharedKernel.Files;

/// <summary>
/// One place for attachments, imports and generated PDFs: the database by default, a directory by configuration.
/// Never a node's local folder only, so any node can serve any file.
/// </summary>
public interface IFileStorage
{
    /// <summary>Checks size and type by content, sanitises the name, stores the bytes.</summary>
    Task<StoredFile> SaveAsync(FileUpload upload, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a file the portal made itself (a rendered PDF), read from <paramref name="content"/> as it is written: its
    /// kind is checked by content, its hash computed on the way, and the upload limit does not apply. Inside a unit of
    /// work's transaction the row commits or rolls back with the caller's other writes.
    /// </summary>
    Task<StoredFile> SaveGeneratedAsync(GeneratedFile file, Stream content, CancellationToken cancellationToken = default);

    Task<FileContent?> OpenAsync(Guid id, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}

/// <summary>An upload: the name the client gave, the bytes, the kinds of content allowed for this use.</summary>
public sealed record FileUpload(string FileName, byte[] Content, string Purpose, IReadOnlyCollection<FileKind> Allowed);

/// <summary>A file the portal made: its name, its use, and the one kind its content must be.</summary>
public sealed record GeneratedFile(string FileName, string Purpose, FileKind Kind);

public sealed record StoredFile(Guid Id, string FileName, string ContentType, long Size, string Sha256);

public sealed record FileContent(StoredFile File, byte[] Content);

namespace Training.SharedKernel.Files;

/// <summary>
/// One place for attachments, imports and generated PDFs: the database by default, a directory by configuration.
/// Never a node's local folder only, so any node can serve any file.
/// </summary>
public interface IFileStorage
{
    /// <summary>Checks size and type by content, sanitises the name, stores the bytes.</summary>
    Task<StoredFile> SaveAsync(FileUpload upload, CancellationToken cancellationToken = default);

    Task<FileContent?> OpenAsync(Guid id, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}

/// <summary>An upload: the name the client gave, the bytes, the kinds of content allowed for this use.</summary>
public sealed record FileUpload(string FileName, byte[] Content, string Purpose, IReadOnlyCollection<FileKind> Allowed);

public sealed record StoredFile(Guid Id, string FileName, string ContentType, long Size, string Sha256);

public sealed record FileContent(StoredFile File, byte[] Content);

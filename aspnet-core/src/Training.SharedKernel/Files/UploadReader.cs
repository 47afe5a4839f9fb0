using Microsoft.AspNetCore.Http;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Settings;

namespace Training.SharedKernel.Files;

public static class FileSettings
{
    public const string MaxUploadMegabytes = "Platform.Files.MaxUploadMegabytes";
}

public sealed class FileSettingDefinitions : ISettingDefinitionProvider
{
    public IEnumerable<SettingDefinition> Define() =>
    [
        new(FileSettings.MaxUploadMegabytes, "20", SettingType.Int, "上传文件大小上限（MB）", "Largest upload (MB)", Min: 1, Max: 500),
    ];
}

/// <summary>Reads an uploaded file into memory after checking its size (setting) and its type (by content, never by its name).</summary>
public sealed class UploadReader(ISettingProvider settings)
{
    public async Task<byte[]> ReadAsync(IFormFile? file, IReadOnlyCollection<FileKind> allowed, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0) throw new BusinessException(CommonErrorCodes.Required, "file");
        var maxMegabytes = await settings.GetIntAsync(FileSettings.MaxUploadMegabytes, cancellationToken: cancellationToken);
        if (file.Length > maxMegabytes * 1024L * 1024L)
            throw new BusinessException(CommonErrorCodes.FileTooLarge, maxMegabytes) { Kind = ErrorKind.TooLarge };
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        var kind = FileInspector.Detect(bytes);
        if (kind is null || !allowed.Contains(kind.Value))
            throw new BusinessException(CommonErrorCodes.FileTypeNotAllowed, string.Join(", ", allowed.Select(a => a.ToString().ToLowerInvariant()))) { Kind = ErrorKind.UnsupportedType };
        return bytes;
    }
}

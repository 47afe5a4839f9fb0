using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Files;
using Training.SharedKernel.Imports;
using Training.SharedKernel.Modularity;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Settings;

namespace Training.Attendance.Application.PunchFiles;

/// <summary>
/// Punch file uploads and their history. An upload is checked at once (size and type by content, the line limit, the
/// device within the caller's halls, the model's mapping for .csv/.xlsx), stored through the file storage with its
/// import record in one transaction, then read by a <see cref="PunchImportJob"/>. Imports are seen by the halls of
/// their device; another hall's import answers 404.
/// </summary>
internal sealed class PunchImportService(
    AttendanceDbContext db, UnitOfWork unitOfWork, IFileStorage files, UploadReader uploads, ImportReader importReader,
    ISettingProvider settings, PunchFileDevices devices, IDataScopeProvider scopes, ICurrentUser currentUser,
    IBackgroundJobQueue jobs, ErrorLocalizer localizer)
{
    public const string Purpose = "Attendance.PunchFile";
    public static readonly FileKind[] Allowed = [FileKind.Text, FileKind.Xlsx];

    private static readonly SortMap<PunchImport> Sorts = new SortMap<PunchImport>("createdAt desc")
        .Add("createdAt", i => i.CreatedAt).Add("fileName", i => i.FileName).Add("deviceSerial", i => i.DeviceSerial)
        .Add("status", i => i.Status);

    public async Task<PunchImportDto> UploadAsync(IFormFile? file, Guid? deviceId, CancellationToken cancellationToken)
    {
        var content = await uploads.ReadAsync(file, Allowed, cancellationToken);
        var fileName = file!.FileName;
        var format = FileInspector.Detect(content) == FileKind.Xlsx ? PunchFileFormat.Xlsx
            : Path.GetExtension(fileName).Equals(".csv", StringComparison.OrdinalIgnoreCase) ? PunchFileFormat.Csv : PunchFileFormat.Attlog;

        var maxLines = await settings.GetIntAsync(AttendanceSettings.PunchFiles.MaxLines, cancellationToken: cancellationToken);
        ImportWorkbook? workbook = null;
        if (format == PunchFileFormat.Xlsx) workbook = await importReader.OpenAsync(content, cancellationToken, AttendanceSettings.PunchFiles.MaxLines);
        else if (PunchTextReader.CountLines(content) > maxLines)
            throw new BusinessException(AttendanceErrorCodes.PunchFiles.TooManyLines, maxLines) { Kind = ErrorKind.InvalidFileContent };

        var device = await devices.FindAsync(deviceId, fileName, content, format, (mapping, bytes) => FirstSerial(format, mapping, bytes, workbook),
            cancellationToken);
        if (format != PunchFileFormat.Attlog && !await db.Set<PunchColumnMapping>().AnyAsync(m => m.Model == device.Model, cancellationToken))
            throw new BusinessException(AttendanceErrorCodes.PunchFiles.MappingMissing, device.Model ?? "");

        PunchImport import;
        await using (var transaction = await unitOfWork.BeginAsync(cancellationToken))
        {
            var stored = await files.SaveAsync(new FileUpload(fileName, content, Purpose, Allowed), cancellationToken);
            import = new PunchImport(stored.Id, FileNames.Sanitize(fileName), format, device.Id, device.SerialNumber, device.HallId, currentUser.UserName);
            db.Add(import);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync();
        }
        jobs.Enqueue<PunchImportJob, PunchImportArgs>(new PunchImportArgs(import.Id));
        return ToDto(import);
    }

    public async Task<PagedResult<PunchImportDto>> ListAsync(PunchImportListInput input, CancellationToken cancellationToken)
    {
        var query = await ScopedAsync(cancellationToken);
        if (input.DeviceId is { } deviceId) query = query.Where(i => i.DeviceId == deviceId);
        var total = await query.CountAsync(cancellationToken);
        var page = await Sorts.Apply(query, input.Sorting).Skip(input.Skip).Take(input.Take).ToListAsync(cancellationToken);
        return new PagedResult<PunchImportDto>(total, page.Select(ToDto).ToList());
    }

    public async Task<PunchImportDto> GetAsync(Guid id, CancellationToken cancellationToken) => ToDto(await LoadAsync(id, cancellationToken));

    public async Task<PagedResult<PunchImportLineDto>> LinesAsync(Guid id, PunchImportLinesInput input, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        var query = db.Set<PunchImportLine>().AsNoTracking().Where(l => l.ImportId == id);
        var total = await query.CountAsync(cancellationToken);
        var page = await query.OrderBy(l => l.LineNumber).Skip(input.Skip).Take(input.Take).ToListAsync(cancellationToken);
        return new PagedResult<PunchImportLineDto>(total, page.Select(ToDto).ToList());
    }

    /// <summary>Every listed line, as .csv (UTF-8 with BOM, for Excel) or .xlsx, to fix and import again; formula-leading cells neutralised.</summary>
    public async Task<(byte[] Content, string ContentType, string FileName)> DownloadLinesAsync(Guid id, string format, CancellationToken cancellationToken)
    {
        var import = await LoadAsync(id, cancellationToken);
        var lines = await db.Set<PunchImportLine>().AsNoTracking().Where(l => l.ImportId == id).OrderBy(l => l.LineNumber)
            .ToListAsync(cancellationToken);
        var stem = Path.GetFileNameWithoutExtension(import.FileName) + "-错误行";
        if (format == "xlsx")
        {
            var rows = lines.Select(l => new Dictionary<string, object?>
            {
                ["行号 Line"] = l.LineNumber,
                ["原因 Reason"] = Spreadsheet.Neutralize(Message(l)),
                ["原始内容 Text"] = Spreadsheet.Neutralize(l.Text),
            }).ToList();
            return (Spreadsheet.Write(new Dictionary<string, object> { ["错误行"] = rows }), FileInspector.ContentType(FileKind.Xlsx), stem + ".xlsx");
        }
        var csv = new StringBuilder("\uFEFF行号 Line,原因 Reason,原始内容 Text\r\n");
        foreach (var l in lines)
            csv.Append(l.LineNumber).Append(',').Append(Quote(Spreadsheet.Neutralize(Message(l))!)).Append(',')
                .Append(Quote(Spreadsheet.Neutralize(l.Text)!)).Append("\r\n");
        return (Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", stem + ".csv");
    }

    private async Task<IQueryable<PunchImport>> ScopedAsync(CancellationToken cancellationToken)
    {
        var scope = (await scopes.GetAsync(cancellationToken)).ForWriting();
        return db.Set<PunchImport>().AsNoTracking().WhereInScope(scope, i => i.HallId, null, null);
    }

    private async Task<PunchImport> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        await (await ScopedAsync(cancellationToken)).FirstOrDefaultAsync(i => i.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException(nameof(PunchImport), id);

    private static string? FirstSerial(PunchFileFormat format, PunchColumnMapping mapping, byte[] content, ImportWorkbook? workbook)
    {
        var lines = format == PunchFileFormat.Xlsx ? PunchXlsxReader.Read(workbook!, mapping) : PunchTextReader.ReadCsv(new MemoryStream(content, writable: false), mapping);
        return lines.Take(5).FirstOrDefault(l => l.IsValid).Serial;
    }

    private string Message(PunchImportLine line) => localizer.Localize(line.Code, line.Value.Split('\t'));

    private PunchImportLineDto ToDto(PunchImportLine l) => new(l.LineNumber, l.Code, Message(l), l.Text);

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"") + "\"";

    private static PunchImportDto ToDto(PunchImport i) => new(
        i.Id, i.FileName, i.Format, i.DeviceId, i.DeviceSerial, i.HallId, i.Status, i.TotalLines, i.LinesRead, i.NewCount, i.DuplicateCount,
        i.BadCount, i.UnknownUserCount, i.FlaggedCount, i.Failure, i.CreatedByName, i.CreatedAt, i.StartedAt, i.FinishedAt);
}

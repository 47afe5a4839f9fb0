using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Training.Attendance.Application.Intake;
using Training.Attendance.Application.Results;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Files;
using Training.SharedKernel.Imports;
using Training.SharedKernel.Settings;

namespace Training.Attendance.Application.PunchFiles;

/// <summary>
/// The work of one punch file's job (and of the benchmark, which calls it directly): streams the file's lines in
/// batches, parsed one batch ahead; each batch's user ids are resolved (once per id for the whole file), its good
/// lines go through the punch writer (<see cref="IPunchWriter"/>: the punch identity makes a line stored before a
/// duplicate) and its bad or unknown-user lines are listed, with the counts, in the same transaction — so the progress
/// the page polls is what is stored. Good lines are kept whatever else the file holds (ADR 0004). The daily results
/// are recomputed once at the end: the new punches' person-days, and the hall's window holders without a punch on
/// those dates, who are absent (at once, or minutes later in a hall with several clocks:
/// <see cref="HallMonthRecompute.RecomputeAfterFileAsync"/>). A finished import is left alone; one interrupted starts
/// over, its stored punches turning up as duplicates.
/// </summary>
internal sealed class PunchImportRunner(
    AttendanceDbContext db, UnitOfWork unitOfWork, IFileStorage files, ImportReader importReader, ISettingProvider settings,
    IDeviceUserResolver resolver, IPunchWriter writer, HallMonthRecompute hallRecompute, ErrorLocalizer localizer, TimeProvider clock)
{
    /// <summary>Lines per transaction: progress every few thousand lines, few enough round trips for a million.</summary>
    public const int BatchSize = 20_000;

    public async Task RunAsync(Guid importId, CancellationToken cancellationToken)
    {
        var import = await db.Set<PunchImport>().FirstOrDefaultAsync(i => i.Id == importId, cancellationToken);
        if (import is null || import.IsFinished) return;
        try
        {
            await ImportAsync(import, cancellationToken);
        }
        catch (BusinessException ex)
        {
            // The file as a whole cannot be read (a package refused, a mapping deleted): final, a retry would answer the same.
            db.ChangeTracker.Clear();
            var failed = await db.Set<PunchImport>().FirstAsync(i => i.Id == importId, cancellationToken);
            failed.Fail(clock.GetUtcNow().UtcDateTime, localizer.Localize(ex.Code, ex.Args));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task ImportAsync(PunchImport import, CancellationToken cancellationToken)
    {
        var content = (await files.OpenAsync(import.FileId, cancellationToken))?.Content
                      ?? throw new EntityNotFoundException("File", import.FileId);
        var device = await db.Devices.AsNoTracking().FirstAsync(d => d.Id == import.DeviceId, cancellationToken);
        var lines = await OpenAsync(import.Format, device.Model, content, cancellationToken);

        await db.Set<PunchImportLine>().Where(l => l.ImportId == import.Id).ExecuteDeleteAsync(cancellationToken);
        import.Start(clock.GetUtcNow().UtcDateTime, import.Format == PunchFileFormat.Xlsx ? null : PunchTextReader.CountLines(content));
        await db.SaveChangesAsync(cancellationToken);

        // Checked at upload for text files (their lines are counted); an .xlsx is held to it while read. Blank lines count.
        await using var cache = await BulkPageCache.EnterAsync(unitOfWork.Connection, cancellationToken);
        var counts = new Counts { MaxLines = await settings.GetIntAsync(AttendanceSettings.PunchFiles.MaxLines, cancellationToken: cancellationToken) };
        var people = new Dictionary<string, ResolvedDeviceUser?>(StringComparer.Ordinal);
        var affected = new List<PersonDays>();
        await foreach (var batch in ReadAheadAsync(lines, cancellationToken))
            await WriteBatchAsync(import, device, batch, people, counts, affected, cancellationToken);

        if (affected.Count > 0)
        {
            // The file is the device's record of its days: a holder of one of the hall's windows without a punch on them
            // and without a result yet is absent, so they are computed too, not only the people who punched.
            await hallRecompute.RecomputeAfterFileAsync(device.HallId, affected.SelectMany(Dates).ToList(), cancellationToken);
        }
        import.Complete(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The file's lines in batches, the last one possibly empty, parsed one batch ahead on another thread: reading and
    /// parsing text overlaps the database's work on the batch before (a million lines parse in seconds). An error of
    /// the reader (a file that cannot be read) comes out here, as it was thrown.
    /// </summary>
    private static async IAsyncEnumerable<List<PunchFileLine>> ReadAheadAsync(IEnumerable<PunchFileLine> lines,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<List<PunchFileLine>>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reader = Task.Run(async () =>
        {
            try
            {
                var batch = new List<PunchFileLine>(BatchSize);
                foreach (var line in lines)
                {
                    batch.Add(line);
                    if (batch.Count < BatchSize) continue;
                    await channel.Writer.WriteAsync(batch, stop.Token);
                    batch = new List<PunchFileLine>(BatchSize);
                }
                await channel.Writer.WriteAsync(batch, stop.Token);
            }
            finally
            {
                channel.Writer.TryComplete();
            }
        }, stop.Token);
        try
        {
            await foreach (var batch in channel.Reader.ReadAllAsync(cancellationToken)) yield return batch;
            await reader;
        }
        finally
        {
            // The writer stopped early (a batch refused): the reader may wait to hand over its next batch.
            await stop.CancelAsync();
            await Task.WhenAny(reader);
        }
    }

    private async Task<IEnumerable<PunchFileLine>> OpenAsync(PunchFileFormat format, string? model, byte[] content, CancellationToken cancellationToken)
    {
        if (format == PunchFileFormat.Attlog) return PunchTextReader.ReadAttlog(new MemoryStream(content, writable: false));
        var mapping = await db.Set<PunchColumnMapping>().AsNoTracking().FirstOrDefaultAsync(m => m.Model == model, cancellationToken)
                      ?? throw new BusinessException(AttendanceErrorCodes.PunchFiles.MappingMissing, model ?? "");
        if (format == PunchFileFormat.Csv) return PunchTextReader.ReadCsv(new MemoryStream(content, writable: false), mapping);
        var workbook = await importReader.OpenAsync(content, cancellationToken, AttendanceSettings.PunchFiles.MaxLines);
        return PunchXlsxReader.Read(workbook, mapping);
    }

    private async Task WriteBatchAsync(PunchImport import, AttendanceDevice device, List<PunchFileLine> batch,
        Dictionary<string, ResolvedDeviceUser?> people, Counts counts, List<PersonDays> affected, CancellationToken cancellationToken)
    {
        if (batch.Count == 0 && counts.LinesRead > 0) return; // the last batch was full
        if (batch.Count > 0 && batch[^1].Number > counts.MaxLines)
            throw new BusinessException(AttendanceErrorCodes.PunchFiles.TooManyLines, counts.MaxLines) { Kind = ErrorKind.InvalidFileContent };

        var unknownIds = batch.Where(l => l.IsValid && !people.ContainsKey(l.UserId)).Select(l => l.UserId).Distinct().ToList();
        if (unknownIds.Count > 0)
        {
            var found = await resolver.ResolveAsync(device.Id, unknownIds, cancellationToken);
            foreach (var id in unknownIds) people[id] = found.GetValueOrDefault(id);
        }

        var errors = new List<PunchImportLine>();
        var punches = new List<ResolvedPunch>(batch.Count);
        foreach (var line in batch)
        {
            if (!line.IsValid)
                errors.Add(new PunchImportLine(import.Id, line.Number, line.ErrorCode!, line.ErrorArgs ?? "", line.Text));
            else if (line.Serial is { } serial && !serial.Equals(device.SerialNumber, StringComparison.Ordinal))
                errors.Add(new PunchImportLine(import.Id, line.Number, AttendanceErrorCodes.PunchFiles.LineBadValue, $"serial\t{serial}", line.Text));
            else if (people[line.UserId] is not { } person)
            {
                errors.Add(new PunchImportLine(import.Id, line.Number, AttendanceErrorCodes.PunchFiles.LineUnknownUser, line.UserId, line.Text));
                counts.UnknownUsers++;
            }
            else
                punches.Add(new ResolvedPunch(device.Id, device.SerialNumber, line.UserId, line.LocalTime, person.StaffId, person.HallId,
                    person.UnitId, line.VerifyMode, line.State, line.WorkCode, PunchSource.File, import.Id));
        }

        // By person, then time: a device's log interleaves everyone by time, which would scatter each batch's inserts over
        // both punch indexes; in this order each person's punches land on the same few index pages. Outcomes are only
        // counted, so the order is free.
        punches.Sort(ByPersonThenTime);

        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var written = await writer.WriteAsync(punches, recompute: false, cancellationToken);
        counts.New += written.New;
        counts.Duplicates += written.Duplicates;
        counts.Flagged += written.FlaggedClosed;
        counts.Bad += errors.Count;
        counts.LinesRead = batch.Count > 0 ? batch[^1].Number : counts.LinesRead;
        affected.AddRange(written.AffectedDays);
        db.Set<PunchImportLine>().AddRange(errors);
        import.Progress(counts.LinesRead, counts.New, counts.Duplicates, counts.Bad, counts.UnknownUsers, counts.Flagged);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync();
    }

    private static int ByPersonThenTime(ResolvedPunch a, ResolvedPunch b)
    {
        var byUser = string.CompareOrdinal(a.DeviceUserId, b.DeviceUserId);
        return byUser != 0 ? byUser : a.RawLocalTime.CompareTo(b.RawLocalTime);
    }

    private static IEnumerable<(Guid, DateOnly)> Dates(PersonDays days)
    {
        for (var d = days.From; d <= days.To; d = d.AddDays(1)) yield return (days.StaffId, d);
    }

    private sealed class Counts
    {
        public int MaxLines, LinesRead, New, Duplicates, Bad, UnknownUsers, Flagged;
    }
}

using Microsoft.EntityFrameworkCore;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Files;
using Training.SharedKernel.Scoping;

namespace Training.Attendance.Application.PunchFiles;

/// <summary>
/// Finds the device a punch file belongs to, within the halls the caller may write to: the one picked, else a serial the
/// file name carries (<c>ABC123_attlog.dat</c>: any part between <c>_ - . space</c>), else the serial in the first line
/// of a .csv/.xlsx whose model's mapping has a serial column. A device outside the caller's halls is answered as missing.
/// </summary>
internal sealed class PunchFileDevices(AttendanceDbContext db, IDataScopeProvider scopes)
{
    public async Task<AttendanceDevice> FindAsync(Guid? deviceId, string fileName, byte[] content, PunchFileFormat format,
        Func<PunchColumnMapping, byte[], string?> firstSerial, CancellationToken cancellationToken)
    {
        var scope = (await scopes.GetAsync(cancellationToken)).ForWriting();
        var clocks = db.Devices.AsNoTracking().Where(d => d.Kind == DeviceKind.Clock)
            .WhereInScope(scope, d => d.HallId, null, null);
        if (deviceId is { } id)
            return await clocks.FirstOrDefaultAsync(d => d.Id == id, cancellationToken)
                   ?? throw new BusinessException(AttendanceErrorCodes.PunchFiles.DeviceNotFound, id) { Kind = ErrorKind.NotFound };

        var tokens = SerialCandidates(fileName);
        var named = await clocks.Where(d => tokens.Contains(d.SerialNumber)).ToListAsync(cancellationToken);
        if (named.Count == 1) return named[0];

        if (format != PunchFileFormat.Attlog)
        {
            var mappings = await db.Set<PunchColumnMapping>().AsNoTracking().Where(m => m.SerialColumn != null).ToListAsync(cancellationToken);
            foreach (var mapping in mappings)
            {
                if (firstSerial(mapping, content) is not { } serial) continue;
                var device = await clocks.FirstOrDefaultAsync(d => d.SerialNumber == serial && d.Model == mapping.Model, cancellationToken);
                if (device is not null) return device;
            }
        }
        throw new BusinessException(AttendanceErrorCodes.PunchFiles.DeviceNotNamed, FileNames.Sanitize(fileName));
    }

    /// <summary>The parts of a file name that could be a serial: "ABC123_attlog.dat" → ABC123, attlog, dat (and the whole stem).</summary>
    internal static List<string> SerialCandidates(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(FileNames.Sanitize(fileName));
        return stem.Split(['_', '-', '.', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Prepend(stem).Where(t => t.Length <= AttendanceConsts.MaxSerialLength).Distinct().Take(16).ToList();
    }
}

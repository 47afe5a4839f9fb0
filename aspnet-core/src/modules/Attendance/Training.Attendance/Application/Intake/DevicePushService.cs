using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Errors;

namespace Training.Attendance.Application.Intake;

/// <summary>
/// Punches pushed by a clock signed in with its device key. Each event is answered: new, duplicate (already stored,
/// or repeated in the batch), or refused with a reason the device can act on. A batch posted twice changes nothing.
/// </summary>
internal sealed class DevicePushService(
    AttendanceDbContext db, ICurrentUser currentUser, IDeviceUserResolver resolver, IPunchWriter writer)
{
    /// <summary>The local time formats clocks send: attlog's <c>yyyy-MM-dd HH:mm:ss</c>, or ISO 8601 without an offset.</summary>
    public static readonly string[] LocalTimeFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy/MM/dd HH:mm:ss", "yyyy-MM-dd HH:mm"];

    public async Task<PushResultDto> PushPunchesAsync(PushPunchesInput input, CancellationToken cancellationToken)
    {
        var device = await CallingDeviceAsync(db, currentUser, cancellationToken);
        var results = new PushEventResult?[input.Punches.Count];
        var refusal = device.IsActive ? device.Kind == DeviceKind.Clock ? (PushRefusal?)null : PushRefusal.WrongDeviceKind : PushRefusal.InactiveDevice;
        var users = refusal is null
            ? await resolver.ResolveAsync(device.Id, input.Punches.Select(p => p.DeviceUserId.Trim()).ToList(), cancellationToken)
            : new Dictionary<string, ResolvedDeviceUser>();

        var batch = new List<(int Index, ResolvedPunch Punch)>();
        for (var i = 0; i < input.Punches.Count; i++)
        {
            var p = input.Punches[i];
            var userId = p.DeviceUserId.Trim();
            if (refusal is { } r) results[i] = new PushEventResult(i, PushOutcome.Refused, r);
            else if (!TryParseLocal(p.LocalTime, out var raw)) results[i] = new PushEventResult(i, PushOutcome.Refused, PushRefusal.MalformedTime);
            else if (!users.TryGetValue(userId, out var person)) results[i] = new PushEventResult(i, PushOutcome.Refused, PushRefusal.UnknownUser);
            else
                batch.Add((i, new ResolvedPunch(device.Id, device.SerialNumber, userId, raw, person.StaffId, person.HallId, person.UnitId,
                    p.VerifyMode, p.State, string.IsNullOrWhiteSpace(p.WorkCode) ? null : p.WorkCode.Trim(), PunchSource.Device, null)));
        }
        var written = await writer.WriteAsync(batch.Select(b => b.Punch).ToList(), cancellationToken: cancellationToken);
        for (var k = 0; k < batch.Count; k++)
            results[batch[k].Index] = new PushEventResult(batch[k].Index,
                written.Outcomes[k] == PunchOutcome.New ? PushOutcome.New : PushOutcome.Duplicate, null);
        return Summary(results!);
    }

    /// <summary>The registered device behind the caller's key; a key of no attendance device may not push (403).</summary>
    public static async Task<AttendanceDevice> CallingDeviceAsync(AttendanceDbContext db, ICurrentUser currentUser, CancellationToken cancellationToken)
    {
        var keyId = currentUser.UserId;
        var device = keyId is null ? null : await db.Devices.AsNoTracking().FirstOrDefaultAsync(d => d.DeviceKeyId == keyId, cancellationToken);
        return device ?? throw new BusinessException(AttendanceErrorCodes.NotThisDevicesKey) { Kind = ErrorKind.Forbidden };
    }

    public static bool TryParseLocal(string text, out DateTime raw)
    {
        var ok = DateTime.TryParseExact(text.Trim(), LocalTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
        raw = DateTime.SpecifyKind(parsed, DateTimeKind.Utc);
        return ok;
    }

    public static PushResultDto Summary(IReadOnlyList<PushEventResult> results) =>
        new(results.Count(r => r.Outcome == PushOutcome.New), results.Count(r => r.Outcome == PushOutcome.Duplicate),
            results.Count(r => r.Outcome == PushOutcome.Refused), results);
}

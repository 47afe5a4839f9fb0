using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Training.Attendance.Application.Results;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Time;

namespace Training.Attendance.Application.Intake;

/// <summary>
/// A window's pause and resume (暂停服务 / 恢复服务) pushed by a queue-calling system or rating pad of the window's hall.
/// Each event is stored once per (device, event key) — <c>INSERT … ON CONFLICT DO NOTHING</c>, so a batch posted twice,
/// even concurrently, changes nothing — and answered new, duplicate or refused with the reason. The person-days of the
/// new events are recomputed: the person named, or whoever was assigned to the window at that instant.
/// </summary>
internal sealed class PostStatusPushService(
    AttendanceDbContext db, ICurrentUser currentUser, IDeviceUserResolver resolver, IStaffIntegrationService staff,
    IStructureIntegrationService structure, IWindowPostIntegrationService posts, IDailyResultRecalculator recalculator,
    UnitOfWork unitOfWork, TimeProvider clock)
{
    private static readonly string[] InstantFormats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ssK"];

    public async Task<PushResultDto> PushAsync(PushPostStatusInput input, CancellationToken cancellationToken)
    {
        var device = await DevicePushService.CallingDeviceAsync(db, currentUser, cancellationToken);
        var results = new PushEventResult[input.Events.Count];
        if (!device.IsActive || device.Kind != DeviceKind.PostStatusReporter)
        {
            var reason = device.IsActive ? PushRefusal.WrongDeviceKind : PushRefusal.InactiveDevice;
            return DevicePushService.Summary(input.Events.Select((_, i) => new PushEventResult(i, PushOutcome.Refused, reason)).ToList());
        }

        var windows = await WindowsOfHallAsync(device.HallId, cancellationToken);
        var byUserId = await resolver.ResolveAsync(device.Id,
            input.Events.Select(e => e.DeviceUserId?.Trim()).OfType<string>().Where(u => u.Length > 0).ToList(), cancellationToken);
        var hallScope = new DataScope(ScopeKind.Halls, null, [], [device.HallId]);
        var byNumber = (await staff.GetByStaffNumbersAsync(
                input.Events.Select(e => e.StaffNumber?.Trim()).OfType<string>().Where(n => n.Length > 0).Distinct().ToList(), hallScope, cancellationToken))
            .ToDictionary(p => p.StaffNumber, p => p.Id, StringComparer.OrdinalIgnoreCase);
        var deviceClock = await DeviceClockAsync(device, cancellationToken);

        var accepted = new List<(int Index, PostStatusEvent Event)>();
        var receivedAt = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < input.Events.Count; i++)
        {
            var e = input.Events[i];
            var (known, staffId) = Person(e, byNumber, byUserId);
            PushRefusal? refusal = null;
            if (!windows.TryGetValue(e.Window.Trim(), out var window)) refusal = PushRefusal.UnknownWindow;
            else if (!TryParseAt(e.At, deviceClock, out var at, out var date)) refusal = PushRefusal.MalformedTime;
            else if (!known) refusal = PushRefusal.UnknownUser;
            else
                accepted.Add((i, new PostStatusEvent(device.Id, e.EventKey.Trim(), window.Id, window.UnitId, window.HallId, staffId, e.Kind, at,
                    date, receivedAt)));
            if (refusal is not null) results[i] = new PushEventResult(i, PushOutcome.Refused, refusal);
        }

        var fresh = new List<PostStatusEvent>();
        await using (var transaction = await unitOfWork.BeginAsync(cancellationToken))
        {
            foreach (var (index, e) in accepted)
            {
                var stored = await InsertAsync(e, cancellationToken) == 1;
                results[index] = new PushEventResult(index, stored ? PushOutcome.New : PushOutcome.Duplicate, null);
                if (stored) fresh.Add(e);
            }
            await transaction.CommitAsync();
        }
        await RecomputeAsync(fresh, cancellationToken);
        return DevicePushService.Summary(results);
    }

    // Without a person the column is written as NULL in the text: EF cannot type a DBNull argument.
    private static string Insert(string staffValue) =>
        $"INSERT INTO \"{AttendanceDbContext.Prefix}_PostStatusEvents\" (\"DeviceId\", \"EventKey\", \"WindowId\", \"UnitId\", \"HallId\", "
        + "\"Kind\", \"At\", \"Date\", \"ReceivedAt\", \"StaffId\") VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, " + staffValue + ") "
        + "ON CONFLICT (\"DeviceId\", \"EventKey\") DO NOTHING";

    private static readonly string InsertWithPerson = Insert("{9}");
    private static readonly string InsertWithoutPerson = Insert("NULL");

    private Task<int> InsertAsync(PostStatusEvent e, CancellationToken cancellationToken)
    {
        object[] arguments = e.StaffId is { } person
            ? [e.DeviceId, e.EventKey, e.WindowId, e.UnitId, e.HallId, e.Kind.ToString(), e.At, e.Date, e.ReceivedAt, person]
            : [e.DeviceId, e.EventKey, e.WindowId, e.UnitId, e.HallId, e.Kind.ToString(), e.At, e.Date, e.ReceivedAt];
        return db.Database.ExecuteSqlRawAsync(e.StaffId is null ? InsertWithoutPerson : InsertWithPerson, arguments, cancellationToken);
    }

    /// <summary>The person an event names, by staff number or else by device user id; an event naming nobody is known (no person).</summary>
    private static (bool Known, Guid? StaffId) Person(PushedPostStatus e, Dictionary<string, Guid> byNumber,
        IReadOnlyDictionary<string, ResolvedDeviceUser> byUserId)
    {
        if (!string.IsNullOrWhiteSpace(e.StaffNumber))
            return byNumber.TryGetValue(e.StaffNumber.Trim(), out var id) ? (true, id) : (false, null);
        if (!string.IsNullOrWhiteSpace(e.DeviceUserId))
            return byUserId.TryGetValue(e.DeviceUserId.Trim(), out var user) ? (true, user.StaffId) : (false, null);
        return (true, null);
    }

    /// <summary>The person named by each new event, or else whoever held its window at its instant, on its date.</summary>
    private async Task RecomputeAsync(List<PostStatusEvent> fresh, CancellationToken cancellationToken)
    {
        if (fresh.Count == 0) return;
        var days = fresh.Where(e => e.StaffId is not null).Select(e => (e.StaffId!.Value, e.Date)).ToList();
        var anonymous = fresh.Where(e => e.StaffId is null).ToList();
        if (anonymous.Count > 0)
        {
            var holders = await posts.GetHoldersAtAsync(anonymous.Select(e => new WindowInstant(e.WindowId, e.At)).Distinct().ToList(), cancellationToken);
            var byKey = holders.ToLookup(h => h.Key, h => h.Post.StaffId);
            days.AddRange(anonymous.SelectMany(e => byKey[new WindowInstant(e.WindowId, e.At)].Select(s => (s, e.Date))));
        }
        var ranges = PersonDayRanges.Collapse(days);
        if (ranges.Count > 0) await recalculator.RecomputeAsync(ranges, cancellationToken);
    }

    /// <summary>The hall's windows by number (case-insensitive) and by id.</summary>
    private async Task<Dictionary<string, WindowInfo>> WindowsOfHallAsync(Guid hallId, CancellationToken cancellationToken)
    {
        var units = await structure.GetUnitsAsync(null, [hallId], cancellationToken);
        var windows = units.Count == 0 ? [] : await structure.GetWindowsAsync(null, units.Select(u => u.Id).ToList(), cancellationToken);
        var map = new Dictionary<string, WindowInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in windows.Where(w => w.HallId == hallId))
        {
            map.TryAdd(w.Code, w);
            map[w.Id.ToString()] = w;
        }
        return map;
    }

    private async Task<DeviceClock> DeviceClockAsync(AttendanceDevice device, CancellationToken cancellationToken)
    {
        var corrections = await db.ClockCorrections.AsNoTracking().Where(c => c.DeviceId == device.Id)
            .Select(c => new CorrectionSpan(c.FromDate, c.ToDate, c.OffsetSeconds, c.RecordedAt)).ToListAsync(cancellationToken);
        return new DeviceClock(TimeZoneInfo.FindSystemTimeZoneById(device.TimeZone), corrections);
    }

    /// <summary>An instant (with Z or an offset) or the device's local time (its zone and clock corrections apply).</summary>
    private static bool TryParseAt(string text, DeviceClock deviceClock, out DateTime at, out DateOnly date)
    {
        if (DevicePushService.TryParseLocal(text, out var raw))
        {
            (at, date) = deviceClock.Derive(PunchTime.WholeSeconds(raw));
            return true;
        }
        if (DateTimeOffset.TryParseExact(text.Trim(), InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            at = instant.UtcDateTime;
            date = BusinessDates.LocalDate(at, deviceClock.Zone.Id);
            return true;
        }
        (at, date) = (default, default);
        return false;
    }
}

using Microsoft.EntityFrameworkCore;
using Training.Attendance.EntityFrameworkCore;
using Training.Organization;

namespace Training.Attendance.Application.Intake;

/// <inheritdoc cref="IDeviceUserResolver"/>
internal sealed class DeviceUserResolver(AttendanceDbContext db, IStaffIntegrationService staff) : IDeviceUserResolver
{
    public async Task<IReadOnlyDictionary<string, ResolvedDeviceUser>> ResolveAsync(Guid deviceId, IReadOnlyCollection<string> deviceUserIds,
        CancellationToken cancellationToken = default)
    {
        var ids = deviceUserIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0) return new Dictionary<string, ResolvedDeviceUser>();
        var hallId = await db.Devices.Where(d => d.Id == deviceId).Select(d => (Guid?)d.HallId).FirstOrDefaultAsync(cancellationToken);
        if (hallId is null) return new Dictionary<string, ResolvedDeviceUser>();

        var entries = await db.DeviceUsers.AsNoTracking()
            .Where(u => u.HallId == hallId && (u.DeviceId == deviceId || u.DeviceId == null) && ids.Contains(u.DeviceUserId))
            .Select(u => new { u.DeviceUserId, u.DeviceId, u.StaffId })
            .ToListAsync(cancellationToken);
        // The device's own entry wins over the hall-wide one.
        var staffByUser = entries.GroupBy(e => e.DeviceUserId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.DeviceId is null).First().StaffId, StringComparer.Ordinal);
        var people = (await staff.GetByIdsAsync(staffByUser.Values.Distinct().ToList(), cancellationToken)).ToDictionary(p => p.Id);

        var resolved = new Dictionary<string, ResolvedDeviceUser>(StringComparer.Ordinal);
        foreach (var (userId, staffId) in staffByUser)
            if (people.TryGetValue(staffId, out var person))
                resolved[userId] = new ResolvedDeviceUser(userId, staffId, person.StaffNumber, person.Name, person.HallId, person.UnitId);
        return resolved;
    }
}

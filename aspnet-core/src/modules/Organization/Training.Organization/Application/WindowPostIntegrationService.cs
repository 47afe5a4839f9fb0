using Microsoft.EntityFrameworkCore;
using Training.Organization.EntityFrameworkCore;
using Training.SharedKernel.Time;

namespace Training.Organization.Application;

/// <summary>
/// Who held which window when, and the AB backups in force. Each call reads the candidates of the whole set in one query
/// (the keys' windows or people over the keys' span) and matches them to the keys in memory.
/// </summary>
internal sealed class WindowPostIntegrationService(OrganizationDbContext db) : IWindowPostIntegrationService
{
    public async Task<IReadOnlyList<WindowHolderOnDate>> GetHoldersOnDatesAsync(IReadOnlyCollection<WindowDate> keys,
        CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0) return [];
        // A day in any hall's zone lies within a day either side of the same UTC date.
        var from = keys.Min(k => k.Date).AddDays(-1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var to = keys.Max(k => k.Date).AddDays(2).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var candidates = await CandidatesAsync(keys.Select(k => k.WindowId), from, to, cancellationToken);
        var byWindow = candidates.ToLookup(c => c.Post.WindowId);
        return keys.Distinct()
            .SelectMany(k => byWindow[k.WindowId]
                .Where(c => Overlaps(c.Post, BusinessDates.StartOfDayUtc(k.Date, c.TimeZone), BusinessDates.StartOfDayUtc(k.Date.AddDays(1), c.TimeZone)))
                .Select(c => new WindowHolderOnDate(k, c.Post)))
            .OrderBy(h => h.Key.WindowId).ThenBy(h => h.Key.Date).ThenBy(h => h.Post.StartsAt)
            .ToList();
    }

    public async Task<IReadOnlyList<WindowHolderAt>> GetHoldersAtAsync(IReadOnlyCollection<WindowInstant> keys,
        CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0) return [];
        var instants = keys.Select(k => DateTime.SpecifyKind(k.At, DateTimeKind.Utc)).ToList();
        // A second of margin: PostgreSQL keeps microseconds, so a tick past the last instant would round back onto it.
        var candidates = await CandidatesAsync(keys.Select(k => k.WindowId), instants.Min(), instants.Max().AddSeconds(1), cancellationToken);
        var byWindow = candidates.ToLookup(c => c.Post.WindowId);
        return keys.Distinct()
            .SelectMany(k => byWindow[k.WindowId]
                .Where(c => Overlaps(c.Post, DateTime.SpecifyKind(k.At, DateTimeKind.Utc), DateTime.SpecifyKind(k.At, DateTimeKind.Utc).AddTicks(1)))
                .Select(c => new WindowHolderAt(k, c.Post)))
            .ToList();
    }

    public async Task<IReadOnlyList<PostHistoryEntry>> GetPostHistoryAsync(IReadOnlyCollection<Guid> staffIds,
        CancellationToken cancellationToken = default)
    {
        var ids = staffIds.Distinct().ToList();
        return await (from a in db.Assignments.AsNoTracking()
                      join w in db.Windows on a.WindowId equals w.Id
                      join u in db.Units on a.UnitId equals u.Id
                      join h in db.Halls on a.HallId equals h.Id
                      where ids.Contains(a.StaffId)
                      orderby a.StaffId, a.StartsAt, a.StartDate
                      select new PostHistoryEntry(
                          new PostStretch(a.Id, a.StaffId, a.WindowId, a.UnitId, a.HallId, a.StartDate, a.EndDate, a.StartsAt, a.EndsAt),
                          w.Code, w.Name, u.Name, h.Name, a.EndKind)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<BackupInForce>> GetBackupsInForceAsync(IReadOnlyCollection<BackupKey> keys,
        CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0) return [];
        var windows = keys.Where(k => k.WindowId is not null).Select(k => k.WindowId!.Value).Distinct().ToList();
        var people = keys.Where(k => k.StaffId is not null).Select(k => k.StaffId!.Value).Distinct().ToList();
        var (first, last) = (keys.Min(k => k.Date), keys.Max(k => k.Date));
        var backups = await db.PostBackups.AsNoTracking()
            .Where(b => windows.Contains(b.WindowId) || people.Contains(b.PrimaryStaffId) || people.Contains(b.BackupStaffId))
            .Where(b => b.FromDate <= last && (b.ToDate == null || b.ToDate >= first))
            .Select(b => new PostBackupInfo(b.Id, b.WindowId, b.UnitId, b.HallId, b.PrimaryStaffId, b.BackupStaffId, b.FromDate, b.ToDate))
            .ToListAsync(cancellationToken);
        return keys.Distinct()
            .SelectMany(k => backups
                .Where(b => (k.WindowId == b.WindowId || k.StaffId == b.PrimaryStaffId || k.StaffId == b.BackupStaffId)
                            && b.FromDate <= k.Date && (b.ToDate is null || k.Date <= b.ToDate))
                .OrderBy(b => b.FromDate)
                .Select(b => new BackupInForce(k, b)))
            .ToList();
    }

    /// <summary>Stretches of positive length that overlap [from, to).</summary>
    private static bool Overlaps(PostStretch post, DateTime from, DateTime to) =>
        post.StartsAt < to && (post.EndsAt is null || (post.EndsAt > from && post.EndsAt > post.StartsAt));

    /// <summary>The assignments of the windows that overlap [start, end), with their hall's time zone: one query.</summary>
    private async Task<List<Candidate>> CandidatesAsync(IEnumerable<Guid> windowIds, DateTime start, DateTime end,
        CancellationToken cancellationToken)
    {
        var ids = windowIds.Distinct().ToList();
        return await (from a in db.Assignments.AsNoTracking()
                      join h in db.Halls on a.HallId equals h.Id
                      where ids.Contains(a.WindowId) && a.StartsAt < end && (a.EndsAt == null || a.EndsAt > start)
                      select new Candidate(
                          new PostStretch(a.Id, a.StaffId, a.WindowId, a.UnitId, a.HallId, a.StartDate, a.EndDate, a.StartsAt, a.EndsAt),
                          h.TimeZone)).ToListAsync(cancellationToken);
    }

    private sealed record Candidate(PostStretch Post, string TimeZone);
}

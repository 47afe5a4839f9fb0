using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Training.Organization;
using Training.Ratings.EntityFrameworkCore;

namespace Training.Ratings.Application.Ingestion;

/// <summary>
/// The lookups a batch of ratings needs, each read once for the whole batch: the hall's windows by code, its matters by
/// code, the active tags by code; and the rules for the instant a source sends.
/// </summary>
internal sealed class RatingFields(RatingsDbContext db, IStructureIntegrationService structure)
{
    private static readonly string[] LocalFormats = ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm"];

    /// <summary>A rating may be a little ahead of the server (the pad's clock): beyond this it is refused.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public async Task<IReadOnlyList<WindowInfo>> WindowsOfHallAsync(Guid hallId, CancellationToken cancellationToken)
    {
        var units = await structure.GetUnitsAsync(null, [hallId], cancellationToken);
        return units.Count == 0 ? [] : await structure.GetWindowsAsync(null, units.Select(u => u.Id).ToList(), cancellationToken);
    }

    public async Task<Dictionary<string, Guid>> MattersAsync(Guid hallId, IEnumerable<string?> codes, CancellationToken cancellationToken)
    {
        var wanted = codes.OfType<string>().Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
        if (wanted.Count == 0) return new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
        return (await db.Matters.AsNoTracking().Where(m => m.HallId == hallId && m.IsActive && wanted.Contains(m.Code))
                .Select(m => new { m.Code, m.Id }).ToListAsync(cancellationToken))
            .ToDictionary(m => m.Code, m => m.Id, StringComparer.OrdinalIgnoreCase);
    }

    public async Task<Dictionary<string, Guid>> TagsAsync(CancellationToken cancellationToken) =>
        (await db.Tags.AsNoTracking().Where(t => t.IsActive).Select(t => new { t.Code, t.Id }).ToListAsync(cancellationToken))
        .ToDictionary(t => t.Code, t => t.Id, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// ISO 8601 with an offset (or Z) is an instant; without one it is the hall's local time. Answers the UTC instant and
    /// the hall's business date, or false when the text is no time.
    /// </summary>
    public static bool TryParseAt(string text, TimeZoneInfo zone, out DateTime at, out DateOnly date)
    {
        text = text.Trim();
        at = default;
        date = default;
        var hasOffset = text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > 10;
        if (hasOffset)
        {
            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)) return false;
            at = instant.UtcDateTime;
        }
        else
        {
            if (!DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)) return false;
            at = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
        }
        at = DateTime.SpecifyKind(at, DateTimeKind.Utc);
        date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(at, zone));
        return true;
    }

    public static TimeZoneInfo Zone(HallInfo hall) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(hall.TimeZone, out var zone) ? zone : TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Training.Organization;
using Training.Ratings.Application.Statistics;
using Training.Ratings.EntityFrameworkCore;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Settings;

namespace Training.Ratings.Application.Disclosure;

/// <summary>
/// The public disclosure page (anonymous): a hall's ratings of a month as counts and satisfaction per hall, unit and
/// window, and every bad rating with its date, place, level, comment, the public reply and the case's step. No personal
/// data leaves: no rater, no staff member. Excluded ratings are not counted; an excluded bad rating stays listed,
/// marked excluded and without its comment (an appeal found it mistaken or malicious), so the page shows that it was
/// taken out rather than silently dropping it. Answers are kept in this node's memory for
/// <see cref="CacheFor"/> (each node of a cluster keeps its own copy, so two nodes may differ for up to that long).
/// </summary>
internal sealed class DisclosureService(RatingsDbContext db, IStructureIntegrationService structure, ISettingProvider settings,
    IMemoryCache cache)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(5);

    public async Task<IReadOnlyList<PublicHallDto>> HallsAsync(CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync("ratings:disclosure:halls", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            return (await structure.GetHallsAsync(null, cancellationToken)).Where(h => h.IsActive)
                .OrderBy(h => h.Code, StringComparer.Ordinal).Select(h => new PublicHallDto(h.Id, h.Name)).ToList();
        }))!;

    public async Task<DisclosureDto> GetAsync(DisclosureInput input, CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync($"ratings:disclosure:{input.HallId:N}:{input.Year}-{input.Month}", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            return await ComposeAsync(input, cancellationToken);
        }))!;

    private async Task<DisclosureDto> ComposeAsync(DisclosureInput input, CancellationToken cancellationToken)
    {
        var hall = (await structure.GetHallsAsync([input.HallId], cancellationToken)).FirstOrDefault(h => h.IsActive)
                   ?? throw new EntityNotFoundException("Hall", input.HallId);
        var from = new DateOnly(input.Year, input.Month, 1);
        var to = from.AddMonths(1).AddDays(-1);
        var rule = await SatisfactionRule.ReadAsync(settings, cancellationToken);
        var month = db.Ratings.AsNoTracking().Where(r => r.HallId == input.HallId && r.Date >= from && r.Date <= to);

        var counts = await month.Where(r => r.ExcludedByAppealId == null).GroupBy(r => new { r.UnitId, r.WindowId, r.Level })
            .Select(g => new { g.Key.UnitId, g.Key.WindowId, g.Key.Level, Count = g.Count() }).ToListAsync(cancellationToken);
        var bad = await (from r in month.Where(r => r.Level == RatingLevel.Dissatisfied || r.Level == RatingLevel.VeryDissatisfied)
                         join c in db.Cases on r.Id equals c.RatingId into found
                         from c in found.DefaultIfEmpty()
                         orderby r.RatedAt
                         select new
                         {
                             r.Date, r.UnitId, r.WindowId, r.Level, r.Comment, Excluded = r.ExcludedByAppealId != null,
                             Reply = c == null ? null : c.Reply, State = c == null ? (CaseState?)null : c.State,
                         }).ToListAsync(cancellationToken);

        var units = (await structure.GetUnitsAsync(null, [input.HallId], cancellationToken)).ToDictionary(u => u.Id);
        var windows = (await structure.GetWindowsAsync(null, units.Keys.ToList(), cancellationToken)).ToDictionary(w => w.Id);
        DisclosureCountsDto Of(string name, IEnumerable<(RatingLevel Level, int Count)> rows)
        {
            var c = rule.Counts(rows);
            return new DisclosureCountsDto(name, c.Total, c.VerySatisfied + c.Satisfied, c.Basic, c.Bad, c.SatisfactionRate);
        }
        return new DisclosureDto(hall.Id, hall.Name, input.Year, input.Month,
            Of(hall.Name, counts.Select(c => (c.Level, c.Count))),
            counts.GroupBy(c => c.UnitId).OrderBy(g => units.GetValueOrDefault(g.Key)?.Code, StringComparer.Ordinal)
                .Select(g => Of(units.GetValueOrDefault(g.Key)?.Name ?? "", g.Select(c => (c.Level, c.Count)))).ToList(),
            counts.GroupBy(c => c.WindowId).OrderBy(g => windows.GetValueOrDefault(g.Key)?.Code, StringComparer.Ordinal)
                .Select(g => Of(Window(windows.GetValueOrDefault(g.Key)), g.Select(c => (c.Level, c.Count)))).ToList(),
            bad.Select(b => new DisclosedBadRatingDto(b.Date, units.GetValueOrDefault(b.UnitId)?.Name ?? "",
                windows.GetValueOrDefault(b.WindowId)?.Code ?? "", windows.GetValueOrDefault(b.WindowId)?.Name ?? "", b.Level,
                b.Excluded ? null : b.Comment, b.Reply, b.State, b.Excluded)).ToList());
    }

    private static string Window(WindowInfo? window) => window is null ? "" : $"{window.Code} {window.Name}";
}

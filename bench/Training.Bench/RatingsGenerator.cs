using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Identity;
using Training.Organization.EntityFrameworkCore;
using Training.Ratings;
using Training.Ratings.Application.Ingestion;
using Training.Ratings.Domain;
using Training.Ratings.EntityFrameworkCore;
using Training.SharedKernel.Data;

namespace Training.Bench;

/// <summary>
/// Ratings data on top of a generated city or province (<see cref="ProvinceGenerator"/>): the indicator tags, a matter
/// catalogue per unit, rating pads with their keys (written beside the database for the driver), and optionally months
/// of history — about ten ratings a window per working day, 2% of them bad with their cases, a few real-name, through
/// the ingestion's own bulk insert — and each person's monthly service records (case volume, on-time completions).
/// Deterministic (fixed seeds), so two runs make the same data.
/// </summary>
internal sealed class RatingsGenerator(IServiceProvider services)
{
    private static readonly (string Code, string Zh, string En)[] Tags =
        [("attitude", "态度", "Attitude"), ("efficiency", "效率", "Efficiency"), ("competence", "业务能力", "Competence"), ("environment", "环境", "Environment"), ("conduct", "规范", "Conduct")];

    /// <summary>Tags, matters and <paramref name="pads"/> pads in the first hall; answers their keys' secrets and the hall's window codes.</summary>
    public async Task<(IReadOnlyList<string> Secrets, IReadOnlyList<string> Windows)> PrepareAsync(int pads)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RatingsDbContext>();
        var org = scope.ServiceProvider.GetRequiredService<OrganizationDbContext>();
        var known = await db.Tags.Select(t => t.Code).ToListAsync();
        db.Tags.AddRange(Tags.Where(t => !known.Contains(t.Code)).Select((t, i) => new IndicatorTag(Guid.NewGuid(), t.Code, t.Zh, t.En, i)));
        var units = await org.Units.AsNoTracking().Select(u => new { u.Id, u.HallId, u.Name }).ToListAsync();
        db.Matters.AddRange(units.SelectMany(u => Enumerable.Range(1, 5).Select(k =>
            new Matter(Guid.NewGuid(), u.HallId, u.Id, $"M{u.Id.ToString("N")[..6]}{k:00}", $"{u.Name}事项{k}", null))));
        await db.SaveChangesAsync();

        var hall = await org.Halls.AsNoTracking().OrderBy(h => h.Code).FirstAsync();
        var windowRows = await org.Windows.AsNoTracking().Where(w => w.HallId == hall.Id).OrderBy(w => w.Code).Select(w => new { w.Id, w.Code }).ToListAsync();
        var windows = windowRows.Select(w => w.Id).ToList();
        var keys = scope.ServiceProvider.GetRequiredService<IDeviceKeyIntegrationService>();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<UnitOfWork>();
        var secrets = new List<string>();
        await using var transaction = await unitOfWork.BeginAsync();
        for (var p = 0; p < pads; p++)
        {
            var key = await keys.IssueAsync($"评价器 {p + 1}", hall.Id);
            db.Devices.Add(new RatingDevice(Guid.NewGuid(), hall.Id, $"评价器 {p + 1}", RatingDeviceKind.RatingPad, windows[p % windows.Count], key.Id));
            secrets.Add(key.Secret);
        }
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return (secrets, windowRows.Select(w => w.Code).ToList());
    }

    /// <summary>
    /// <paramref name="months"/> months of history up to yesterday: ratings of every window on working days (Monday to
    /// Friday), attributed to the window's first holder, and the holders' service records. Answers (ratings, cases, records).
    /// </summary>
    public async Task<(int Ratings, int Cases, int Records)> HistoryAsync(int months, int perWindowPerDay = 10)
    {
        var random = new Random(20261203);
        var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, shanghai));
        var first = today.AddMonths(-months);
        List<(Guid Id, Guid HallId, Guid UnitId, Guid? StaffId)> windows;
        List<(Guid Id, Guid HallId, Guid UnitId)> people;
        Dictionary<Guid, List<Guid>> matters;
        List<Guid> tags;
        await using (var scope = services.CreateAsyncScope())
        {
            var org = scope.ServiceProvider.GetRequiredService<OrganizationDbContext>();
            var db = scope.ServiceProvider.GetRequiredService<RatingsDbContext>();
            var holders = (await org.Assignments.AsNoTracking().Where(a => a.EndDate == null).Select(a => new { a.WindowId, a.StaffId }).ToListAsync())
                .GroupBy(a => a.WindowId).ToDictionary(g => g.Key, g => g.Min(a => a.StaffId));
            windows = (await org.Windows.AsNoTracking().Select(w => new { w.Id, w.HallId, w.UnitId }).ToListAsync())
                .Select(w => (w.Id, w.HallId, w.UnitId, holders.TryGetValue(w.Id, out var s) ? (Guid?)s : null)).ToList();
            people = (await org.Assignments.AsNoTracking().Where(a => a.EndDate == null).Select(a => new { a.StaffId, a.HallId, a.UnitId }).ToListAsync())
                .Select(a => (a.StaffId, a.HallId, a.UnitId)).Distinct().ToList();
            matters = (await db.Matters.AsNoTracking().Select(m => new { m.UnitId, m.Id }).ToListAsync())
                .GroupBy(m => m.UnitId).ToDictionary(g => g.Key, g => g.Select(m => m.Id).ToList());
            tags = await db.Tags.AsNoTracking().Select(t => t.Id).ToListAsync();
        }

        int ratings = 0, cases = 0;
        for (var date = first; date < today; date = date.AddDays(1))
        {
            if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) continue;
            var day = new List<RatingInsert.Row>(windows.Count * perWindowPerDay);
            foreach (var w in windows)
                for (var k = 0; k < perWindowPerDay; k++)
                {
                    var level = random.Next(100) switch { < 2 => RatingLevel.VeryDissatisfied, < 3 => RatingLevel.Dissatisfied, < 8 => RatingLevel.Basic, < 30 => RatingLevel.Satisfied, _ => RatingLevel.VerySatisfied };
                    var local = date.ToDateTime(new TimeOnly(9, 0)).AddMinutes(random.Next(8 * 60));
                    var at = TimeZoneInfo.ConvertTimeToUtc(local, shanghai);
                    var id = Guid.CreateVersion7();
                    var matter = matters.TryGetValue(w.UnitId, out var ms) ? ms[random.Next(ms.Count)] : (Guid?)null;
                    var incoming = new IncomingRating(0, RatingChannel.Pad, "history", id.ToString("N"), $"G{date:yyyyMMdd}{id.ToString("N")[20..]}", level, at, date,
                        w.HallId, w.UnitId, w.Id, matter, [tags[random.Next(tags.Count)]], null, w.StaffId, RaterKind.Anonymous, null);
                    day.Add(new RatingInsert.Row(id, incoming, w.StaffId, w.StaffId is null ? Attribution.Nobody : Attribution.Given, null));
                }
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RatingsDbContext>();
            var unitOfWork = scope.ServiceProvider.GetRequiredService<UnitOfWork>();
            await using var transaction = await unitOfWork.BeginAsync();
            var stored = await RatingInsert.RatingsAsync(db, unitOfWork, day, DateTime.UtcNow, CancellationToken.None);
            await RatingInsert.TagsAsync(db, unitOfWork, day.Where(r => stored.Contains(r.Id)).Select(r => (r.Id, r.Rating.TagIds[0])).ToList(), CancellationToken.None);
            foreach (var bad in day.Where(r => r.Rating.IsBad && stored.Contains(r.Id)))
            {
                var r = bad.Rating;
                var kase = new BadRatingCase(Guid.CreateVersion7(), bad.Id, r.HallId, r.UnitId, r.WindowId, bad.StaffId, false, r.RatedAt, date,
                    date.AddDays(1), date.AddDays(7));
                kase.Verify(CaseVerdict.Real, "核实属实", r.RatedAt.AddHours(2));
                if (date < today.AddDays(-7))
                {
                    kase.Rectify("已整改", r.RatedAt.AddDays(2), date.AddDays(2));
                    kase.Answer("已答复群众", r.RatedAt.AddDays(3), new string('0', 64), r.RatedAt.AddDays(18));
                    kase.Close(r.RatedAt.AddDays(4), followUpRecorded: false, Guid.NewGuid());
                }
                kase.ClearEvents();
                db.Cases.Add(kase);
                cases++;
            }
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            ratings += stored.Count;
        }

        var records = 0;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RatingsDbContext>();
            for (var month = new DateOnly(first.Year, first.Month, 1); month < new DateOnly(today.Year, today.Month, 1); month = month.AddMonths(1))
            {
                foreach (var (staffId, hallId, unitId) in people)
                {
                    var record = new ServiceRecord(Guid.NewGuid(), hallId, unitId, staffId, month.Year, month.Month);
                    var volume = 80 + random.Next(320);
                    record.Update(unitId, volume, volume - random.Next(Math.Max(1, volume / 20)), DateTime.UtcNow);
                    db.ServiceRecords.Add(record);
                    records++;
                }
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }
        return (ratings, cases, records);
    }
}

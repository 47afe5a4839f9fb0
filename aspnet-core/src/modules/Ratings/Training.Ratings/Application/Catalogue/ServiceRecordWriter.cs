using Microsoft.EntityFrameworkCore;
using Training.Ratings.Domain;
using Training.Ratings.EntityFrameworkCore;

namespace Training.Ratings.Application.Catalogue;

/// <summary>
/// Upserts person-months of service efficiency (an import's rows or a case system's batch) with one read: a month
/// already stored with the same numbers and unit is unchanged, a new one created, another replaced. Saves nothing: the
/// caller saves in its transaction.
/// </summary>
internal sealed class ServiceRecordWriter(RatingsDbContext db, TimeProvider clock)
{
    public sealed record PersonMonth(Guid StaffId, Guid HallId, Guid UnitId, int Year, int Month, int CaseVolume, int OnTimeCount);

    public enum Outcome { Created, Updated, Unchanged }

    public async Task<IReadOnlyList<Outcome>> UpsertAsync(IReadOnlyList<PersonMonth> months, CancellationToken cancellationToken)
    {
        var staffIds = months.Select(m => m.StaffId).Distinct().ToList();
        var keys = months.Select(m => m.Year * 100 + m.Month).Distinct().ToList();
        var existing = await db.ServiceRecords.Where(r => staffIds.Contains(r.StaffId) && keys.Contains(r.Year * 100 + r.Month))
            .ToDictionaryAsync(r => (r.StaffId, r.Year, r.Month), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var outcomes = new List<Outcome>(months.Count);
        foreach (var m in months)
        {
            if (!existing.TryGetValue((m.StaffId, m.Year, m.Month), out var record))
            {
                record = new ServiceRecord(Guid.NewGuid(), m.HallId, m.UnitId, m.StaffId, m.Year, m.Month);
                record.Update(m.UnitId, m.CaseVolume, m.OnTimeCount, now);
                db.ServiceRecords.Add(record);
                existing[(m.StaffId, m.Year, m.Month)] = record;
                outcomes.Add(Outcome.Created);
            }
            else outcomes.Add(record.Update(m.UnitId, m.CaseVolume, m.OnTimeCount, now) ? Outcome.Updated : Outcome.Unchanged);
        }
        return outcomes;
    }
}

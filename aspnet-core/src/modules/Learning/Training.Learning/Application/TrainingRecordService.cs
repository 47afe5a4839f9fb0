using Microsoft.EntityFrameworkCore;
using Training.Learning.Domain;
using Training.Learning.EntityFrameworkCore;
using Training.SharedKernel.Events;
using Training.SharedKernel.Time;

namespace Training.Learning.Application;

/// <summary>
/// Training records from outside the courses: recorded from <see cref="TrainingRecordedEto"/> (once per source, source id
/// and person — a redelivered or re-raised event changes nothing) and listed in "my learning".
/// </summary>
internal sealed class TrainingRecordService(LearningDbContext db, LearnerContext learner, TimeProvider clock) : IEventHandler<TrainingRecordedEto>
{
    public async Task HandleAsync(TrainingRecordedEto eto, CancellationToken cancellationToken)
    {
        if (await Exists(eto).AnyAsync(cancellationToken)) return;
        db.TrainingRecords.Add(new TrainingRecord(eto, clock.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two deliveries raced: the unique index kept one record, which is all there should be (anything else rethrows).
            db.ChangeTracker.Clear();
            if (!await Exists(eto).AnyAsync(cancellationToken)) throw;
        }
    }

    public async Task<IReadOnlyList<TrainingRecordDto>> MineAsync(CancellationToken cancellationToken)
    {
        var staffId = await learner.StaffIdAsync(cancellationToken);
        return await db.TrainingRecords.AsNoTracking().Where(r => r.StaffId == staffId)
            .OrderByDescending(r => r.On).ThenByDescending(r => r.RecordedAt)
            .Select(r => new TrainingRecordDto(r.Id, r.Source, r.SourceId, r.Title, r.HoursHundredths / 100.0, r.On, r.RecordedAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Hours (hundredths) per person of the records dated within the period: a day counts when it begins inside it.</summary>
    public Task<Dictionary<Guid, int>> HundredthsAsync(IReadOnlyCollection<Guid> staffIds, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken)
    {
        var (first, end) = (FirstDayFrom(fromUtc), FirstDayFrom(toUtc));
        return db.TrainingRecords.Where(r => staffIds.Contains(r.StaffId) && r.On >= first && r.On < end)
            .GroupBy(r => r.StaffId).Select(g => new { g.Key, Sum = g.Sum(r => r.HoursHundredths) })
            .ToDictionaryAsync(x => x.Key, x => x.Sum, cancellationToken);
    }

    /// <summary>The first local date that begins at or after the instant.</summary>
    private static DateOnly FirstDayFrom(DateTime utc)
    {
        var date = BusinessDates.LocalDate(utc);
        return BusinessDates.StartOfDayUtc(date) < utc ? date.AddDays(1) : date;
    }

    private IQueryable<TrainingRecord> Exists(TrainingRecordedEto eto) =>
        db.TrainingRecords.Where(r => r.Source == eto.Source && r.SourceId == eto.SourceId && r.StaffId == eto.StaffId);
}

using Microsoft.EntityFrameworkCore;
using Training.Bulletins.Domain;
using Training.Bulletins.EntityFrameworkCore;
using Training.Bulletins.Jobs;
using Training.Bulletins.Kinds;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Modularity;

namespace Training.Bulletins.Application;

/// <summary>
/// When each kind without a close is drafted: a Hangfire recurring job per kind (<c>bulletins:&lt;kind&gt;</c>), cron on
/// Asia/Shanghai time from the kind's default or a manager's row in <c>Bulletins_Schedules</c>. Every node registers the
/// same ids at start, so there is one job per kind; a change is registered at once and read by the others at their start.
/// Kinds with a close have no schedule: the owner asks for their draft when the period closes.
/// </summary>
internal sealed class BulletinSchedules(BulletinsDbContext db, BulletinKindRegistry kinds, IRecurringJobScheduler scheduler, ICurrentUser currentUser,
    TimeProvider clock) : IScheduledJobSource
{
    public static string JobId(string kind) => $"bulletins:{kind}";

    public async Task<IReadOnlyList<BulletinKindDto>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Schedules.AsNoTracking().ToDictionaryAsync(s => s.Kind, cancellationToken);
        return kinds.All.Select(k => ToDto(k, rows.GetValueOrDefault(k.Info.Code))).ToList();
    }

    public async Task<BulletinKindDto> UpdateAsync(string code, UpdateBulletinScheduleInput input, CancellationToken cancellationToken)
    {
        var kind = kinds.Get(code);
        var cron = input.Cron.Trim();
        if (kind.Info.NeedsClosedPeriod || !scheduler.IsValid(cron)) throw new BusinessException(BulletinsErrorCodes.CronInvalid, cron);
        var row = await db.Schedules.FirstOrDefaultAsync(s => s.Kind == code, cancellationToken);
        if (row is null) db.Schedules.Add(row = new BulletinSchedule { Kind = code });
        (row.Cron, row.Enabled, row.ModifiedAt, row.ModifiedBy) = (cron, input.Enabled, clock.GetUtcNow().UtcDateTime, currentUser.UserId);
        await db.SaveChangesAsync(cancellationToken);
        Register(kind, row);
        return ToDto(kind, row);
    }

    public async Task RegisterAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Schedules.AsNoTracking().ToDictionaryAsync(s => s.Kind, cancellationToken);
        foreach (var kind in kinds.All) Register(kind, rows.GetValueOrDefault(kind.Info.Code));
    }

    private void Register(IBulletinKind kind, BulletinSchedule? row)
    {
        var (cron, enabled) = Effective(kind, row);
        if (cron is null || !enabled) scheduler.Remove(JobId(kind.Info.Code));
        else scheduler.AddOrUpdate<BulletinScheduleJob, BulletinScheduleArgs>(JobId(kind.Info.Code), new BulletinScheduleArgs(kind.Info.Code), cron);
    }

    private static (string? Cron, bool Enabled) Effective(IBulletinKind kind, BulletinSchedule? row) =>
        kind.Info.NeedsClosedPeriod ? (null, false) : (row?.Cron ?? kind.Info.DefaultCron, row?.Enabled ?? kind.Info.DefaultCron is not null);

    private BulletinKindDto ToDto(IBulletinKind kind, BulletinSchedule? row)
    {
        var (cron, enabled) = Effective(kind, row);
        var next = cron is not null && enabled ? scheduler.NextRuns(cron, clock.GetUtcNow().UtcDateTime, 3) : [];
        var i = kind.Info;
        return new BulletinKindDto(i.Code, i.NameZhHans, i.NameEn, i.PeriodKinds, i.Scopes, i.NeedsClosedPeriod, cron, enabled, next);
    }
}

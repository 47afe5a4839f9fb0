using Training.Bulletins.Application;
using Training.Bulletins.Kinds;
using Training.Organization;
using Training.SharedKernel.Modularity;
using Training.SharedKernel.Time;

namespace Training.Bulletins.Jobs;

public sealed record BulletinScheduleArgs(string Kind);

/// <summary>
/// A kind's scheduled run: drafts the period that ended last — last month, and in January also last year — for every
/// active hall and/or the city, as the kind offers. Only subjects without a live bulletin get one, so a second run (or a
/// second node) adds nothing, and a draft a manager is reviewing is not redone.
/// </summary>
internal sealed class BulletinScheduleJob(BulletinKindRegistry kinds, BulletinDrafts drafts, IStructureIntegrationService structure, TimeProvider clock)
    : IBackgroundJob<BulletinScheduleArgs>
{
    public async Task RunAsync(BulletinScheduleArgs args, CancellationToken cancellationToken)
    {
        var kind = kinds.Find(args.Kind);
        if (kind is null || kind.Info.NeedsClosedPeriod) return;
        var today = clock.Today();
        var periods = kind.Info.PeriodKinds
            .Where(p => p == BulletinPeriodKind.Month || today.Month == 1)
            .Select(p => BulletinPeriod.LastBefore(p, today)).ToList();
        var subjects = new List<(BulletinScope Scope, Guid? Hall)>();
        if (kind.Info.Scopes.Contains(BulletinScope.Hall))
            subjects.AddRange((await structure.GetHallsAsync(null, cancellationToken)).Where(h => h.IsActive).Select(h => (BulletinScope.Hall, (Guid?)h.Id)));
        if (kind.Info.Scopes.Contains(BulletinScope.City)) subjects.Add((BulletinScope.City, null));
        foreach (var period in periods)
            foreach (var (scope, hall) in subjects)
                await drafts.RequestAsync(kind.Info.Code, new BulletinSubject(scope, hall, period), DraftRequest.IfAbsent, cancellationToken);
    }
}

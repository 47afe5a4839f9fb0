using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Contests.Domain;
using Training.Contests.EntityFrameworkCore;

namespace Training.Contests.Application.Judging;

/// <summary>
/// What a score post checks its entry against, held in memory per contest through a round's rush (500 entrants are
/// 4,000 sheets in minutes): the entries that stand, with their numbers, and the units recusal compares. The entries
/// cannot change while a round runs — rounds open only after entry has closed, and withdrawal ends when the first
/// opens — so only the units can move (a person moved to another unit); the roster is read again once older than
/// <see cref="MaxAge"/>. Read once for all the judges posting at that moment, in its own scope.
/// </summary>
internal sealed class JudgingRosters(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(15);

    private static readonly TimeSpan IdleAge = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<Guid, Task<JudgingRoster>> _rosters = new();

    /// <summary>Only for a contest with a round open (its entries settled).</summary>
    public Task<JudgingRoster> GetAsync(Guid contestId)
    {
        while (true)
        {
            if (!_rosters.TryGetValue(contestId, out var held))
            {
                var loading = LoadAsync(contestId);
                if (_rosters.TryAdd(contestId, loading)) return DroppedOnFailure(contestId, loading);
                continue;
            }
            if (!held.IsCompleted || (held.IsCompletedSuccessfully && clock.GetUtcNow() - held.Result.LoadedAt <= MaxAge)) return held;
            var fresh = LoadAsync(contestId);
            if (_rosters.TryUpdate(contestId, fresh, held)) return DroppedOnFailure(contestId, fresh);
        }
    }

    /// <summary>Rosters of contests nobody has scored in for a while (their rounds are over) are let go.</summary>
    private void ForgetIdle()
    {
        var now = clock.GetUtcNow();
        foreach (var (contestId, held) in _rosters)
            if (held.IsCompletedSuccessfully && now - held.Result.LoadedAt > IdleAge) _rosters.TryRemove(KeyValuePair.Create(contestId, held));
    }

    /// <summary>A load that failed is not kept: the next post tries again.</summary>
    private Task<JudgingRoster> DroppedOnFailure(Guid contestId, Task<JudgingRoster> loading)
    {
        loading.ContinueWith(t => _rosters.TryRemove(KeyValuePair.Create(contestId, t)), CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return loading;
    }

    private async Task<JudgingRoster> LoadAsync(Guid contestId)
    {
        await Task.Yield(); // off the caller's stack: the dictionary's add happens before the read begins
        ForgetIdle();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContestsDbContext>();
        var loadedAt = clock.GetUtcNow();
        var entries = await db.StandingEntries.Where(e => e.ContestId == contestId).ToListAsync(CancellationToken.None);
        var judges = await db.StaffRoles.AsNoTracking().Where(r => r.ContestId == contestId).Select(r => r.StaffId).Distinct().ToListAsync(CancellationToken.None);
        var units = await scope.ServiceProvider.GetRequiredService<Recusals>()
            .UnitsAsync(judges.Concat(entries.SelectMany(e => e.Members.Select(m => m.StaffId))), CancellationToken.None);
        return new JudgingRoster(loadedAt, entries.ToDictionary(e => e.Id), units);
    }
}

/// <summary>A contest's standing entries and the units of their members and of its judges, as read at <see cref="LoadedAt"/>.</summary>
internal sealed record JudgingRoster(DateTimeOffset LoadedAt, IReadOnlyDictionary<Guid, Entry> Entries, IReadOnlyDictionary<Guid, Guid?> Units)
{
    public bool Recuses(Guid judge, Entry entry) => Recusals.Recuses(Units, judge, entry.UnitId, entry.Members.Select(m => m.StaffId));
}

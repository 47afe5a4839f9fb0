using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Training.Identity.EntityFrameworkCore;
using Training.SharedKernel.Authorization;

namespace Training.Identity.Application;

/// <summary>
/// The accounts of this node's callers, so a request does not read roles and grants again (the read was ~18% of an
/// exam sitting's CPU). Invalidated through the database: a change saved on this node drops the cache when its
/// transaction ends; a change saved on another node is seen through the count of <see cref="Domain.AccountChange"/>
/// rows, read by one request at most every <c>Identity:AccountCacheSeconds</c> (default 2 s).
/// </summary>
internal sealed class AccountCache(IConfiguration configuration, TimeProvider clock)
{
    private readonly ConcurrentDictionary<Guid, Entry> _accounts = new();
    private readonly long _recheckTicks = (long)(configuration.GetValue("Identity:AccountCacheSeconds", 2.0) * clock.TimestampFrequency);
    private readonly SemaphoreSlim _checking = new(1, 1);
    private readonly Lock _gate = new();
    private long _generation;
    private long _seenChanges = -1;
    private long _nextCheckAt; // a timestamp; 0 until the first look, so the first request looks

    /// <param name="db">The request's Identity context, resolved only when the database is read.</param>
    public async Task<CurrentAccount> GetAsync(Func<IdentityModuleDbContext> db, Guid userId, CancellationToken cancellationToken) =>
        (await GetEntryAsync(db, userId, cancellationToken)).Account;

    /// <summary>The user's security stamp as this node knows it (null for an unknown or disabled user): see SessionCookie.</summary>
    public async Task<string?> GetSecurityStampAsync(Func<IdentityModuleDbContext> db, Guid userId, CancellationToken cancellationToken) =>
        (await GetEntryAsync(db, userId, cancellationToken)).SecurityStamp;

    private async Task<Entry> GetEntryAsync(Func<IdentityModuleDbContext> db, Guid userId, CancellationToken cancellationToken)
    {
        await CheckForChangesAsync(db, cancellationToken);
        if (_accounts.TryGetValue(userId, out var cached)) return cached;

        var generation = Interlocked.Read(ref _generation);
        var (account, stamp) = await AccountQuery.LoadWithStampAsync(db(), userId, cancellationToken);
        var entry = new Entry(account, stamp);
        // An account read while a change dropped the cache may predate the change: it serves this request only.
        if (!ReferenceEquals(account, CurrentAccount.Anonymous))
            lock (_gate)
                if (_generation == generation) _accounts[userId] = entry;
        return entry;
    }

    /// <summary>Forgets every account: roles or grants may have changed for many at once, and changes are rare.</summary>
    public void Drop()
    {
        lock (_gate)
        {
            _generation++;
            _accounts.Clear();
        }
    }

    private async Task CheckForChangesAsync(Func<IdentityModuleDbContext> db, CancellationToken cancellationToken)
    {
        var now = clock.GetTimestamp();
        if (now < Interlocked.Read(ref _nextCheckAt)) return;
        if (!await _checking.WaitAsync(0, cancellationToken)) return; // another request is looking; this one goes on
        try
        {
            var changes = await db().AccountChanges.LongCountAsync(cancellationToken);
            if (changes != _seenChanges)
            {
                Drop();
                _seenChanges = changes;
            }
            Interlocked.Exchange(ref _nextCheckAt, now + _recheckTicks);
        }
        finally
        {
            _checking.Release();
        }
    }

    private sealed record Entry(CurrentAccount Account, string? SecurityStamp);
}

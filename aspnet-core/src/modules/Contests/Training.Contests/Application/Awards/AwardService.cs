using Microsoft.EntityFrameworkCore;
using Training.Bulletins.Kinds;
using Training.Contests.Application.Board;
using Training.Contests.Bulletins;
using Training.Contests.Application.Common;
using Training.Contests.Application.Entries;
using Training.Contests.Application.Scoring;
using Training.Contests.Domain;
using Training.Contests.EntityFrameworkCore;
using Training.Contests.Events;
using Training.Learning;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Events;
using Training.SharedKernel.Time;

namespace Training.Contests.Application.Awards;

/// <summary>
/// Awards: the tiers assigned down the final ranking once every round has closed, an organiser's changes with a reason
/// before publishing (the computed tier is kept beside it), and publishing — names on the board, a certificate per awarded
/// person, one <see cref="ContestAwardedEto"/> per award and one <see cref="TrainingRecordedEto"/> per entrant, and the
/// results bulletin. Publishing happens once: the state changes in the same save as the events are written, so a retry
/// finds the contest published and returns the awards without raising anything again.
/// </summary>
internal sealed class AwardService(
    ContestsDbContext db, ContestLoader loader, ContestCaller callers, BoardReader board, EntryReader entries, AwardCertificatePrinter printer,
    IBulletinRequests bulletins, TimeProvider clock)
{
    public async Task<AwardsDto> GetAsync(Guid contestId, CancellationToken cancellationToken)
    {
        var (contest, _) = await loader.ManagedAsync(contestId, cancellationToken);
        return await ToDtoAsync(contest, cancellationToken);
    }

    public async Task<AwardsDto> ComputeAsync(Guid contestId, CancellationToken cancellationToken)
    {
        var (contest, _) = await loader.ManagedAsync(contestId, cancellationToken);
        if (contest.State == ContestState.Published) throw new BusinessException(ContestsErrorCodes.AlreadyPublished) { Kind = ErrorKind.Conflict };
        contest.RequireState(ContestState.Closed);
        await ComputeInto(contest, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(contest, cancellationToken);
    }

    public async Task<AwardsDto> SetAsync(Guid contestId, Guid entryId, SetAwardInput input, CancellationToken cancellationToken)
    {
        var (contest, caller) = await loader.ManagedAsync(contestId, cancellationToken);
        if (contest.State == ContestState.Published) throw new BusinessException(ContestsErrorCodes.AlreadyPublished) { Kind = ErrorKind.Conflict };
        var award = await db.Awards.FirstOrDefaultAsync(a => a.ContestId == contestId && a.EntryId == entryId, cancellationToken)
                    ?? throw new BusinessException(ContestsErrorCodes.NoAward) { Kind = ErrorKind.NotFound };
        award.Change(input.Tier, input.Reason, caller.StaffId, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(contest, cancellationToken);
    }

    public async Task<AwardsDto> PublishAsync(Guid contestId, CancellationToken cancellationToken)
    {
        var (contest, _) = await loader.ManagedAsync(contestId, cancellationToken);
        if (contest.State == ContestState.Published) return await ToDtoAsync(contest, cancellationToken); // a retry: nothing again
        contest.RequireState(ContestState.Closed);
        if (!await db.Awards.AnyAsync(a => a.ContestId == contestId, cancellationToken)) await ComputeInto(contest, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var on = BusinessDates.LocalDate(now);
        var active = await db.Entries.AsNoTracking().Include(e => e.Members)
            .Where(e => e.ContestId == contestId && e.State == EntryState.Entered).ToListAsync(cancellationToken);
        var awards = db.Awards.Local.Where(a => a.ContestId == contestId).ToList() is { Count: > 0 } local
            ? local
            : await db.Awards.Where(a => a.ContestId == contestId).ToListAsync(cancellationToken);
        var events = new List<IEto>();
        var names = (await entries.ToDtosAsync(active, cancellationToken)).ToDictionary(e => e.Id, e => e.Members);
        foreach (var award in awards.Where(a => a.Tier is not null))
        {
            if (active.FirstOrDefault(e => e.Id == award.EntryId) is not { } entry) continue;
            events.Add(new ContestAwardedEto(Guid.NewGuid(), contest.Id, entry.Id, entry.Members.Select(m => m.StaffId).ToList(), award.Tier!.Value,
                contest.Title, on));
            foreach (var member in names[entry.Id])
                db.AwardCertificates.Add(new AwardCertificate(award.Id, contest.Id, member.StaffId, member.Name, on));
        }
        if (contest.CreditHours > 0)
            events.AddRange(active.SelectMany(e => e.Members).Select(m => new TrainingRecordedEto(Guid.NewGuid(), m.StaffId, TrainingRecordSource.Contest,
                contest.Id, contest.Title, contest.CreditHours, on)));
        contest.Publish(now, events);
        await db.SaveChangesAsync(cancellationToken);
        await bulletins.RequestDraftAsync(ContestResultsBulletinKind.Code, ContestResultsBulletinKind.SubjectOf(contest, on), cancellationToken);
        return await ToDtoAsync(contest, cancellationToken);
    }

    public async Task<IReadOnlyList<MyAwardCertificateDto>> MineAsync(CancellationToken cancellationToken)
    {
        var me = (await callers.GetAsync(cancellationToken)).StaffId;
        if (me is null) return [];
        return await (from c in db.AwardCertificates
                      join a in db.Awards on c.AwardId equals a.Id
                      join k in db.Contests on c.ContestId equals k.Id
                      where c.StaffId == me && a.Tier != null
                      orderby c.IssuedOn descending
                      select new MyAwardCertificateDto(k.Id, k.Title, a.Id, a.Tier!.Value, c.Code, c.IssuedOn)).AsNoTracking().ToListAsync(cancellationToken);
    }

    /// <summary>The caller's own certificate of an award (the id is the award's), as a PDF.</summary>
    public async Task<(string FileName, byte[] Pdf)> CertificatePdfAsync(Guid awardId, CancellationToken cancellationToken)
    {
        var me = (await callers.GetAsync(cancellationToken)).StaffId;
        var certificate = await db.AwardCertificates.AsNoTracking().FirstOrDefaultAsync(c => c.AwardId == awardId && c.StaffId == me, cancellationToken)
                          ?? throw new BusinessException(ContestsErrorCodes.NoAward) { Kind = ErrorKind.NotFound };
        return await printer.PrintAsync(certificate, cancellationToken);
    }

    /// <summary>Replaces the contest's (unpublished) awards with those of the final ranking; every round must have closed.</summary>
    private async Task ComputeInto(Contest contest, CancellationToken cancellationToken)
    {
        if (await db.Rounds.AnyAsync(r => r.ContestId == contest.Id && r.State != RoundState.Closed, cancellationToken))
            throw new BusinessException(ContestsErrorCodes.RoundsNotClosed) { Kind = ErrorKind.Conflict };
        var lines = (await board.LinesAsync(await board.InputsAsync(contest, cancellationToken), cancellationToken)).Where(l => l.Rank is not null).ToList();
        var ranking = lines.Select(l => new RankedEntry(l.EntryId, l.Rank!.Value, (decimal)l.Total!.Value)).ToList();
        var tiers = contest.AwardTiers.Select(t => (t.Tier, new TierQuota(t.Count, t.SharePercent))).ToList();
        var assigned = AwardTierAllocator.Allocate(ranking, tiers).ToDictionary(a => a.EntryId, a => a.Tier);
        db.Awards.RemoveRange(await db.Awards.Where(a => a.ContestId == contest.Id).ToListAsync(cancellationToken));
        db.Awards.AddRange(ranking.Select(r => new Award(Guid.NewGuid(), contest.Id, r.EntryId, r.Rank, (double)r.Final,
            assigned.TryGetValue(r.EntryId, out var tier) ? tier : null)));
    }

    private async Task<AwardsDto> ToDtoAsync(Contest contest, CancellationToken cancellationToken)
    {
        var awards = await db.Awards.AsNoTracking().Where(a => a.ContestId == contest.Id).OrderBy(a => a.Rank).ToListAsync(cancellationToken);
        var ids = awards.Select(a => a.EntryId).ToList();
        var list = await db.Entries.AsNoTracking().Include(e => e.Members).Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken);
        var dtos = (await entries.ToDtosAsync(list, cancellationToken)).ToDictionary(e => e.Id);
        return new AwardsDto(contest.Id, awards.Select(a => new AwardDto(a.Id, a.EntryId, dtos[a.EntryId].DrawNumber ?? 0, dtos[a.EntryId].Members,
                a.Rank, a.FinalScore, a.Tier, a.ComputedTier, a.EditReason)).ToList(),
            AwardTierAllocator.RoundingZh, contest.State == ContestState.Published, contest.PublishedAt);
    }
}

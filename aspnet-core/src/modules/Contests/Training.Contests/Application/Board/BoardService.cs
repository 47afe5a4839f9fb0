using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Training.Contests.Application.Common;
using Training.Contests.Application.Scoring;
using Training.Contests.Domain;
using Training.Contests.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Settings;

namespace Training.Contests.Application.Board;

/// <summary>
/// The leaderboard as JSON and the start of its event streams (<see cref="BoardStreams"/>), for people who see the contest
/// and — anonymously, by its display link — for the hall's screen; and an entrant's own view with their criterion scores
/// (judges unnamed).
/// </summary>
internal sealed class BoardService(
    ContestsDbContext db, ContestLoader loader, BoardReader reader, BoardBroadcaster broadcaster, IStaffIntegrationService staff,
    ISettingProvider settings, TimeProvider clock)
{
    public async Task<BoardDto> GetAsync(Guid contestId, CancellationToken cancellationToken)
    {
        var (contest, caller) = await loader.VisibleAsync(contestId, tracked: false, cancellationToken);
        var inputs = await reader.InputsAsync(contest, cancellationToken);
        return await SnapshotAsync(inputs, await ViewAsync(inputs, caller.CanManage(contest), caller.StaffId, cancellationToken), cancellationToken);
    }

    /// <summary>A stream's start for a person who sees the contest: see <see cref="BoardStreams"/>.</summary>
    public async Task<BoardStreamStart> OpenStreamAsync(Guid contestId, CancellationToken cancellationToken)
    {
        var (contest, caller) = await loader.VisibleAsync(contestId, tracked: false, cancellationToken);
        return await OpenStreamAsync(contest, caller.CanManage(contest), caller.StaffId, cancellationToken);
    }

    public async Task<BoardDto> GetDisplayAsync(string token, CancellationToken cancellationToken)
    {
        var inputs = await reader.InputsAsync(await DisplayedAsync(token, cancellationToken), cancellationToken);
        return await SnapshotAsync(inputs, await ViewAsync(inputs, false, null, cancellationToken), cancellationToken);
    }

    /// <summary>A stream's start for the hall's screen, by its display link.</summary>
    public async Task<BoardStreamStart> OpenDisplayStreamAsync(string token, CancellationToken cancellationToken) =>
        await OpenStreamAsync(await DisplayedAsync(token, cancellationToken), false, null, cancellationToken);

    /// <summary>A new random link for the hall's screen: returned once, kept only as its hash; the previous one stops working.</summary>
    public async Task<DisplayTokenDto> NewDisplayTokenAsync(Guid contestId, CancellationToken cancellationToken)
    {
        var (contest, _) = await loader.ManagedAsync(contestId, cancellationToken);
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        contest.SetDisplayTokenHash(Hash(token));
        await db.SaveChangesAsync(cancellationToken);
        return new DisplayTokenDto(token, $"/contests/display/{token}");
    }

    public async Task<MyContestDto> MineAsync(Guid contestId, CancellationToken cancellationToken)
    {
        var (contest, caller) = await loader.VisibleAsync(contestId, tracked: false, cancellationToken);
        var entry = caller.StaffId is { } me
            ? await db.Entries.AsNoTracking().Include(e => e.Members).Where(e => e.ContestId == contestId && e.Members.Any(m => m.StaffId == me))
                .OrderBy(e => e.State).FirstOrDefaultAsync(cancellationToken)
            : null;
        if (entry is null) throw new EntityNotFoundException("Entry", contestId);
        var inputs = await reader.InputsAsync(contest, cancellationToken);
        var line = (await reader.LinesAsync(inputs, cancellationToken)).FirstOrDefault(l => l.EntryId == entry.Id);
        var rounds = await db.Rounds.AsNoTracking().Where(r => r.ContestId == contestId).OrderBy(r => r.Order).ToListAsync(cancellationToken);
        var sheets = await db.ScoreSheets.AsNoTracking().Where(s => s.EntryId == entry.Id && s.Locked).OrderBy(s => s.SubmittedAt)
            .Select(s => new { s.RoundId, s.CriterionScores }).ToListAsync(cancellationToken);
        var award = contest.State == ContestState.Published
            ? await db.Awards.AsNoTracking().Where(a => a.EntryId == entry.Id).Select(a => a.Tier).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new MyContestDto(contest.Id, entry.Id, entry.DrawNumber, entry.State, rounds.Select(r =>
        {
            var score = line?.Rounds.FirstOrDefault(s => s.RoundId == r.Id);
            var mine = sheets.Where(s => s.RoundId == r.Id).ToList();
            return new MyRoundDto(r.Id, r.Title, r.Kind, r.State, score?.Score, score?.Rule,
                r.Criteria.Select((c, i) => new MyCriterionScoreDto(c.Name, c.MaxPoints, mine.Select(s => s.CriterionScores[i]).ToList())).ToList());
        }).ToList(), line?.Total, line?.Rank, award);
    }

    private async Task<BoardStreamStart> OpenStreamAsync(Contest contest, bool isOrganiser, Guid? me, CancellationToken cancellationToken)
    {
        // Subscribed before the snapshot is read, so no change falls between the two (one may arrive twice: harmless).
        var subscription = broadcaster.Subscribe(contest.Id);
        try
        {
            var inputs = await reader.InputsAsync(contest, cancellationToken);
            var view = await ViewAsync(inputs, isOrganiser, me, cancellationToken);
            var snapshot = broadcaster.Serialize(await SnapshotAsync(inputs, view, cancellationToken));
            var keepAlive = TimeSpan.FromSeconds(await settings.GetIntAsync(ContestsSettings.BoardRefreshSeconds, cancellationToken: cancellationToken));
            return new BoardStreamStart(subscription, contest, view, keepAlive, snapshot);
        }
        catch
        {
            subscription.Dispose();
            throw;
        }
    }

    /// <summary>A fresh snapshot as the stream's viewer sees it, for a stream that fell behind.</summary>
    public async Task<string> SnapshotTextAsync(Contest contest, BoardView view, CancellationToken cancellationToken) =>
        broadcaster.Serialize(await SnapshotAsync(await reader.InputsAsync(contest, cancellationToken), view, cancellationToken));

    private async Task<BoardDto> SnapshotAsync(BoardInputs inputs, BoardView view, CancellationToken cancellationToken)
    {
        var lines = await reader.LinesAsync(inputs, cancellationToken);
        var rounds = await db.Rounds.AsNoTracking().Where(r => r.ContestId == inputs.Contest.Id).OrderBy(r => r.Order)
            .Select(r => new BoardRoundDto(r.Id, r.Order, r.Kind, r.Title, r.Weight, r.State)).ToListAsync(cancellationToken);
        return new BoardDto(inputs.Contest.Id, inputs.Contest.Title, inputs.Contest.State, view.NamesShown, rounds,
            lines.Select(l => view.Row(BoardRows.Anonymous(l))).ToList(), ContestRanker.TieRuleZh, clock.GetUtcNow().UtcDateTime);
    }

    private async Task<BoardView> ViewAsync(BoardInputs inputs, bool isOrganiser, Guid? me, CancellationToken cancellationToken)
    {
        var mine = me is { } staffId ? inputs.Entries.FirstOrDefault(e => e.Members.Any(m => m.StaffId == staffId))?.Id : null;
        if (!BoardView.ShowsNames(inputs.Contest, isOrganiser)) return new BoardView(false, mine, new Dictionary<Guid, IReadOnlyList<string>>());
        var people = (await staff.GetByIdsAsync(inputs.Entries.SelectMany(e => e.Members.Select(m => m.StaffId)).Distinct().ToList(), cancellationToken))
            .ToDictionary(p => p.Id, p => p.Name);
        return new BoardView(true, mine, inputs.Entries.ToDictionary(e => e.Id,
            e => (IReadOnlyList<string>)e.Members.Select(m => people.GetValueOrDefault(m.StaffId) ?? "").ToList()));
    }

    /// <summary>The contest of a display link; an unknown link answers 404 like any missing thing.</summary>
    private async Task<Contest> DisplayedAsync(string token, CancellationToken cancellationToken)
    {
        var hash = Hash(token);
        return await db.Contests.AsNoTracking().FirstOrDefaultAsync(c => c.DisplayTokenHash == hash && c.State != ContestState.Draft, cancellationToken)
               ?? throw new EntityNotFoundException("Contest", token);
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

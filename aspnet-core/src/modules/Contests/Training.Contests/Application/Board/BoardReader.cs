using Microsoft.EntityFrameworkCore;
using Training.Contests.Application.Rounds;
using Training.Contests.Domain;
using Training.Contests.EntityFrameworkCore;
using Training.SharedKernel.Settings;

namespace Training.Contests.Application.Board;

/// <summary>What the board is computed from, read for one contest: rounds, active entries with numbers, written results.</summary>
internal sealed record BoardInputs(Contest Contest, IReadOnlyList<BoardRound> Rounds, IReadOnlyList<Entry> Entries,
    IReadOnlyList<WrittenScore> Written, int TrimmedMeanMinJudges)
{
    public IReadOnlyList<BoardEntry> BoardEntries => Entries.Select(e => new BoardEntry(e.Id, e.DrawNumber!.Value)).ToList();
}

/// <summary>Reads a contest's board inputs and its submitted sheets' totals; the numbers themselves come from <see cref="BoardCalculator"/>.</summary>
internal sealed class BoardReader(ContestsDbContext db, WrittenResultReader written, ISettingProvider settings)
{
    public async Task<BoardInputs> InputsAsync(Contest contest, CancellationToken cancellationToken)
    {
        var rounds = await db.Rounds.AsNoTracking().Where(r => r.ContestId == contest.Id).OrderBy(r => r.Order).ToListAsync(cancellationToken);
        var entries = await db.StandingEntries.Where(e => e.ContestId == contest.Id).OrderBy(e => e.DrawNumber)
            .ToListAsync(cancellationToken);
        var scores = new List<WrittenScore>();
        foreach (var round in rounds.Where(r => r.ExamId is not null && r.State != RoundState.Pending))
            foreach (var (entryId, result) in await written.ResultsAsync(round.ExamId!.Value, entries, cancellationToken))
                if (result is { Score: { } score, SubmittedAt: { } at }) scores.Add(new WrittenScore(entryId, round.Id, score, at));
        var minJudges = await settings.GetIntAsync(ContestsSettings.TrimmedMeanMinJudges, cancellationToken: cancellationToken);
        return new BoardInputs(contest, rounds.Select(r => new BoardRound(r.Id, r.Order, r.Kind, r.Weight, r.MaxPoints)).ToList(), entries, scores, minJudges);
    }

    public async Task<List<SheetTotal>> SheetTotalsAsync(Guid contestId, IReadOnlyCollection<Guid>? entryIds, CancellationToken cancellationToken)
    {
        var sheets = db.ScoreSheets.AsNoTracking().Where(s => s.ContestId == contestId && s.Locked);
        if (entryIds is not null) sheets = sheets.Where(s => entryIds.Contains(s.EntryId));
        return await sheets.Select(s => new SheetTotal(s.EntryId, s.RoundId, s.Total)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<BoardLine>> LinesAsync(BoardInputs inputs, CancellationToken cancellationToken) =>
        BoardCalculator.Compute(inputs.Rounds, inputs.BoardEntries, await SheetTotalsAsync(inputs.Contest.Id, null, cancellationToken),
            inputs.Written, inputs.TrimmedMeanMinJudges);
}

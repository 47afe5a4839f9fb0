using Microsoft.EntityFrameworkCore;
using Training.Contests.Application.Board;
using Training.Contests.Application.Common;
using Training.Contests.Domain;
using Training.Contests.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Data;

namespace Training.Contests.Application.Judging;

/// <summary>
/// Judges' sheets: a judge sees and scores only the rounds assigned to them, entries by draw number (never names);
/// a sheet is saved, then submitted and locked; an entry of the judge's own unit is refused (and shown as recused);
/// only the contest's chief judge corrects a locked sheet, with a reason that is kept. Every submit and correction
/// tells the board, after it is committed.
/// </summary>
internal sealed class JudgingService(
    ContestsDbContext db, ContestCaller callers, ContestLoader loader, Recusals recusals, IStaffIntegrationService staff,
    ICurrentUser currentUser, JudgingRosters rosters, BoardRefresher board, ScoreSheetWriter writer, TimeProvider clock)
{
    public async Task<JudgeRoundDto> GetRoundAsync(Guid contestId, Guid roundId, CancellationToken cancellationToken)
    {
        var (contest, round, me) = await AssignedAsync(contestId, roundId, cancellationToken);
        var entries = await ActiveEntriesAsync(contestId, cancellationToken);
        var recused = (await recusals.ForAsync([me], entries, cancellationToken))[me];
        var sheets = await db.ScoreSheets.AsNoTracking().Include(s => s.Corrections).Where(s => s.RoundId == roundId && s.JudgeStaffId == me)
            .ToDictionaryAsync(s => s.EntryId, cancellationToken);
        var names = await NamesAsync(sheets.Values, cancellationToken);
        var isChief = (await callers.GetAsync(cancellationToken)).RolesIn(contestId).Contains(ContestRole.ChiefJudge);
        return new JudgeRoundDto(contest.Id, contest.Title, round.Id, round.Title, round.Kind, round.State,
            round.Criteria.Select(c => new CriterionDto(c.Name, c.MaxPoints)).ToList(), isChief,
            entries.Select(e => new JudgeEntryDto(e.Id, e.DrawNumber!.Value, recused.Contains(e.Id),
                sheets.TryGetValue(e.Id, out var s) ? ToDto(s, names) : null)).ToList());
    }

    /// <summary>
    /// The judges' hot path (a round of 500 entrants is 4,000 sheets posted in minutes while the hall watches), so it
    /// reads little: one query for the round, the caller's assignment and their sheet; the entry and the units recusal
    /// compares come from the contest's <see cref="JudgingRosters">roster</see> in memory. An assigned judge sees the
    /// contest (round judges are contest judges), so the caller's contest roles are read only when the assignment is
    /// missing, to answer 404 or 403 as elsewhere.
    /// </summary>
    public async Task<ScoreSheetDto> SaveAsync(Guid contestId, Guid roundId, Guid entryId, SaveScoreSheetInput input, CancellationToken cancellationToken)
    {
        var me = (await currentUser.GetAccountAsync(cancellationToken)).StaffId;
        var target = me is { } staffId
            ? await SaveTargets.For(db, _ => CompileSaveTargetQuery())(db, contestId, roundId, entryId, staffId, cancellationToken)
            : null;
        var round = target is { Assigned: true, Round.IsJudged: true } ? target.Round : (await AssignedAsync(contestId, roundId, cancellationToken)).Round;
        var judge = me!.Value;
        if (round.State != RoundState.Open) throw new BusinessException(ContestsErrorCodes.RoundWrongState, round.State) { Kind = ErrorKind.Conflict };
        var roster = await rosters.GetAsync(contestId);
        var entry = roster.Entries.GetValueOrDefault(entryId) ?? throw new EntityNotFoundException("Entry", entryId);
        if (roster.Recuses(judge, entry)) throw new BusinessException(ContestsErrorCodes.Recused) { Kind = ErrorKind.Forbidden };
        // Read without its corrections: a sheet has some only once locked, and a locked sheet refuses the save below.
        var read = target?.Sheet;
        var sheet = read ?? new ScoreSheet(Guid.NewGuid(), contestId, roundId, entryId, judge);
        var readVersion = sheet.Version;
        sheet.Save(input.CriterionScores, round.Criteria, input.Submit, clock.GetUtcNow().UtcDateTime);
        var written = read is null ? await writer.InsertAsync(sheet, cancellationToken) : await writer.UpdateAsync(sheet, readVersion, cancellationToken);
        // Another save of the same sheet got in first (a second click or a second tablet): the page reloads it.
        if (!written) throw new BusinessException(CommonErrorCodes.Conflict) { Kind = ErrorKind.Conflict };
        if (input.Submit) board.EntryChanged(contestId, entryId);
        return ToDto(sheet, new Dictionary<Guid, string>());
    }

    /// <summary>What a score post reads: the round, whether the caller judges it, and the caller's sheet for the entry (if any).</summary>
    private sealed record SaveTarget(Round Round, bool Assigned, ScoreSheet? Sheet);

    // Compiled, once per model (as AttemptService's save of answers): EF's expression-tree work (parameter extraction,
    // the query cache's key) was about as much CPU as SQLite's for this read, the judges' hottest.
    private static readonly PerModel<Func<ContestsDbContext, Guid, Guid, Guid, Guid, CancellationToken, Task<SaveTarget?>>> SaveTargets = new();

    private static Func<ContestsDbContext, Guid, Guid, Guid, Guid, CancellationToken, Task<SaveTarget?>> CompileSaveTargetQuery() =>
        EF.CompileAsyncQuery((ContestsDbContext c, Guid contestId, Guid roundId, Guid entryId, Guid me, CancellationToken _) =>
            (from r in c.Rounds.AsNoTracking()
             where r.Id == roundId && r.ContestId == contestId
             from s in c.ScoreSheets.Where(s => s.RoundId == r.Id && s.EntryId == entryId && s.JudgeStaffId == me).DefaultIfEmpty()
             select new SaveTarget(r, c.RoundJudges.Any(j => j.RoundId == r.Id && j.StaffId == me), s))
            .FirstOrDefault());

    public async Task<ScoreSheetDto> CorrectAsync(Guid contestId, Guid roundId, Guid sheetId, CorrectScoreSheetInput input, CancellationToken cancellationToken)
    {
        var (contest, caller) = await loader.VisibleAsync(contestId, tracked: false, cancellationToken);
        if (!caller.RolesIn(contestId).Contains(ContestRole.ChiefJudge))
            throw new BusinessException(ContestsErrorCodes.NotChiefJudge) { Kind = ErrorKind.Forbidden };
        if (contest.State == ContestState.Published) throw new BusinessException(ContestsErrorCodes.AlreadyPublished) { Kind = ErrorKind.Conflict };
        var round = await db.Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId && r.ContestId == contestId, cancellationToken)
                    ?? throw new EntityNotFoundException("Round", roundId);
        var sheet = await db.ScoreSheets.Include(s => s.Corrections).FirstOrDefaultAsync(s => s.Id == sheetId && s.RoundId == roundId, cancellationToken)
                    ?? throw new EntityNotFoundException("ScoreSheet", sheetId);
        var correction = sheet.Correct(caller.StaffId!.Value, input.Reason, input.CriterionScores, round.Criteria, clock.GetUtcNow().UtcDateTime);
        db.SheetCorrections.Add(correction);
        await db.SaveChangesAsync(cancellationToken);
        board.EntryChanged(contestId, sheet.EntryId);
        return ToDto(sheet, await NamesAsync([sheet], cancellationToken));
    }

    public async Task<IReadOnlyList<JudgeProgressDto>> ProgressAsync(Guid contestId, Guid roundId, CancellationToken cancellationToken)
    {
        await loader.ManagedAsync(contestId, cancellationToken);
        var round = await db.Rounds.AsNoTracking().Include(r => r.Judges).FirstOrDefaultAsync(r => r.Id == roundId && r.ContestId == contestId, cancellationToken)
                    ?? throw new EntityNotFoundException("Round", roundId);
        var judges = round.Judges.Select(j => j.StaffId).ToList();
        var entries = await ActiveEntriesAsync(contestId, cancellationToken);
        var recused = await recusals.ForAsync(judges, entries, cancellationToken);
        var sheets = await db.ScoreSheets.AsNoTracking().Where(s => s.RoundId == roundId)
            .GroupBy(s => new { s.JudgeStaffId, s.Locked }).Select(g => new { g.Key.JudgeStaffId, g.Key.Locked, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var names = (await staff.GetByIdsAsync(judges, cancellationToken)).ToDictionary(p => p.Id, p => p.Name);
        return judges.Select(j =>
        {
            var submitted = sheets.Where(s => s.JudgeStaffId == j && s.Locked).Sum(s => s.Count);
            var saved = sheets.Where(s => s.JudgeStaffId == j && !s.Locked).Sum(s => s.Count);
            var out_ = recused[j].Count;
            return new JudgeProgressDto(roundId, j, names.GetValueOrDefault(j) ?? "", submitted, saved, out_, Math.Max(0, entries.Count - submitted - out_));
        }).OrderBy(p => p.JudgeName, StringComparer.Ordinal).ToList();
    }

    /// <summary>The contest (visible), the judged round, and the caller as one of its assigned judges — else 403.</summary>
    private async Task<(Contest Contest, Round Round, Guid Me)> AssignedAsync(Guid contestId, Guid roundId, CancellationToken cancellationToken)
    {
        var (contest, caller) = await loader.VisibleAsync(contestId, tracked: false, cancellationToken);
        var round = await db.Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId && r.ContestId == contestId, cancellationToken)
                    ?? throw new EntityNotFoundException("Round", roundId);
        var me = caller.StaffId;
        if (me is null || !round.IsJudged || !await db.RoundJudges.AnyAsync(j => j.RoundId == roundId && j.StaffId == me, cancellationToken))
            throw new BusinessException(ContestsErrorCodes.NotAssignedJudge) { Kind = ErrorKind.Forbidden };
        return (contest, round, me.Value);
    }

    private async Task<List<Entry>> ActiveEntriesAsync(Guid contestId, CancellationToken cancellationToken) =>
        await db.StandingEntries.Where(e => e.ContestId == contestId).OrderBy(e => e.DrawNumber).ToListAsync(cancellationToken);

    private async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IEnumerable<ScoreSheet> sheets, CancellationToken cancellationToken)
    {
        var ids = sheets.SelectMany(s => s.Corrections.Select(c => c.ByStaffId)).Distinct().ToList();
        return ids.Count == 0 ? new Dictionary<Guid, string>() : (await staff.GetByIdsAsync(ids, cancellationToken)).ToDictionary(p => p.Id, p => p.Name);
    }

    internal static ScoreSheetDto ToDto(ScoreSheet s, IReadOnlyDictionary<Guid, string> names) => new(s.Id, s.RoundId, s.EntryId, s.JudgeStaffId,
        s.CriterionScores, s.Total, s.SubmittedAt, s.Locked,
        s.Corrections.OrderBy(c => c.At).Select(c => new SheetCorrectionDto(c.ByStaffId, names.GetValueOrDefault(c.ByStaffId) ?? "", c.Reason,
            c.OldScores, c.NewScores, c.At)).ToList());
}

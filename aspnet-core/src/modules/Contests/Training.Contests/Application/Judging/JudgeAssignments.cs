using Microsoft.EntityFrameworkCore;
using Training.Contests.Application.Common;
using Training.Contests.Domain;
using Training.Contests.EntityFrameworkCore;

namespace Training.Contests.Application.Judging;

/// <summary>
/// The rounds a judge is assigned to, each with its entries (entered, with a draw number), the judge's submitted (locked)
/// sheets and the entries they are recused from: the judge's list, and the home page's count of sheets still to submit.
/// A handful of queries whatever the number of rounds.
/// </summary>
internal sealed class JudgeAssignments(ContestsDbContext db, ContestCaller callers, Recusals recusals)
{
    /// <summary>One assigned round and what the judge has done in it.</summary>
    public sealed record Assignment(Contest Contest, Round Round, bool IsChiefJudge, int Entries, int Submitted, int Recused)
    {
        /// <summary>The sheets the judge has yet to submit: every entry they may score and have not.</summary>
        public int ToScore => Math.Max(0, Entries - Submitted - Recused);
    }

    public async Task<IReadOnlyList<JudgeAssignmentDto>> MineAsync(CancellationToken cancellationToken)
    {
        var me = (await callers.GetAsync(cancellationToken)).StaffId;
        if (me is null) return [];
        return (await OfAsync(me.Value, openRoundsOnly: false, cancellationToken)).Select(a => new JudgeAssignmentDto(a.Contest.Id,
            a.Contest.Title, a.Round.Id, a.Round.Title, a.Round.Kind, a.Round.State, a.IsChiefJudge, a.Entries, a.Submitted, a.Recused)).ToList();
    }

    /// <summary>The judge's rounds of announced or later contests, newest contest first; only the Open rounds if asked.</summary>
    public async Task<IReadOnlyList<Assignment>> OfAsync(Guid judge, bool openRoundsOnly, CancellationToken cancellationToken)
    {
        var rounds = await (from j in db.RoundJudges
                            join r in db.Rounds on j.RoundId equals r.Id
                            join c in db.Contests on r.ContestId equals c.Id
                            where j.StaffId == judge && c.State != ContestState.Draft && (!openRoundsOnly || r.State == RoundState.Open)
                            orderby c.EntryClosesAt descending, r.Order
                            select new { Round = r, Contest = c }).AsNoTracking().ToListAsync(cancellationToken);
        if (rounds.Count == 0) return [];
        var contestIds = rounds.Select(r => r.Contest.Id).Distinct().ToList();
        var entries = await db.StandingEntries.Where(e => contestIds.Contains(e.ContestId)).ToListAsync(cancellationToken);
        var roundIds = rounds.Select(r => r.Round.Id).ToList();
        var submitted = await db.ScoreSheets.AsNoTracking().Where(s => s.JudgeStaffId == judge && roundIds.Contains(s.RoundId) && s.Locked)
            .GroupBy(s => s.RoundId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var chief = await db.StaffRoles.AsNoTracking().Where(r => r.StaffId == judge && r.Role == ContestRole.ChiefJudge)
            .Select(r => r.ContestId).ToListAsync(cancellationToken);
        var recused = (await recusals.ForAsync([judge], entries, cancellationToken))[judge];
        return rounds.Select(x =>
        {
            var inContest = entries.Where(e => e.ContestId == x.Contest.Id).ToList();
            return new Assignment(x.Contest, x.Round, chief.Contains(x.Contest.Id), inContest.Count, submitted.GetValueOrDefault(x.Round.Id),
                inContest.Count(e => recused.Contains(e.Id)));
        }).ToList();
    }
}

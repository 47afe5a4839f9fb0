using Microsoft.EntityFrameworkCore;
using Training.Contests.Domain;
using Training.Contests.EntityFrameworkCore;
using Training.Identity;
using Training.Learning;
using Training.Organization;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Data;

namespace Training.Contests.Seeding;

/// <summary>
/// A demo skill contest of 市政务服务中心 (SZX), announced with entry open: the city's written exam of the demo question bank
/// (weight 40) and a practical round 实操 on three criteria (weight 60); the centre's manager organises it, five people of
/// five other units judge (the first is chief judge, and gets the Judge role like the others), and people of several units
/// have entered — one of them in a judge's unit, so the recusal shows. Only with demo data, only once.
/// </summary>
internal sealed class ContestsDemoDataSeeder(
    ContestsDbContext db, IStaffIntegrationService staff, IStructureIntegrationService structure, IUserAccountIntegrationService accounts,
    ILearningIntegrationService learning, TimeProvider clock) : IDataSeeder
{
    private const string Organiser = "S0001";
    private static readonly string[] Judges = ["S0021", "S0033", "S0045", "S0057", "S0069"];
    private static readonly string[] Entrants = ["S0004", "S0005", "S0007", "S0022", "S0034", "S0046"];

    public int Order => 400;

    public async Task SeedAsync(SeedOptions options, CancellationToken cancellationToken)
    {
        if (!options.Demo || await db.Contests.AnyAsync(cancellationToken)) return;
        var hall = (await structure.GetHallsAsync(null, cancellationToken)).FirstOrDefault(h => h.Code == "SZX");
        if (hall is null || await learning.GetExamAsync(LearningDemoIds.ContestWrittenExam, cancellationToken) is null) return;
        var people = (await staff.SearchAsync(new StaffSearch(), cancellationToken)).ToDictionary(p => p.StaffNumber);
        if (!Judges.Concat(Entrants).Append(Organiser).All(people.ContainsKey)) return;
        var now = clock.GetUtcNow().UtcDateTime;

        // Owned by the city, like its exam, and run in the centre by the centre's manager as its assigned organiser.
        var contest = new Contest(Guid.NewGuid(), null);
        contest.Define(new SaveContestInput("2026年窗口技能大赛", "全员参与、以赛代训：笔试考查服务规范与业务知识，实操考查业务熟练、服务规范与沟通表达。",
            null, [hall.Id], EntryMode.Individual, 1, now.AddDays(-2), now.AddDays(14), 4, false,
            [new AwardTierDto(AwardTier.First, 1, null), new AwardTierDto(AwardTier.Second, 1, null), new AwardTierDto(AwardTier.Third, 1, null),
             new AwardTierDto(AwardTier.Excellence, null, 20)]), [hall.Id]);
        contest.Announce(now.AddDays(-2));
        db.Contests.Add(contest);
        var judges = Judges.Select(n => people[n]).ToList();
        db.StaffRoles.Add(new ContestStaffRole(contest.Id, people[Organiser].Id, ContestRole.Organiser));
        db.StaffRoles.AddRange(judges.Select(j => new ContestStaffRole(contest.Id, j.Id, ContestRole.Judge)));
        db.StaffRoles.Add(new ContestStaffRole(contest.Id, judges[0].Id, ContestRole.ChiefJudge));

        var written = new Round(Guid.NewGuid(), contest.Id);
        written.Define(1, new SaveRoundInput(null, RoundKind.Written, "笔试", 40, LearningDemoIds.ContestWrittenExam, null, null), []);
        var practical = new Round(Guid.NewGuid(), contest.Id);
        practical.Define(2, new SaveRoundInput(null, RoundKind.Practical, "实操", 60, null,
            [new CriterionDto("业务熟练", 40), new CriterionDto("服务规范", 30), new CriterionDto("沟通表达", 30)], null), judges.Select(j => j.Id).ToList());
        db.Rounds.AddRange(written, practical);

        var entrants = Entrants.Select(n => people[n]).ToList();
        db.Entries.AddRange(entrants.Select((p, i) => new Entry(Guid.NewGuid(), contest.Id, EntryMode.Individual, p.UnitId, [p.Id], null, now.AddHours(-40 + i))));
        await db.SaveChangesAsync(cancellationToken);

        await learning.SetExamAudienceAsync(LearningDemoIds.ContestWrittenExam, entrants.Select(p => p.Id).ToList(), cancellationToken);
        foreach (var judge in judges.Where(j => j.UserId is not null)) await accounts.EnsureRoleAsync(judge.UserId!.Value, RoleNames.Judge, cancellationToken);
    }
}

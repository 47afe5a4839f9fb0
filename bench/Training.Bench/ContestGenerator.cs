using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Training.Contests;
using Training.Contests.Domain;
using Training.Contests.EntityFrameworkCore;
using Training.Identity;
using Training.Organization;
using Training.Organization.Domain;
using Training.Organization.EntityFrameworkCore;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Data;

namespace Training.Bench;

/// <summary>
/// A contest at its judged round: one hall with ten units of <c>entrants</c> people (accounts C00001 …, the viewers are
/// the first of them), <c>judges</c> judges in a unit of their own (accounts J001 …, so nobody recuses), a contest closed
/// for entry with numbers drawn and one practical round of <c>criteria</c> criteria (10 points each) open with every judge
/// assigned. Which judge scores which entry is the driver's plan (<c>perEntry</c> judges each, spread evenly); written to
/// <c>&lt;file&gt;.contest.json</c> with the contest and round ids. Deterministic.
/// </summary>
internal sealed class ContestGenerator(IServiceProvider services)
{
    public async Task GenerateAsync(string file, int entrants, int judges, int criteria, int perEntry)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var org = sp.GetRequiredService<OrganizationDbContext>();
        var hall = new Hall(Guid.NewGuid(), "BENCH", "技能大赛赛场", HallKind.Centre, null);
        var units = Enumerable.Range(0, 10).Select(u => new WindowUnit(Guid.NewGuid(), hall.Id, $"U{u}", $"参赛单位{u + 1}", UnitKind.HallOwn, null)).ToList();
        var panel = new WindowUnit(Guid.NewGuid(), hall.Id, "JUDGES", "评委组", UnitKind.HallOwn, null);
        var people = Enumerable.Range(0, entrants).Select(i =>
            new StaffMember(Guid.NewGuid(), $"C{i + 1:00000}", $"选手{i + 1}", StaffKind.Own, null, hall.Id, units[i % units.Count].Id)).ToList();
        var judgePeople = Enumerable.Range(0, judges).Select(i =>
            new StaffMember(Guid.NewGuid(), $"J{i + 1:000}", $"评委{i + 1}", StaffKind.Own, null, hall.Id, panel.Id)).ToList();
        people.Concat(judgePeople).ToList().ForEach(p => p.ClearEvents());
        await using (var transaction = await sp.GetRequiredService<UnitOfWork>().BeginAsync())
        {
            org.Halls.Add(hall);
            org.Units.AddRange(units.Append(panel));
            org.Staff.AddRange(people.Concat(judgePeople));
            var accounts = await sp.GetRequiredService<IUserAccountIntegrationService>().EnsureAccountsAsync(
                people.Select(p => new AccountRequest(p.StaffNumber, p.Name, p.Id, [RoleNames.Staff]))
                    .Concat(judgePeople.Select(p => new AccountRequest(p.StaffNumber, p.Name, p.Id, [RoleNames.Staff, RoleNames.Judge]))).ToList(),
                new AccountPasswordPolicy(MustChangePassword: false, SharedPassword: ProvinceGenerator.AdminPassword));
            var byStaff = accounts.ToDictionary(a => a.StaffId);
            people.Concat(judgePeople).ToList().ForEach(p => p.LinkUser(byStaff[p.Id].UserId));
            await org.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        var db = sp.GetRequiredService<ContestsDbContext>();
        var now = DateTime.UtcNow;
        var contest = new Contest(Guid.NewGuid(), hall.Id);
        contest.Define(new SaveContestInput("窗口技能大赛（压测）", "实操轮评分压测", hall.Id, [hall.Id], EntryMode.Individual, 1, now.AddDays(-7), now.AddDays(-1),
            4, false, [new AwardTierDto(AwardTier.First, 5, null), new AwardTierDto(AwardTier.Second, 10, null), new AwardTierDto(AwardTier.Third, 20, null)]), [hall.Id]);
        contest.Announce(now.AddDays(-7));
        var round = new Round(Guid.NewGuid(), contest.Id);
        round.Define(1, new SaveRoundInput(null, RoundKind.Practical, "实操", 100, null,
            Enumerable.Range(1, criteria).Select(c => new CriterionDto($"评分项{c}", 10)).ToList(), null), judgePeople.Select(j => j.Id).ToList());
        var entries = people.Select(p => new Entry(Guid.NewGuid(), contest.Id, EntryMode.Individual, null, [p.Id], null, now.AddDays(-5))).ToList();
        var draw = Enumerable.Range(1, entrants).OrderBy(_ => Random.Shared.Next()).ToList();
        for (var i = 0; i < entries.Count; i++) entries[i].Draw(draw[i]);
        contest.CloseEntry(now.AddDays(-1));
        round.Open(now);
        db.Contests.Add(contest);
        db.Rounds.Add(round);
        db.Entries.AddRange(entries);
        db.StaffRoles.AddRange(judgePeople.Select(j => new ContestStaffRole(contest.Id, j.Id, ContestRole.Judge)));
        await db.SaveChangesAsync();

        // Entry i is scored by judges i·k, i·k + 1, …, i·k + k − 1 (mod judges): every judge gets entrants × k / judges entries.
        var plan = judgePeople.Select((j, n) => new
        {
            userName = j.StaffNumber,
            entryIds = entries.Where((_, i) => Enumerable.Range(0, perEntry).Any(k => (i * perEntry + k) % judges == n)).Select(e => e.Id).ToList(),
        }).ToList();
        await File.WriteAllTextAsync(file + ".contest.json", JsonSerializer.Serialize(new
        {
            contestId = contest.Id, roundId = round.Id, criteria, viewers = people.Select(p => p.StaffNumber).ToList(), judges = plan,
        }));
    }
}

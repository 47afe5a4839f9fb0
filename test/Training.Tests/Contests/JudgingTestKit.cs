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
using Training.Tests.Infrastructure;

namespace Training.Tests.Contests;

/// <summary>
/// A contest of SZX (organised by the demo manager) at its open judged round, arranged in the database so each test
/// starts from its own: two entrants in two new units, five judges — the first in the first entrant's unit (so recused
/// from them), the fifth the chief judge — and a practical round of two criteria (10 and 30 points).
/// </summary>
internal sealed record JudgedContest(Guid ContestId, Guid RoundId, Guid FirstEntryId, Guid SecondEntryId, string FirstEntrant, string SecondEntrant,
    IReadOnlyList<string> Judges, string FirstEntrantName, string SecondEntrantName)
{
    public string Sheet(Guid entryId) => $"/api/contests/{ContestId}/rounds/{RoundId}/sheets/{entryId}";

    public string ChiefJudge => Judges[4];
}

internal static class JudgingTestKit
{
    public static async Task<JudgedContest> JudgedContestAsync(this TrainingApp app, bool showNames = false)
    {
        var tag = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var hallId = await app.HallIdAsync("SZX");
        return await app.WithScopeAsync(async sp =>
        {
            var org = sp.GetRequiredService<OrganizationDbContext>();
            var (unitA, unitB, panel) = (Unit(hallId, $"A{tag}"), Unit(hallId, $"B{tag}"), Unit(hallId, $"P{tag}"));
            var first = Person(hallId, unitA.Id, $"K{tag}E1", $"甲{tag}");
            var second = Person(hallId, unitB.Id, $"K{tag}E2", $"乙{tag}");
            var judges = Enumerable.Range(1, 5).Select(j => Person(hallId, j == 1 ? unitA.Id : panel.Id, $"K{tag}J{j}", $"评委{j}{tag}")).ToList();
            await using (var transaction = await sp.GetRequiredService<UnitOfWork>().BeginAsync())
            {
                org.Units.AddRange(unitA, unitB, panel);
                org.Staff.AddRange([first, second, .. judges]);
                var accounts = await sp.GetRequiredService<IUserAccountIntegrationService>().EnsureAccountsAsync(
                    [new AccountRequest(first.StaffNumber, first.Name, first.Id, [RoleNames.Staff]),
                     new AccountRequest(second.StaffNumber, second.Name, second.Id, [RoleNames.Staff]),
                     .. judges.Select(j => new AccountRequest(j.StaffNumber, j.Name, j.Id, [RoleNames.Staff, RoleNames.Judge]))],
                    new AccountPasswordPolicy(MustChangePassword: false, SharedPassword: TrainingApp.DemoPassword));
                var byStaff = accounts.ToDictionary(a => a.StaffId);
                foreach (var person in judges.Append(first).Append(second)) person.LinkUser(byStaff[person.Id].UserId);
                await org.SaveChangesAsync();
                await transaction.CommitAsync();
            }

            var db = sp.GetRequiredService<ContestsDbContext>();
            var now = DateTime.UtcNow;
            var contest = new Contest(Guid.NewGuid(), hallId);
            contest.Define(new SaveContestInput($"窗口技能大赛 {tag}", "评分测试", hallId, [hallId], EntryMode.Individual, 1, now.AddDays(-7), now.AddDays(-1),
                4, showNames, [new AwardTierDto(AwardTier.First, 1, null), new AwardTierDto(AwardTier.Second, 1, null)]), [hallId]);
            contest.Announce(now.AddDays(-7));
            var round = new Round(Guid.NewGuid(), contest.Id);
            round.Define(1, new SaveRoundInput(null, RoundKind.Practical, "实操", 100, null, [new CriterionDto("规范", 10), new CriterionDto("效率", 30)], null),
                judges.Select(j => j.Id).ToList());
            var entries = new[] { first, second }.Select(p => new Entry(Guid.NewGuid(), contest.Id, EntryMode.Individual, null, [p.Id], null, now.AddDays(-5)))
                .ToList();
            entries[0].Draw(2);
            entries[1].Draw(1);
            contest.CloseEntry(now.AddDays(-1));
            round.Open(now);
            db.Contests.Add(contest);
            db.Rounds.Add(round);
            db.Entries.AddRange(entries);
            db.StaffRoles.AddRange(judges.Select(j => new ContestStaffRole(contest.Id, j.Id, ContestRole.Judge)));
            db.StaffRoles.Add(new ContestStaffRole(contest.Id, judges[4].Id, ContestRole.ChiefJudge));
            await db.SaveChangesAsync();
            return new JudgedContest(contest.Id, round.Id, entries[0].Id, entries[1].Id, first.StaffNumber, second.StaffNumber,
                judges.Select(j => j.StaffNumber).ToList(), first.Name, second.Name);
        });
    }

    /// <summary>Signs in as one of the contest's people.</summary>
    public static async Task<ApiClient> AsAsync(this TrainingApp app, string userName)
    {
        var client = app.CreateApiClient();
        await client.LoginAsync(userName);
        return client;
    }

    public static Task<ScoreSheetDto> SubmitAsync(this ApiClient judge, JudgedContest contest, Guid entryId, decimal first, decimal second) =>
        judge.PutAsync<ScoreSheetDto>(contest.Sheet(entryId), new SaveScoreSheetInput([first, second], true));

    private static WindowUnit Unit(Guid hallId, string code) => new(Guid.NewGuid(), hallId, code, $"测试单位{code}", UnitKind.HallOwn, null);

    private static StaffMember Person(Guid hallId, Guid unitId, string number, string name)
    {
        var person = new StaffMember(Guid.NewGuid(), number, name, StaffKind.Own, null, hallId, unitId);
        person.ClearEvents();
        return person;
    }
}

using Training.Contests;
using Training.Learning;
using Training.SharedKernel.Paging;
using Training.Tests.Infrastructure;

namespace Training.Tests.Contests;

/// <summary>The demo contest: announced in SZX with a written and a practical round, its organiser, five judges and a chief judge, entrants.</summary>
public abstract class ContestsDemoDataTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_seed_an_announced_contest_with_its_rounds_people_and_entrants()
    {
        var organiser = _app.CreateApiClient();
        await organiser.LoginAsync(Demo.Manager);
        var list = await organiser.GetAsync<PagedResult<ContestSummaryDto>>("/api/contests?filter=2026年窗口技能大赛");
        var contest = await organiser.GetAsync<ContestDto>($"/api/contests/{list.Items.ShouldHaveSingleItem().Id}");
        var entries = await organiser.GetAsync<List<EntryDto>>($"/api/contests/{contest.Id}/entries");
        var entrant = _app.CreateApiClient();
        await entrant.LoginAsync(Demo.Staff);

        contest.ShouldSatisfyAllConditions(c => c.State.ShouldBe(ContestState.Announced), c => c.CanManage.ShouldBeTrue(),
            c => c.Rounds.Select(r => r.Kind).ShouldBe([RoundKind.Written, RoundKind.Practical]),
            c => c.Rounds[0].ExamId.ShouldBe(LearningDemoIds.ContestWrittenExam), c => c.Rounds[1].JudgeStaffIds.Count.ShouldBe(5),
            c => c.Staff.Count(s => s.Role == ContestRole.Judge).ShouldBe(5), c => c.Staff.ShouldContain(s => s.Role == ContestRole.ChiefJudge));
        entries.Count.ShouldBe(6);
        (await entrant.GetAsync<List<MyExamDto>>("/api/learning/my/exams")).ShouldContain(e => e.ExamId == LearningDemoIds.ContestWrittenExam);
        (await entrant.GetAsync<List<MyEntryDto>>("/api/contests/my/entries")).ShouldContain(e => e.ContestId == contest.Id);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ContestsDemoDataTests_Sqlite(SqliteAppFixture fixture) : ContestsDemoDataTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class ContestsDemoDataTests_PostgreSql(PostgreSqlAppFixture fixture) : ContestsDemoDataTests(fixture);

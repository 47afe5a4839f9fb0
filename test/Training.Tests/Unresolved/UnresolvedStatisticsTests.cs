using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Training.Tests.Infrastructure;
using Training.Unresolved;
using Training.Unresolved.Domain;
using static Training.Tests.Unresolved.UnresolvedFormsKit;

namespace Training.Tests.Unresolved;

/// <summary>
/// A June of four cases at GXQ, written with their deadlines met on time, late or never: the statistics page counts
/// them by unit and category, rates each deadline kind (an open deadline past its day is late, a lapsed one too), counts
/// the unsatisfied follow-up and the case not accepted; the integration service gives the same per unit, zeros for a unit
/// without cases, and the cases behind with their late steps — never the complainant.
/// </summary>
public abstract class UnresolvedStatisticsTests(AppFixture fixture)
{
    private static readonly DateOnly June = new(2025, 6, 1);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<TrainingApp, Lazy<Task<(Unit, Unit, UnresolvedCase[])>>> Written = new();
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_count_cases_by_unit_and_category_and_rate_each_deadline_kind()
    {
        var (unit, other, cases) = await JuneAsync();
        var admin = await _app.SignInAsync(Demo.Admin);

        var statistics = await admin.GetAsync<UnresolvedStatisticsDto>($"{Api}/statistics?hallId={unit.HallId}&from=2025-06-01&to=2025-06-30");

        statistics.ShouldSatisfyAllConditions(s => s.Cases.ShouldBe(4), s => s.Closed.ShouldBe(3), s => s.Open.ShouldBe(1),
            s => s.FollowUps.ShouldBe(new FollowUpCountsDto(2, 1)), s => s.NotAccepted.ShouldBe([new NotAcceptedCountDto(NotAcceptedReason.Petition, 1)]));
        statistics.ByUnit.Single(u => u.UnitId == unit.UnitId).ShouldSatisfyAllConditions(u => u.Total.ShouldBe(3),
            u => u.ByCategory.ShouldBe(new CategoryCaseCountDto[] { new(null, 1), new(CaseCategory.General, 1), new(CaseCategory.NotStationed, 1) }));
        statistics.ByUnit.Single(u => u.UnitId == other.UnitId).ByCategory.ShouldBe([new CategoryCaseCountDto(CaseCategory.Complex, 1)]);
        Rate(statistics, DeadlineKind.FirstReply).ShouldBe(new DeadlineRateDto(DeadlineKind.FirstReply, 4, 3, 1, 0, 0.75));
        Rate(statistics, DeadlineKind.SameDayResolution).ShouldBe(new DeadlineRateDto(DeadlineKind.SameDayResolution, 1, 1, 0, 0, 1));
        Rate(statistics, DeadlineKind.ReceiverAnswer).ShouldBe(new DeadlineRateDto(DeadlineKind.ReceiverAnswer, 1, 0, 1, 0, 0));
        Rate(statistics, DeadlineKind.FollowUp).ShouldBe(new DeadlineRateDto(DeadlineKind.FollowUp, 3, 2, 1, 0, 0.6667));
        Rate(statistics, DeadlineKind.EscalationAnswer).ShouldBe(new DeadlineRateDto(DeadlineKind.EscalationAnswer, 1, 0, 1, 0, 0));
        JsonSerializer.Serialize(statistics).ShouldNotContain(cases[0].Number);
    }

    [Fact]
    public async Task Should_give_other_modules_the_units_facts_and_the_cases_behind_without_the_complainant()
    {
        var (unit, other, cases) = await JuneAsync();
        var nobody = Guid.NewGuid();

        var facts = await IntegrationAsync(s => s.GetByUnitsAsync([unit.UnitId, other.UnitId, nobody], June, June.AddMonths(1).AddDays(-1)));

        var mine = facts.Single(f => f.UnitId == unit.UnitId);
        mine.ShouldSatisfyAllConditions(f => f.Cases.ShouldBe(3), f => f.UnsatisfiedFollowUps.ShouldBe(1));
        mine.Deadlines.ShouldBe([
            new DeadlineFacts(DeadlineKind.SameDayResolution, 1, 1), new DeadlineFacts(DeadlineKind.FirstReply, 3, 3),
            new DeadlineFacts(DeadlineKind.ReceiverAnswer, 1, 0), new DeadlineFacts(DeadlineKind.FollowUp, 2, 2),
            new DeadlineFacts(DeadlineKind.EscalationAnswer, 1, 0)]);
        facts.Single(f => f.UnitId == other.UnitId).ShouldSatisfyAllConditions(f => f.Cases.ShouldBe(1), f => f.UnsatisfiedFollowUps.ShouldBe(0),
            f => f.Deadlines.Single(d => d.Kind == DeadlineKind.FirstReply).ShouldBe(new DeadlineFacts(DeadlineKind.FirstReply, 1, 0)));
        facts.Single(f => f.UnitId == nobody).ShouldSatisfyAllConditions(f => f.Cases.ShouldBe(0), f => f.Deadlines.ShouldAllBe(d => d.Due == 0));
        (await IntegrationAsync(s => s.GetByUnitsAsync([], June, June))).ShouldBeEmpty();

        var sources = await IntegrationAsync(s => s.GetSourcesAsync([unit.UnitId], June, June.AddMonths(1).AddDays(-1)));
        sources.Select(s => (s.Number, s.LateSteps)).ShouldBe(new[] { (cases[0].Number, 0), (cases[1].Number, 2), (cases[2].Number, 0) });
        sources[1].ShouldSatisfyAllConditions(s => s.Category.ShouldBe(CaseCategory.NotStationed), s => s.State.ShouldBe(UnresolvedCaseState.Closed),
            s => s.ReceivedOn.ShouldBe(new DateOnly(2025, 6, 3)));
        JsonSerializer.Serialize(sources).ShouldNotContain("统计诉求人");
        JsonSerializer.Serialize(sources).ShouldNotContain("13922220000");
    }

    /// <summary>The four June cases, written once per app (both tests read them).</summary>
    private Task<(Unit Unit, Unit Other, UnresolvedCase[] Cases)> JuneAsync() =>
        Written.GetOrAdd(_app, _ => new Lazy<Task<(Unit, Unit, UnresolvedCase[])>>(WriteJuneAsync)).Value;

    private async Task<(Unit, Unit, UnresolvedCase[])> WriteJuneAsync()
    {
        var unit = await _app.UnitAsync("GXQ");
        var other = await _app.UnitAsync("GXQ", skip: 1);
        const string who = "统计诉求人", phone = "13922220000";
        var general = await _app.WriteCaseAsync(unit, 801, new(2025, 6, 2, 9, 0, 0), "企业开办", c =>
        {
            c.Classify(CaseCategory.General, null, new DateOnly(2025, 6, 9), At(new(2025, 6, 2, 9, 20, 0)));
            c.RecordWindowAnswer("当场受理", At(new(2025, 6, 2, 10, 0, 0)));
            c.RecordFollowUp(true, "满意", new DateOnly(2025, 6, 6), At(new(2025, 6, 4, 10, 0, 0)), Guid.NewGuid());
        }, who, phone);
        var transferred = await _app.WriteCaseAsync(unit, 802, new(2025, 6, 3, 9, 0, 0), "建设工程规划许可", c =>
        {
            c.Classify(CaseCategory.NotStationed, null, new DateOnly(2025, 6, 10), At(new(2025, 6, 3, 9, 20, 0)));
            var slip = c.Transfer(Guid.NewGuid(), "市自然资源和规划局", ReceiverKind.Department, false, null, new DateOnly(2025, 6, 6), At(new(2025, 6, 3, 9, 40, 0)));
            c.RecordFirstReply("已转部门处办", At(new(2025, 6, 3, 10, 0, 0)));
            c.AnswerTransfer(slip.Id, "已联系诉求人", new DateOnly(2025, 6, 17), At(new(2025, 6, 10, 15, 0, 0), "联络员"));
            c.RecordFollowUp(false, "不满意", new DateOnly(2025, 6, 16), At(new(2025, 6, 12, 10, 0, 0)), Guid.NewGuid());
            c.AnswerEscalation(CaseOutcome.Resolved, "已会同部门回应", At(new(2025, 6, 18, 10, 0, 0), "效能督查科"), Guid.NewGuid());
        }, who, phone);
        var notAccepted = await _app.WriteCaseAsync(unit, 803, new(2025, 6, 5, 9, 0, 0), "信访事项",
            c => c.NotAccept(NotAcceptedReason.Petition, "已告知信访渠道", At(new(2025, 6, 5, 9, 10, 0)), Guid.NewGuid()), who, phone);
        var open = await _app.WriteCaseAsync(other, 804, new(2025, 6, 6, 9, 0, 0), "医保异地备案",
            c => c.Classify(CaseCategory.Complex, null, new DateOnly(2025, 6, 13), At(new(2025, 6, 6, 9, 30, 0))), who, phone);
        return (unit, other, new[] { general, transferred, notAccepted, open });
    }

    private static DeadlineRateDto Rate(UnresolvedStatisticsDto statistics, DeadlineKind kind) => statistics.OnTime.Single(r => r.Kind == kind);

    private Task<T> IntegrationAsync<T>(Func<IUnresolvedIntegrationService, Task<T>> call) =>
        _app.WithScopeAsync(sp => call(sp.GetRequiredService<IUnresolvedIntegrationService>()));
}

[Collection(SqliteCollection.Name)]
public sealed class UnresolvedStatisticsTests_Sqlite(SqliteAppFixture fixture) : UnresolvedStatisticsTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class UnresolvedStatisticsTests_PostgreSql(PostgreSqlAppFixture fixture) : UnresolvedStatisticsTests(fixture);

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Supervision;
using Training.Supervision.EntityFrameworkCore;
using Training.Tests.Infrastructure;
using Training.Tests.Ratings;
using static Training.Tests.Supervision.IntegrationRows;

namespace Training.Tests.Supervision;

/// <summary>
/// The integration service other modules read: a disputed finding does not count, a withdrawn one never, an upheld one
/// counts from its date (even decided in a later month); a person's finding counts for their unit with the unit points;
/// the sources explain it; a complaint check opens once per complaint.
/// </summary>
public abstract class IntegrationServiceTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_count_findings_by_their_state_and_date_for_the_person_and_their_unit()
    {
        var place = await _app.PlaceOfAsync(Demo.OtherStaff);
        var (march, april) = (new DateOnly(2025, 3, 1), new DateOnly(2025, 4, 1));
        var (from, to) = (march, april.AddDays(-1));
        var discipline = await _app.CatalogueItemAsync(CatalogueCategory.WorkDiscipline, personPoints: 2, unitPoints: 1);
        var attitude = await _app.CatalogueItemAsync(CatalogueCategory.ServiceAttitude, personPoints: 3, unitPoints: 1.5);
        var banner = await _app.CatalogueItemAsync(CatalogueCategory.Banner, personPoints: 3, unitPoints: 2);
        var inspection = await _app.InspectionAsync(place.HallId, march.AddDays(2));

        var recorded = await _app.FindingAsync(inspection, place, discipline, march.AddDays(2));
        var withdrawn = await _app.FindingAsync(inspection, place, discipline, march.AddDays(2), false, Disputed(march.AddDays(3)));
        var upheld = await _app.FindingAsync(inspection, place, attitude, march.AddDays(9), false, Disputed(march.AddDays(10)));
        await _app.FindingAsync(inspection, place, discipline, march.AddDays(9), againstWindow: true);
        await _app.FindingAsync(inspection, place, banner, march.AddDays(20));

        var disputed = await StaffAsync(place.StaffId, from, to);
        disputed.ShouldSatisfyAllConditions(
            f => f.Violations.ShouldBe(1), f => f.ViolationPoints.ShouldBe(2), f => f.Disputed.ShouldBe(2), f => f.Upheld.ShouldBe(0),
            f => f.Commendations.ShouldBe(1), f => f.CommendationPoints.ShouldBe(3));

        await DecideAsync(withdrawn, Withdrawn(april.AddDays(5)));
        await DecideAsync(upheld, Upheld(april.AddDays(5))); // decided in April: counts in March, by its date

        var person = await StaffAsync(place.StaffId, from, to);
        person.ShouldSatisfyAllConditions(
            f => f.Violations.ShouldBe(2), f => f.ViolationPoints.ShouldBe(5), f => f.Disputed.ShouldBe(0), f => f.Upheld.ShouldBe(1),
            f => f.Withdrawn.ShouldBe(1), f => f.Commendations.ShouldBe(1), f => f.CommendationPoints.ShouldBe(3));
        person.ByCategory.ShouldBe([
            new CategoryPoints(CatalogueCategory.WorkDiscipline, 1, 2), new CategoryPoints(CatalogueCategory.ServiceAttitude, 1, 3),
            new CategoryPoints(CatalogueCategory.Banner, 1, 3)]);
        (await StaffAsync(place.StaffId, april, april.AddMonths(1).AddDays(-1))).Violations.ShouldBe(0);

        var unit = (await IntegrationAsync(s => s.GetByUnitsAsync([place.UnitId], from, to))).Single();
        unit.ShouldSatisfyAllConditions(
            f => f.Violations.ShouldBe(3), f => f.ViolationPoints.ShouldBe(3.5), f => f.Commendations.ShouldBe(1), f => f.CommendationPoints.ShouldBe(2),
            f => f.Withdrawn.ShouldBe(1), f => f.Upheld.ShouldBe(1));

        var sources = await IntegrationAsync(s => s.GetSourcesAsync([place.StaffId], from, to));
        sources.Count.ShouldBe(4);
        sources.Single(s => s.Id == recorded).ShouldSatisfyAllConditions(s => s.Counted.ShouldBeTrue(), s => s.Points.ShouldBe(2),
            s => s.ItemCode.ShouldBe(discipline.Code), s => s.Title.ShouldBe(discipline.NameZh));
        sources.Single(s => s.Id == withdrawn).ShouldSatisfyAllConditions(s => s.Counted.ShouldBeFalse(), s => s.FindingState.ShouldBe(FindingState.Withdrawn));
        sources.Single(s => s.Id == upheld).ShouldSatisfyAllConditions(s => s.Counted.ShouldBeTrue(), s => s.Date.ShouldBe(march.AddDays(9)));
        (await IntegrationAsync(s => s.GetSourcesAsync([place.UnitId], from, to))).Count(s => s.Kind == ConductSourceKind.Finding).ShouldBe(5);
    }

    [Fact]
    public async Task Should_count_the_units_overdue_items_and_send_backs_by_mark_and_answer_every_id_asked()
    {
        var place = await _app.PlaceOfAsync(Demo.Staff);
        var may = new DateOnly(2025, 5, 1);
        var (from, to) = (may, may.AddMonths(1).AddDays(-1));
        await _app.LedgerItemAsync(place.HallId, place.UnitId, "拖着没改的问题", may.AddDays(1), may.AddDays(8));
        await _app.LedgerItemAsync(place.HallId, place.UnitId, "整改照片摆拍", may.AddDays(1), may.AddDays(20), null,
            Rectified(may.AddDays(5)), SentBack(may.AddDays(6), SendBackMark.False, "照片系摆拍", may.AddDays(30)));
        await _app.LedgerItemAsync(place.HallId, place.UnitId, "整改不彻底", may.AddDays(1), may.AddDays(20), null,
            Rectified(may.AddDays(5)), SentBack(may.AddDays(7), SendBackMark.Perfunctory, "仅口头提醒", may.AddDays(30)));
        var nobody = Guid.NewGuid();

        var facts = await IntegrationAsync(s => s.GetByUnitsAsync([place.UnitId, nobody], from, to));

        facts.Count.ShouldBe(2);
        facts.Single(f => f.Id == place.UnitId).ShouldSatisfyAllConditions(
            f => f.LedgerOverdue.ShouldBe(3), f => f.LedgerSentBackFalse.ShouldBe(1), f => f.LedgerSentBackPerfunctory.ShouldBe(1));
        facts.Single(f => f.Id == nobody).ShouldSatisfyAllConditions(f => f.Violations.ShouldBe(0), f => f.ByCategory.ShouldBeEmpty(),
            f => f.LedgerOverdue.ShouldBe(0));
        (await IntegrationAsync(s => s.GetByStaffAsync([], from, to))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_open_one_complaint_check_per_complaint_without_inspectors()
    {
        var place = await _app.PlaceOfAsync(Demo.Staff);
        var reference = $"BBCS-{Guid.NewGuid():N}"[..30];
        var request = new ComplaintCheckRequest(place.HallId, place.UnitId, place.WindowId, place.StaffId, reference,
            "群众反映办理营业执照变更时被要求重复提交材料\n详见办不成事登记", new DateOnly(2025, 6, 3));

        var first = await IntegrationAsync(s => s.OpenComplaintCheckAsync(request));
        var again = await IntegrationAsync(s => s.OpenComplaintCheckAsync(request));

        again.ShouldBe(first);
        var inspection = await _app.WithScopeAsync(async sp => await sp.GetRequiredService<SupervisionDbContext>().Inspections
            .Include(i => i.Inspectors).Include(i => i.Places).Where(i => i.SourceReference == reference).ToListAsync());
        inspection.Single().ShouldSatisfyAllConditions(i => i.Kind.ShouldBe(InspectionKind.ComplaintCheck), i => i.Inspectors.ShouldBeEmpty(),
            i => i.Title.ShouldBe("投诉核查：群众反映办理营业执照变更时被要求重复提交材料"), i => i.Places.Single().WindowId.ShouldBe(place.WindowId));
    }

    private Task<T> IntegrationAsync<T>(Func<ISupervisionIntegrationService, Task<T>> call) =>
        _app.WithScopeAsync(sp => call(sp.GetRequiredService<ISupervisionIntegrationService>()));

    private async Task<ConductFacts> StaffAsync(Guid staffId, DateOnly from, DateOnly to) =>
        (await IntegrationAsync(s => s.GetByStaffAsync([staffId], from, to))).Single();

    private Task DecideAsync(Guid findingId, Action<Training.Supervision.Domain.Finding> decide) =>
        _app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<SupervisionDbContext>();
            decide(await db.Findings.SingleAsync(f => f.Id == findingId));
            await db.SaveChangesAsync();
            return true;
        });
}

[Collection(SqliteCollection.Name)]
public sealed class IntegrationServiceTests_Sqlite(SqliteAppFixture fixture) : IntegrationServiceTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class IntegrationServiceTests_PostgreSql(PostgreSqlAppFixture fixture) : IntegrationServiceTests(fixture);

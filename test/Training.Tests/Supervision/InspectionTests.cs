using System.Net;
using System.Net.Http.Json;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Time;
using Training.Supervision;
using Training.Tests.Infrastructure;
using Training.Tests.Ratings;

namespace Training.Tests.Supervision;

/// <summary>
/// Walk-throughs on SQLite and PostgreSQL: a 倒推 walk from a 12345 complaint, its steps recorded and corrected (a step
/// keeps its id), an improvement item on a stalled step opening the unit's ledger item, and optimistic versions.
/// </summary>
public abstract class InspectionTests(FindingsAppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_record_a_backward_walk_through_with_its_steps_and_an_improvement_item()
    {
        var inspector = await _app.SignInAsync(SupervisionTestApp.Inspector);
        var hall = await _app.HallIdAsync("SZX");
        var unit = (await inspector.GetAsync<TargetsDto>($"/api/supervision/targets?hallId={hall}")).Units.Single(u => u.Code == "ZH");
        var noMode = await inspector.PostRawAsync("/api/supervision/inspections",
            new CreateInspectionInput(InspectionKind.WalkThrough, fixture.Clock.Today(), hall, "走流程"));
        var walk = await inspector.PostAsync<InspectionDto>("/api/supervision/inspections", new CreateInspectionInput(InspectionKind.WalkThrough,
            fixture.Clock.Today(), hall, "从12345投诉倒推营业执照办理", WalkMode: WalkMode.Backward, BackwardSource: BackwardSource.Hotline12345,
            SourceReference: "12345-20260930-0042", Places: [new InspectionPlaceInput(null, unit.Id, null)]));

        var stepped = await inspector.PutAsync<InspectionDto>($"/api/supervision/inspections/{walk.Id}/steps", new SaveWalkStepsInput(walk.Version,
        [
            new WalkStepInput("网上预约", StepChannel.Online, 5),
            new WalkStepInput("窗口收件，要求补交非必要材料", StepChannel.Hall, 40, Stalled: true, StallNote: "私设条件：要求房东到场", UnitId: unit.Id),
        ]));
        var stalled = stepped.Steps.Single(s => s.Stalled);
        var improvement = await inspector.PostAsync<InspectionLedgerItemDto>($"/api/supervision/inspections/{walk.Id}/improvements",
            new AddImprovementInput(unit.Id, "取消房东到场要求", "一次性告知所需材料", stalled.Id));
        var corrected = await inspector.PutAsync<InspectionDto>($"/api/supervision/inspections/{walk.Id}/steps", new SaveWalkStepsInput(stepped.Version,
        [
            new WalkStepInput("网上预约", StepChannel.Online, 5),
            new WalkStepInput("窗口收件，要求补交非必要材料", StepChannel.Hall, 45, Stalled: true, StallNote: "私设条件：要求房东到场", UnitId: unit.Id, Id: stalled.Id),
            new WalkStepInput("领取执照", StepChannel.Hall, 10),
        ]));
        var stale = await inspector.Http.PutAsJsonAsync($"/api/supervision/inspections/{walk.Id}", new UpdateInspectionInput(walk.Version,
            walk.Date, "改个标题"), ApiClient.Json);
        var updated = await inspector.PutAsync<InspectionDto>($"/api/supervision/inspections/{walk.Id}", new UpdateInspectionInput(corrected.Version,
            walk.Date, "从12345投诉倒推营业执照办理（复核）", InspectorStaffIds: [await _app.StaffIdAsync(SupervisionTestApp.Inspector), await _app.StaffIdAsync(Demo.Manager)]));

        await CasesTests.ShouldBeRefusedAsync(noMode, HttpStatusCode.BadRequest, SupervisionErrorCodes.WalkModeRequired);
        walk.BackwardSource.ShouldBe(BackwardSource.Hotline12345);
        walk.Places.ShouldHaveSingleItem().UnitName.ShouldBe(unit.Name);
        improvement.WalkStepId.ShouldBe(stalled.Id);
        improvement.Source.ShouldBe(LedgerSource.WalkThrough);
        corrected.Steps.Select(s => s.Order).ShouldBe([1, 2, 3]);
        corrected.Steps[1].Id.ShouldBe(stalled.Id);
        corrected.Steps[1].Minutes.ShouldBe(45);
        await CasesTests.ShouldBeRefusedAsync(stale, HttpStatusCode.Conflict, CommonErrorCodes.Conflict);
        updated.Title.ShouldBe("从12345投诉倒推营业执照办理（复核）");
        updated.Inspectors.Count.ShouldBe(2);
        updated.Places.ShouldHaveSingleItem().UnitId.ShouldBe(unit.Id); // not sent, so kept
        updated.LedgerItems.ShouldHaveSingleItem().WalkStepId.ShouldBe(stalled.Id);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class InspectionTests_Sqlite(SqliteFindingsAppFixture fixture) : InspectionTests(fixture), IClassFixture<SqliteFindingsAppFixture>;

[Collection(PostgreSqlCollection.Name)]
public sealed class InspectionTests_PostgreSql(PostgreSqlFindingsAppFixture fixture) : InspectionTests(fixture), IClassFixture<PostgreSqlFindingsAppFixture>;

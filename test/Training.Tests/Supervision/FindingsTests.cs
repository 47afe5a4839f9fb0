using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Organization;
using Training.Platform.EntityFrameworkCore;
using Training.Platform;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Time;
using Training.Supervision;
using Training.Supervision.Events;
using Training.Tests.Infrastructure;
using Training.Tests.Ratings;

namespace Training.Tests.Supervision;

/// <summary>
/// Findings on SQLite and PostgreSQL: recorded by the hall's inspector against the versioned catalogue, disputed once by
/// the person within the hall's working days, upheld or withdrawn by the manager (events in the outbox), read only
/// within scope (a lead their unit's, staff their own), retried records landing once.
/// </summary>
public abstract class FindingsTests(FindingsAppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    private DateOnly Today => fixture.Clock.Today();

    [Fact]
    public async Task Should_keep_the_version_a_finding_was_recorded_with_when_the_item_is_revised()
    {
        var inspector = await _app.SignInAsync(SupervisionTestApp.Inspector);
        var manager = await _app.SignInAsync(Demo.Manager);
        var item = await ItemAsync(inspector, "GZJL-03");
        var before = await RecordAsync(inspector, Demo.Staff, item.Id);

        var revised = await manager.PutAsync<CatalogueItemDto>("/api/supervision/catalogue/GZJL-03",
            new ReviseCatalogueItemInput(item.Version, item.Category, "工作时间玩手机、看视频", item.NameEn, null, item.PersonPoints + 1, item.UnitPoints));
        var stale = await manager.Http.PutAsJsonAsync("/api/supervision/catalogue/GZJL-03",
            new ReviseCatalogueItemInput(item.Version, item.Category, "再改一次", item.NameEn, null, 1, 1), ApiClient.Json);
        var after = await RecordAsync(inspector, Demo.Staff, revised.Id);
        var retiredItemRecord = await inspector.PostRawAsync("/api/supervision/findings", new RecordFindingInput(FindingTarget.Person, item.Id,
            Inspection: new QuickInspectionInput(InspectionKind.Open, Today, await _app.HallIdAsync("SZX")), StaffId: await _app.StaffIdAsync(Demo.Staff)));

        revised.Version.ShouldBe(item.Version + 1);
        await CasesTests.ShouldBeRefusedAsync(stale, HttpStatusCode.Conflict, CommonErrorCodes.Conflict);
        var shown = await manager.GetAsync<FindingDto>($"/api/supervision/findings/{before.Id}");
        shown.ItemVersion.ShouldBe(item.Version);
        shown.ItemNameZh.ShouldBe(item.NameZh);
        shown.PersonPoints.ShouldBe(item.PersonPoints);
        after.ItemVersion.ShouldBe(revised.Version);
        after.PersonPoints.ShouldBe(item.PersonPoints + 1);
        await CasesTests.ShouldBeRefusedAsync(retiredItemRecord, HttpStatusCode.BadRequest, SupervisionErrorCodes.CatalogueItemRetired);
        (await inspector.GetAsync<List<CatalogueItemDto>>("/api/supervision/catalogue/GZJL-03/versions")).Select(v => v.Version)
            .ShouldBe([revised.Version, item.Version]);
    }

    [Fact]
    public async Task Should_take_one_dispute_only_and_none_of_a_commendation()
    {
        var inspector = await _app.SignInAsync(SupervisionTestApp.Inspector);
        var staff = await _app.SignInAsync(Demo.Staff);
        var finding = await RecordAsync(inspector, Demo.Staff, (await ItemAsync(inspector, "YRYB-02")).Id);
        var praise = await RecordAsync(inspector, Demo.Staff, (await ItemAsync(inspector, "JQ-01")).Id);

        var disputed = await staff.PostAsync<FindingDto>($"/api/supervision/findings/{finding.Id}/dispute", new DisputeFindingInput(finding.Version, "当天佩戴了工作牌，被衣服遮挡"));
        var again = await staff.PostRawAsync($"/api/supervision/findings/{finding.Id}/dispute", new DisputeFindingInput(disputed.Version, "再次提出异议的理由"));
        var ofPraise = await staff.PostRawAsync($"/api/supervision/findings/{praise.Id}/dispute", new DisputeFindingInput(praise.Version, "表扬也想提异议"));

        disputed.State.ShouldBe(FindingState.Disputed);
        disputed.DisputeReason.ShouldBe("当天佩戴了工作牌，被衣服遮挡");
        await CasesTests.ShouldBeRefusedAsync(again, HttpStatusCode.Conflict, SupervisionErrorCodes.FindingDisputed);
        await CasesTests.ShouldBeRefusedAsync(ofPraise, HttpStatusCode.BadRequest, SupervisionErrorCodes.CommendationNotDisputable);
        praise.LedgerItemId.ShouldBeNull();
        finding.LedgerItemId.ShouldNotBeNull();
    }

    [Fact]
    public async Task Should_close_disputes_after_three_working_days_across_the_national_day_holiday_and_its_make_up_saturday()
    {
        fixture.Clock.GetUtcNow().ShouldBe(new DateTimeOffset(2026, 9, 30, 2, 0, 0, TimeSpan.Zero)); // only this test moves the clock
        var inspector = await _app.SignInAsync(SupervisionTestApp.Inspector);
        var item = await ItemAsync(inspector, "GZJL-01");
        var inTime = await RecordAsync(inspector, Demo.Staff, item.Id);
        var late = await RecordAsync(inspector, Demo.Staff, item.Id);

        // 09-30 recorded; 10-01 … 10-07 National Day; 10-08 Thu (1), 10-09 Fri (2), the make-up Saturday 10-10 (3).
        inTime.DisputeUntil.ShouldBe(new DateOnly(2026, 10, 10));
        fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 10, 10, 8, 0, 0, TimeSpan.Zero)); // 16:00 on the make-up Saturday
        var staff = await _app.SignInAsync(Demo.Staff);
        (await staff.PostAsync<FindingDto>($"/api/supervision/findings/{inTime.Id}/dispute", new DisputeFindingInput(inTime.Version, "当天是调休后第一天，已按时到岗")))
            .State.ShouldBe(FindingState.Disputed);
        fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 10, 10, 16, 30, 0, TimeSpan.Zero)); // 00:30 on Sunday 10-11 in Shanghai
        staff = await _app.SignInAsync(Demo.Staff); // a new session: the idle one has timed out meanwhile
        var closed = await staff.PostRawAsync($"/api/supervision/findings/{late.Id}/dispute", new DisputeFindingInput(late.Version, "过了期限再提出的异议"));
        await CasesTests.ShouldBeRefusedAsync(closed, HttpStatusCode.Conflict, SupervisionErrorCodes.DisputeClosed);
    }

    [Fact]
    public async Task Should_uphold_and_withdraw_disputed_findings_with_their_events_in_the_outbox()
    {
        var inspector = await _app.SignInAsync(SupervisionTestApp.Inspector);
        var staff = await _app.SignInAsync(Demo.Staff);
        var manager = await _app.SignInAsync(Demo.Manager);
        var item = await ItemAsync(inspector, "FWTD-01");
        var (staffUser, leadUser, managerUser) = (await UserOfAsync(Demo.Staff), await UserOfAsync(Demo.Lead), await UserOfAsync(Demo.Manager));
        var before = (await NoticesAsync(staffUser, "Supervision.FindingRecorded"), await NoticesAsync(leadUser, "Supervision.FindingRecorded"),
            await NoticesAsync(managerUser, "Supervision.FindingDisputed"), await NoticesAsync(staffUser, "Supervision.FindingDecided"));
        var upheld = await DisputedAsync(staff, await RecordAsync(inspector, Demo.Staff, item.Id));
        var withdrawn = await DisputedAsync(staff, await RecordAsync(inspector, Demo.Staff, item.Id));
        (await manager.GetAsync<HomeDto>("/api/home")).Items.Single(i => i.Key == "supervision.disputesToDecide").Count!.Value.ShouldBeGreaterThanOrEqualTo(2);

        var short_ = await manager.PostRawAsync($"/api/supervision/findings/{upheld.Id}/decision", new DecideFindingInput(upheld.Version, true, "维持"));
        var kept = await manager.PostAsync<FindingDto>($"/api/supervision/findings/{upheld.Id}/decision", new DecideFindingInput(upheld.Version, true, "视频显示确有此事，维持认定"));
        var gone = await manager.PostAsync<FindingDto>($"/api/supervision/findings/{withdrawn.Id}/decision", new DecideFindingInput(withdrawn.Version, false, "群众误解，撤销认定"));
        var twice = await manager.PostRawAsync($"/api/supervision/findings/{withdrawn.Id}/decision", new DecideFindingInput(gone.Version, true, "再裁定一次看看"));
        var byStaff = await staff.PostRawAsync($"/api/supervision/findings/{upheld.Id}/decision", new DecideFindingInput(kept.Version, false, "自己撤销自己的"));

        await CasesTests.ShouldBeRefusedAsync(short_, HttpStatusCode.BadRequest, SupervisionErrorCodes.ReasonTooShort);
        kept.State.ShouldBe(FindingState.Upheld);
        kept.DecidedByName.ShouldNotBeNullOrEmpty();
        gone.State.ShouldBe(FindingState.Withdrawn);
        await CasesTests.ShouldBeRefusedAsync(twice, HttpStatusCode.Conflict, SupervisionErrorCodes.DisputeNotPending);
        byStaff.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // Told once each: the person and their lead of each finding, the manager of each dispute, the disputer of each decision.
        (await NoticesAsync(staffUser, "Supervision.FindingRecorded"), await NoticesAsync(leadUser, "Supervision.FindingRecorded"),
                await NoticesAsync(managerUser, "Supervision.FindingDisputed"), await NoticesAsync(staffUser, "Supervision.FindingDecided"))
            .ShouldBe((before.Item1 + 2, before.Item2 + 2, before.Item3 + 2, before.Item4 + 2));
        (await _app.WithSupervisionAsync(db => db.Outbox.CountAsync(m => m.Type.Contains(nameof(FindingUpheldEto)) && m.Payload.Contains(upheld.Id.ToString()))))
            .ShouldBe(1);
        (await _app.WithSupervisionAsync(db => db.Outbox.CountAsync(m => m.Type.Contains(nameof(FindingWithdrawnEto)) && m.Payload.Contains(withdrawn.Id.ToString()))))
            .ShouldBe(1);
    }

    [Fact]
    public async Task Should_land_a_retried_inspection_and_finding_once_and_reuse_the_days_inspection_on_the_quick_path()
    {
        var inspector = await _app.SignInAsync(SupervisionTestApp.Inspector);
        var hall = await _app.HallIdAsync("SZX");
        var key = Guid.NewGuid();
        var create = new CreateInspectionInput(InspectionKind.Covert, Today, hall, "暗访综合受理窗口", ClientKey: key);
        var first = await inspector.PostAsync<InspectionDto>("/api/supervision/inspections", create);
        var second = await inspector.PostAsync<InspectionDto>("/api/supervision/inspections", create);
        var item = await ItemAsync(inspector, "GZJL-02");
        var recordKey = Guid.NewGuid();
        var record = new RecordFindingInput(FindingTarget.Person, item.Id, InspectionId: first.Id, StaffId: await _app.StaffIdAsync(Demo.Staff), ClientKey: recordKey);
        var once = await inspector.PostAsync<FindingDto>("/api/supervision/findings", record);
        var retried = await inspector.PostAsync<FindingDto>("/api/supervision/findings", record);
        var quickA = await inspector.PostAsync<FindingDto>("/api/supervision/findings", new RecordFindingInput(FindingTarget.Person, item.Id,
            Inspection: new QuickInspectionInput(InspectionKind.RandomCheck, Today, hall), StaffId: await _app.StaffIdAsync(Demo.OtherStaff)));
        var quickB = await inspector.PostAsync<FindingDto>("/api/supervision/findings", new RecordFindingInput(FindingTarget.Person, item.Id,
            Inspection: new QuickInspectionInput(InspectionKind.RandomCheck, Today, hall), StaffId: await _app.StaffIdAsync(Demo.Staff)));

        second.Id.ShouldBe(first.Id);
        (await _app.WithSupervisionAsync(db => db.Inspections.CountAsync(i => i.ClientKey == key))).ShouldBe(1);
        retried.Id.ShouldBe(once.Id);
        (await _app.WithSupervisionAsync(db => db.Findings.CountAsync(f => f.ClientKey == recordKey))).ShouldBe(1);
        (await _app.WithSupervisionAsync(db => db.LedgerItems.CountAsync(l => l.FindingId == once.Id))).ShouldBe(1);
        quickB.InspectionId.ShouldBe(quickA.InspectionId);
        var detail = await inspector.GetAsync<InspectionDto>($"/api/supervision/inspections/{first.Id}");
        detail.Findings.ShouldHaveSingleItem().Id.ShouldBe(once.Id);
        detail.LedgerItems.ShouldHaveSingleItem().FindingId.ShouldBe(once.Id);
        detail.Inspectors.ShouldHaveSingleItem().StaffId.ShouldBe(await _app.StaffIdAsync(SupervisionTestApp.Inspector));
    }

    [Fact]
    public async Task Should_show_a_lead_only_their_units_findings_and_staff_only_their_own()
    {
        var inspector = await _app.SignInAsync(SupervisionTestApp.Inspector);
        var hall = await _app.HallIdAsync("SZX");
        var targets = await inspector.GetAsync<TargetsDto>($"/api/supervision/targets?hallId={hall}");
        var leadUnit = targets.Units.Single(u => u.Code == "ZH");
        var otherWindow = targets.Units.Where(u => u.Id != leadUnit.Id).SelectMany(u => u.Windows).First();
        var item = await ItemAsync(inspector, "YWGF-02");
        var ours = await RecordAsync(inspector, Demo.Staff, item.Id);
        var theirs = await inspector.PostAsync<FindingDto>("/api/supervision/findings", new RecordFindingInput(FindingTarget.Window, item.Id,
            Inspection: new QuickInspectionInput(InspectionKind.Open, Today, hall), WindowId: otherWindow.Id));
        var lead = await _app.SignInAsync(Demo.Lead);
        var other = await _app.SignInAsync(Demo.OtherStaff);
        var staff = await _app.SignInAsync(Demo.Staff);

        var seen = await lead.GetAsync<PagedResult<FindingDto>>("/api/supervision/findings?maxResultCount=1000");
        seen.Items.ShouldContain(f => f.Id == ours.Id);
        seen.Items.ShouldAllBe(f => f.UnitId == leadUnit.Id);
        (await lead.Http.GetAsync($"/api/supervision/findings/{theirs.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Http.GetAsync($"/api/supervision/findings/{ours.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden); // staff read their own only
        (await other.GetAsync<PagedResult<FindingDto>>("/api/supervision/my/findings?maxResultCount=1000")).Items.ShouldNotContain(f => f.Id == ours.Id);
        var mine = await staff.GetAsync<PagedResult<FindingDto>>("/api/supervision/my/findings?maxResultCount=1000");
        mine.Items.ShouldContain(f => f.Id == ours.Id && f.StaffNumber == Demo.Staff);
        mine.Items.ShouldAllBe(f => f.StaffId == ours.StaffId);
        leadUnit.Windows.SelectMany(w => w.People).ShouldContain(p => p.StaffNumber == Demo.Staff);
    }

    [Fact]
    public async Task Should_keep_an_SZX_inspector_out_of_GXQ()
    {
        var inspector = await _app.SignInAsync(SupervisionTestApp.Inspector);
        var other = await _app.HallIdAsync("GXQ");
        var item = await ItemAsync(inspector, "GZJL-01");

        var create = await inspector.PostRawAsync("/api/supervision/inspections", new CreateInspectionInput(InspectionKind.Open, Today, other, "明察高新区"));
        var record = await inspector.PostRawAsync("/api/supervision/findings", new RecordFindingInput(FindingTarget.Person, item.Id,
            Inspection: new QuickInspectionInput(InspectionKind.Open, Today, await _app.HallIdAsync("SZX")), StaffId: await _app.StaffIdAsync(Demo.OtherHallStaff)));
        var targets = await inspector.Http.GetAsync($"/api/supervision/targets?hallId={other}");

        create.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await CasesTests.ShouldBeRefusedAsync(record, HttpStatusCode.NotFound, SupervisionErrorCodes.UnknownStaff);
        targets.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    internal static async Task<CatalogueItemDto> ItemAsync(ApiClient client, string code) =>
        (await client.GetAsync<List<CatalogueItemDto>>("/api/supervision/catalogue")).Single(c => c.Code == code);

    internal async Task<FindingDto> RecordAsync(ApiClient inspector, string staffNumber, Guid itemId) =>
        await inspector.PostAsync<FindingDto>("/api/supervision/findings", new RecordFindingInput(FindingTarget.Person, itemId,
            Inspection: new QuickInspectionInput(InspectionKind.Open, Today, await _app.HallIdAsync("SZX")), StaffId: await _app.StaffIdAsync(staffNumber),
            Note: "现场检查发现"));

    private Task<int> NoticesAsync(Guid userId, string kind) =>
        _app.WithScopeAsync(async sp => await sp.GetRequiredService<PlatformDbContext>().Notifications.CountAsync(n => n.UserId == userId && n.Kind == kind));

    private async Task<Guid> UserOfAsync(string staffNumber)
    {
        var staffId = await _app.StaffIdAsync(staffNumber);
        return await _app.WithScopeAsync(async sp => (await sp.GetRequiredService<IStaffIntegrationService>().GetByIdsAsync([staffId])).Single().UserId!.Value);
    }

    private static async Task<FindingDto> DisputedAsync(ApiClient staff, FindingDto finding) =>
        await staff.PostAsync<FindingDto>($"/api/supervision/findings/{finding.Id}/dispute", new DisputeFindingInput(finding.Version, "情况与事实不符，申请复核"));

}

[Collection(SqliteCollection.Name)]
public sealed class FindingsTests_Sqlite(SqliteFindingsAppFixture fixture) : FindingsTests(fixture), IClassFixture<SqliteFindingsAppFixture>;

[Collection(PostgreSqlCollection.Name)]
public sealed class FindingsTests_PostgreSql(PostgreSqlFindingsAppFixture fixture) : FindingsTests(fixture), IClassFixture<PostgreSqlFindingsAppFixture>;

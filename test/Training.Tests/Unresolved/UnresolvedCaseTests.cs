using System.Net;
using Training.SharedKernel.Paging;
using Training.Tests.Infrastructure;
using Training.Tests.Ratings;
using Training.Unresolved;

namespace Training.Tests.Unresolved;

/// <summary>
/// Cases on SQLite and PostgreSQL with the shared demo app: out-of-scope intake recorded and closed with its reason, steps
/// that do not fit answering 409, the unit complained about seeing its cases with the complainant hidden (list, detail),
/// the transfer to it only through 效能督查科, and a case of another hall answering 404.
/// </summary>
public abstract class UnresolvedCaseTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_record_an_out_of_scope_case_with_its_reason_and_close_it_at_once()
    {
        var staff = await _app.SignInAsync(Demo.Staff);
        var hall = await _app.HallIdAsync("SZX");

        var withoutReason = await staff.PostRawAsync("/api/unresolved/cases",
            UnresolvedTestKit.NewCase(hall, "涉诉甲", "13955550201", reason: NotAcceptedReason.Litigation));
        var refused = await staff.RecordAsync(UnresolvedTestKit.NewCase(hall, "涉诉乙", "13955550202", reason: NotAcceptedReason.Litigation,
            explanation: "该诉求涉及诉讼，不属于受理范围，已告知可向法院咨询"));

        await CasesTests.ShouldBeRefusedAsync(withoutReason, HttpStatusCode.BadRequest, UnresolvedErrorCodes.ExplanationRequired);
        refused.Case.State.ShouldBe(UnresolvedCaseState.NotAccepted);
        refused.NotAcceptedReason.ShouldBe(NotAcceptedReason.Litigation);
        refused.NotAcceptedExplanation.ShouldBe("该诉求涉及诉讼，不属于受理范围，已告知可向法院咨询");
        refused.Outcome.ShouldBe(CaseOutcome.NotAccepted);
        refused.ClosedAt.ShouldNotBeNull();
        refused.Steps.Select(s => s.Kind).ShouldBe([CaseStepKind.Intake, CaseStepKind.NotAccepted]);
        refused.Steps.ShouldAllBe(s => s.ByName.Length > 0);
        refused.Deadlines.ShouldAllBe(d => d.MetOnTime != null);
        refused.Case.ComplainantName.ShouldBe("涉诉乙"); // the staff member who recorded it sees it all
    }

    [Fact]
    public async Task Should_number_concurrent_intakes_of_a_hall_one_after_another()
    {
        var hall = await _app.HallIdAsync("SZX");
        var staff = await _app.SignInAsync(Demo.Staff);

        var taken = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => staff.RecordAsync(UnresolvedTestKit.NewCase(hall, $"并发{i}", $"1395555070{i}"))));

        taken.Select(t => t.Case.Number).Distinct().Count().ShouldBe(5);
        taken.ShouldAllBe(t => t.Case.Number.StartsWith($"{t.Case.ReceivedOn.Year}SZX"));
    }

    [Fact]
    public async Task Should_answer_409_with_a_stable_code_to_steps_that_do_not_fit_the_case()
    {
        var staff = await _app.SignInAsync(Demo.Staff);
        var guide = await _app.SignInAsync(UnresolvedTestKit.Guide);
        var taken = await staff.RecordAsync(UnresolvedTestKit.NewCase(await _app.HallIdAsync("SZX"), "错步骤", "13955550301"));
        var url = $"/api/unresolved/cases/{taken.Case.Id}";

        var answerFirst = await guide.PostRawAsync($"{url}/window-answer", new WindowAnswerInput(taken.Case.Version, "还没分类就答复"));
        var followUpFirst = await staff.PostRawAsync($"{url}/follow-up", new FollowUpInput(taken.Case.Version, true, "还没处理就回访"));
        var classified = await guide.PostAsync<UnresolvedCaseDetailDto>($"{url}/classify", new ClassifyCaseInput(taken.Case.Version, CaseCategory.Complex, null));
        var again = await guide.PostRawAsync($"{url}/classify", new ClassifyCaseInput(classified.Case.Version, CaseCategory.General, null));
        var stale = await guide.PostRawAsync($"{url}/conference", new ConferenceInput(taken.Case.Version, ["业务协调科"], "会商结果"));
        var wrongCategory = await guide.PostRawAsync($"{url}/window-answer", new WindowAnswerInput(classified.Case.Version, "一般性答复"));
        var notTransferable = await guide.PostRawAsync($"{url}/transfer",
            new TransferCaseInput(classified.Case.Version, (await guide.ReceiverAsync(UnresolvedTestKit.Housing)).Id, null));
        var unknownSection = await guide.PostRawAsync($"{url}/conference", new ConferenceInput(classified.Case.Version, ["办公室"], "会商结果"));
        var byStaff = await staff.PostRawAsync($"{url}/close", new CloseCaseInput(classified.Case.Version, CaseOutcome.Resolved, "窗口人员关闭"));
        var met = await guide.PostAsync<UnresolvedCaseDetailDto>($"{url}/conference", new ConferenceInput(classified.Case.Version, ["业务协调科", "政策法规科"], "容缺受理"));

        await CasesTests.ShouldBeRefusedAsync(answerFirst, HttpStatusCode.Conflict, UnresolvedErrorCodes.WrongState);
        await CasesTests.ShouldBeRefusedAsync(followUpFirst, HttpStatusCode.Conflict, UnresolvedErrorCodes.WrongState);
        await CasesTests.ShouldBeRefusedAsync(again, HttpStatusCode.Conflict, UnresolvedErrorCodes.WrongState);
        await CasesTests.ShouldBeRefusedAsync(stale, HttpStatusCode.Conflict, "Common:Conflict");
        await CasesTests.ShouldBeRefusedAsync(wrongCategory, HttpStatusCode.Conflict, UnresolvedErrorCodes.WrongCategory);
        await CasesTests.ShouldBeRefusedAsync(notTransferable, HttpStatusCode.Conflict, UnresolvedErrorCodes.WrongState);
        await CasesTests.ShouldBeRefusedAsync(unknownSection, HttpStatusCode.BadRequest, UnresolvedErrorCodes.UnknownSection);
        byStaff.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        met.Case.State.ShouldBe(UnresolvedCaseState.AwaitingFollowUp);
        met.ConferenceSections.ShouldBe(["业务协调科", "政策法规科"]);
        met.Steps.Last().Kind.ShouldBe(CaseStepKind.Conference);
        (await _app.WithUnresolvedAsync(db => Task.FromResult(db.CaseSteps.Count(s => s.CaseId == taken.Case.Id)))).ShouldBe(3); // nothing half-written
    }

    [Fact]
    public async Task Should_show_the_unit_complained_about_its_case_with_the_complainant_hidden()
    {
        const string name = "隐名人", phone = "13955550401";
        var staff = await _app.SignInAsync(Demo.Staff);
        var guide = await _app.SignInAsync(UnresolvedTestKit.Guide);
        var manager = await _app.SignInAsync(Demo.Manager);
        var unit = await _app.UnitIdAsync("SZX", "BDC");
        var lead = await _app.SignInAsync(await _app.LeadOfAsync(unit));
        var taken = await staff.RecordAsync(UnresolvedTestKit.NewCase(await _app.HallIdAsync("SZX"), name, phone, unit));
        var url = $"/api/unresolved/cases/{taken.Case.Id}";
        var classified = await guide.PostAsync<UnresolvedCaseDetailDto>($"{url}/classify", new ClassifyCaseInput(taken.Case.Version, CaseCategory.NotStationed, null));
        var planning = await manager.ReceiverAsync(UnresolvedTestKit.Planning);

        var byGuide = await guide.PostRawAsync($"{url}/transfer", new TransferCaseInput(classified.Case.Version, planning.Id, null));
        var bySection = await manager.PostAsync<UnresolvedCaseDetailDto>($"{url}/transfer", new TransferCaseInput(classified.Case.Version, planning.Id, "经效能督查科转办"));
        var listRaw = await (await lead.Http.GetAsync($"/api/unresolved/cases?unitId={unit}&maxResultCount=100")).Content.ReadAsStringAsync();
        var list = await lead.GetAsync<PagedResult<CaseRowDto>>($"/api/unresolved/cases?unitId={unit}&maxResultCount=100");
        var detailRaw = await (await lead.Http.GetAsync(url)).Content.ReadAsStringAsync();
        var detail = await lead.GetAsync<UnresolvedCaseDetailDto>(url);

        await CasesTests.ShouldBeRefusedAsync(byGuide, HttpStatusCode.Forbidden, UnresolvedErrorCodes.TransferByEfficiencySection);
        bySection.Transfers.Single().ViaEfficiencySection.ShouldBeTrue();
        var row = list.Items.Single(c => c.Id == taken.Case.Id);
        (row.ComplainantName, row.ComplainantContact, row.ComplainantHidden).ShouldBe(("已隐去", "已隐去", true));
        (detail.Case.ComplainantName, detail.Case.ComplainantContact, detail.Case.ComplainantHidden).ShouldBe(("已隐去", "已隐去", true));
        listRaw.ShouldNotContain(phone);
        listRaw.ShouldNotContain(name);
        detailRaw.ShouldNotContain(phone);
        detailRaw.ShouldNotContain(name);
        (await manager.GetAsync<UnresolvedCaseDetailDto>(url)).Case.ComplainantContact.ShouldBe(phone);
        (await _app.AnyNoticeContainsAsync(phone)).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_answer_404_for_a_case_of_another_hall_and_for_an_intake_there()
    {
        var staff = await _app.SignInAsync(Demo.Staff);
        var otherHallStaff = await _app.SignInAsync(Demo.OtherHallStaff);
        var guide = await _app.SignInAsync(UnresolvedTestKit.Guide);
        var elsewhere = await otherHallStaff.RecordAsync(UnresolvedTestKit.NewCase(await _app.HallIdAsync("GXQ"), "他厅人", "13955550501"));
        var url = $"/api/unresolved/cases/{elsewhere.Case.Id}";

        (await guide.Http.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.Http.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await guide.PostRawAsync($"{url}/classify", new ClassifyCaseInput(elsewhere.Case.Version, CaseCategory.General, null)))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await guide.GetAsync<PagedResult<CaseRowDto>>("/api/unresolved/cases?maxResultCount=1000")).Items.ShouldNotContain(c => c.Id == elsewhere.Case.Id);
        (await staff.PostRawAsync("/api/unresolved/cases", UnresolvedTestKit.NewCase(await _app.HallIdAsync("GXQ"), "越厅登记", "13955550502")))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await guide.Http.GetAsync($"/api/unresolved/workbench?hallId={await _app.HallIdAsync("GXQ")}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherHallStaff.GetAsync<UnresolvedCaseDetailDto>(url)).Case.ComplainantName.ShouldBe("他厅人");
    }

    [Fact]
    public async Task Should_give_the_guide_a_workbench_and_the_liaison_an_inbox()
    {
        var guide = await _app.SignInAsync(UnresolvedTestKit.Guide);
        var liaison = await _app.SignInAsync(UnresolvedTestKit.Liaison);
        var hall = await _app.HallIdAsync("SZX");

        var workbench = await guide.GetAsync<WorkbenchDto>($"/api/unresolved/workbench?hallId={hall}");
        var inbox = await liaison.GetAsync<PagedResult<TransferRowDto>>("/api/unresolved/transfers");

        workbench.OpenDeadlines.ShouldNotBeEmpty();
        workbench.OpenDeadlines.Select(d => d.DueOn).ShouldBeInOrder();
        workbench.OverdueCount.ShouldBe(workbench.OpenDeadlines.Count(d => d.Overdue));
        inbox.Items.ShouldNotBeEmpty();
        inbox.Items.ShouldAllBe(t => t.ReceiverName == UnresolvedTestKit.Housing);
        inbox.Items.ShouldAllBe(t => !t.ComplainantHidden);
        (await liaison.Http.GetAsync("/api/unresolved/cases")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class UnresolvedCaseTests_Sqlite(SqliteAppFixture fixture) : UnresolvedCaseTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class UnresolvedCaseTests_PostgreSql(PostgreSqlAppFixture fixture) : UnresolvedCaseTests(fixture);

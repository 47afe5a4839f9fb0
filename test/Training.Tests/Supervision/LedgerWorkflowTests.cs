using System.Net;
using Training.Supervision;
using Training.Supervision.Application.Ledger;
using Training.Tests.Infrastructure;
using static Training.Tests.Supervision.LedgerTestKit;

namespace Training.Tests.Supervision;

/// <summary>
/// The ledger's whole path on SQLite and PostgreSQL, on the 2026 sample calendar around 中秋 and 国庆: a unit's
/// self-check, staged progress with evidence, rectified, sent back as 虚假整改, rectified again, accepted, and reopened
/// by the 回头看 re-check once due (refused before). The clock only moves forward, so the path is one test.
/// </summary>
public abstract class LedgerWorkflowTests(LedgerHolidayAppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_walk_an_item_through_progress_send_back_acceptance_and_a_recheck_that_reopens_it()
    {
        var zh = await _app.UnitIdAsync("SZX", "ZH");
        var lead = await _app.SignInAsync(Demo.Lead);
        var manager = await _app.SignInAsync(Demo.Manager);
        var leadUser = await _app.UserOfAsync(Demo.Lead);
        var managerUser = await _app.UserOfAsync(Demo.Manager);
        const string title = "综合受理窗口台面杂物未清理";

        var opened = await lead.SelfCheckAsync(zh, title);

        // Opened Thu 09-24 with 10 working days: 09-25…27 中秋 and 10-01…07 国庆 are off, Sat 10-10 (调休) is on:
        // 09-28, 29, 30, 10-08, 09, 10, 12, 13, 14, 15 — the tenth is Thu 10-15 (weekdays alone would give 10-08).
        opened.Item.DueOn.ShouldBe(new DateOnly(2026, 10, 15));
        opened.Item.WorkingDaysLeft.ShouldBe(10);
        opened.Item.Source.ShouldBe(LedgerSource.SelfCheck);
        opened.Item.State.ShouldBe(LedgerState.Open);
        opened.Item.UnitName.ShouldBe("综合受理窗口");
        opened.Actions.ShouldBe(new LedgerActionsDto(true, false, false, false));

        var staged = await lead.ReportAsync(opened, "已清理台面，制定班前检查表", false, ("班前检查表.pdf", Pdf));
        staged.Item.State.ShouldBe(LedgerState.InProgress);
        staged.Progress.ShouldHaveSingleItem().Evidence.ShouldHaveSingleItem().FileName.ShouldBe("班前检查表.pdf");
        var download = await manager.Http.GetAsync($"{Ledger}/{opened.Item.Id}/evidence/{staged.Progress[0].Evidence[0].FileId}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(Pdf);
        var stale = await lead.Http.PostAsync($"{Ledger}/{opened.Item.Id}/progress", ProgressForm("重复提交", true, opened.Item.Version));
        await ShouldBeRefusedAsync(stale, HttpStatusCode.Conflict, "Common:Conflict");

        var rectified = await lead.ReportAsync(staged, "整改完成，每日检查", true, ("整改后.pdf", Pdf));
        rectified.Item.State.ShouldBe(LedgerState.Rectified);
        rectified.Item.ProgressCount.ShouldBe(2);
        (await _app.NoticesAsync(managerUser, LedgerNotifier.RectifiedKind, title)).ShouldBe(1);
        (await lead.PostRawAsync($"{Ledger}/{opened.Item.Id}/accept", new AcceptLedgerInput(rectified.Item.Version, null)))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var tooShort = await manager.PostRawAsync($"{Ledger}/{opened.Item.Id}/send-back",
            new SendBackLedgerInput(rectified.Item.Version, SendBackMark.False, "不行", null));
        await ShouldBeRefusedAsync(tooShort, HttpStatusCode.BadRequest, SupervisionErrorCodes.ReasonTooShort);

        var sentBack = await manager.PostAsync<LedgerDetailDto>($"{Ledger}/{opened.Item.Id}/send-back",
            new SendBackLedgerInput(rectified.Item.Version, SendBackMark.False, "现场复查台面仍有杂物，照片系摆拍", null));
        sentBack.Item.State.ShouldBe(LedgerState.SentBack);
        sentBack.Item.LastMark.ShouldBe(SendBackMark.False);
        sentBack.Item.DueOn.ShouldBe(new DateOnly(2026, 10, 15)); // the hall's 10 working days from today again
        sentBack.Reviews.ShouldHaveSingleItem().Mark.ShouldBe(SendBackMark.False);
        (await _app.NoticesAsync(leadUser, LedgerNotifier.SentBackKind, title)).ShouldBe(1);
        var marked = await lead.GetAsync<LedgerBoardDto>($"{Ledger}?mark=False&unitId={zh}");
        marked.Items.ShouldContain(r => r.Id == opened.Item.Id);

        var again = await lead.ReportAsync(sentBack, "重新整改，台面清空并拍摄全景", true, ("复查.pdf", Pdf));
        var accepted = await manager.PostAsync<LedgerDetailDto>($"{Ledger}/{opened.Item.Id}/accept", new AcceptLedgerInput(again.Item.Version, "现场核实已整改"));
        accepted.Item.State.ShouldBe(LedgerState.Accepted);
        accepted.Item.RecheckDueOn.ShouldBe(new DateOnly(2026, 10, 24)); // 30 calendar days after 09-24
        accepted.Actions.Recheck.ShouldBeFalse();
        var early = await manager.PostRawAsync($"{Ledger}/{opened.Item.Id}/recheck",
            new RecheckLedgerInput(accepted.Item.Version, true, "回头看发现问题反弹", null));
        await ShouldBeRefusedAsync(early, HttpStatusCode.Conflict, SupervisionErrorCodes.LedgerNotDue);

        fixture.Clock.Advance(TimeSpan.FromDays(30)); // Sat 10-24, 10:00
        manager = await _app.SignInAsync(Demo.Manager); // the session of a month ago has expired
        var due = await manager.GetAsync<LedgerDetailDto>($"{Ledger}/{opened.Item.Id}");
        due.Actions.Recheck.ShouldBeTrue();
        var reopened = await manager.PostAsync<LedgerDetailDto>($"{Ledger}/{opened.Item.Id}/recheck",
            new RecheckLedgerInput(due.Item.Version, true, "回头看发现台面杂物反弹", null));

        reopened.Item.State.ShouldBe(LedgerState.Open);
        reopened.Item.ReopenedCount.ShouldBe(1);
        reopened.Item.RecheckDueOn.ShouldBeNull();
        // From Sat 10-24: 10-26 … 10-30 and 11-02 … 11-06 — the tenth working day is Fri 11-06.
        reopened.Item.DueOn.ShouldBe(new DateOnly(2026, 11, 6));
        reopened.Reviews.Select(r => r.Outcome).ShouldBe([ReviewOutcome.SentBack, ReviewOutcome.Accepted, ReviewOutcome.Reopened]);
        reopened.Progress.Count.ShouldBe(3);
        (await _app.NoticesAsync(leadUser, LedgerNotifier.ReopenedKind, title)).ShouldBe(1);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LedgerWorkflowTests_Sqlite(SqliteLedgerHolidayAppFixture fixture)
    : LedgerWorkflowTests(fixture), IClassFixture<SqliteLedgerHolidayAppFixture>;

[Collection(PostgreSqlCollection.Name)]
public sealed class LedgerWorkflowTests_PostgreSql(PostgreSqlLedgerHolidayAppFixture fixture)
    : LedgerWorkflowTests(fixture), IClassFixture<PostgreSqlLedgerHolidayAppFixture>;

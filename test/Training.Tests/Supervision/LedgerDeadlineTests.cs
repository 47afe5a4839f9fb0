using Microsoft.EntityFrameworkCore;
using Training.Supervision;
using Training.Supervision.Application.Ledger;
using Training.SharedKernel.Time;
using Training.Tests.Infrastructure;
using static Training.Tests.Supervision.LedgerTestKit;

namespace Training.Tests.Supervision;

/// <summary>
/// The daily deadline job on SQLite and PostgreSQL (the clock starts Monday 2026-11-23): the unit's lead is reminded once
/// per deadline however often the job runs, and again for a new deadline; 拖而不改 is stamped once, on the first overdue day.
/// </summary>
public abstract class LedgerDeadlineTests(ClockedAppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_remind_once_per_deadline_and_stamp_overdue_once_however_often_the_job_runs()
    {
        var zh = await _app.UnitIdAsync("SZX", "ZH");
        var lead = await _app.SignInAsync(Demo.Lead);
        var manager = await _app.SignInAsync(Demo.Manager);
        var leadUser = await _app.UserOfAsync(Demo.Lead);
        var today = fixture.Clock.Today();                       // Mon 11-23
        const string title = "叫号屏显示故障未报修";
        var opened = await manager.SelfCheckAsync(zh, title, today.AddDays(1)); // due Tue 11-24: within 2 working days

        await _app.RunDeadlinesJobAsync();
        await _app.RunDeadlinesJobAsync();
        (await _app.NoticesAsync(leadUser, LedgerNotifier.DueKind, title)).ShouldBe(1);
        (await StampAsync(opened.Item.Id)).ShouldBeNull();

        fixture.Clock.Advance(TimeSpan.FromDays(2));             // Wed 11-25: one working day past the deadline
        await _app.RunDeadlinesJobAsync();
        fixture.Clock.Advance(TimeSpan.FromDays(1));
        await _app.RunDeadlinesJobAsync();

        (await StampAsync(opened.Item.Id)).ShouldBe(new DateOnly(2026, 11, 25));
        (await _app.NoticesAsync(leadUser, LedgerNotifier.DueKind, title)).ShouldBe(1);
        (lead, manager) = (await _app.SignInAsync(Demo.Lead), await _app.SignInAsync(Demo.Manager)); // sessions of days ago expired
        var row = (await lead.GetAsync<LedgerBoardDto>($"{Ledger}?overdue=true&unitId={zh}&maxResultCount=1000")).Items.Single(r => r.Id == opened.Item.Id);
        row.Overdue.ShouldBeTrue();
        row.WorkingDaysLeft.ShouldBe(-2);                        // Wed 11-25 and Thu 11-26 after Tue 11-24

        var rectified = await lead.ReportAsync(opened, "已报修并更换叫号屏", true);
        var sentBack = await manager.PostAsync<LedgerDetailDto>($"{Ledger}/{opened.Item.Id}/send-back",
            new SendBackLedgerInput(rectified.Item.Version, SendBackMark.Perfunctory, "仅张贴告示，未实际维修", fixture.Clock.Today().AddDays(1)));
        await _app.RunDeadlinesJobAsync();
        await _app.RunDeadlinesJobAsync();

        sentBack.Item.LastMark.ShouldBe(SendBackMark.Perfunctory);
        (await _app.NoticesAsync(leadUser, LedgerNotifier.DueKind, title)).ShouldBe(2); // the new deadline, once
        (await StampAsync(opened.Item.Id)).ShouldBe(new DateOnly(2026, 11, 25));       // the first overdue day stays
    }

    private Task<DateOnly?> StampAsync(Guid id) =>
        _app.WithSupervisionAsync(db => db.LedgerItems.AsNoTracking().Where(i => i.Id == id).Select(i => i.WentOverdueOn).SingleAsync());
}

[Collection(SqliteCollection.Name)]
public sealed class LedgerDeadlineTests_Sqlite(SqliteClockedAppFixture fixture) : LedgerDeadlineTests(fixture), IClassFixture<SqliteClockedAppFixture>;

[Collection(PostgreSqlCollection.Name)]
public sealed class LedgerDeadlineTests_PostgreSql(PostgreSqlClockedAppFixture fixture)
    : LedgerDeadlineTests(fixture), IClassFixture<PostgreSqlClockedAppFixture>;

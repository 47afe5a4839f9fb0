using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Training.Platform;
using Training.SharedKernel.Time;
using Training.Supervision;
using Training.Supervision.Domain;
using Training.Supervision.EntityFrameworkCore;
using Training.Tests.Infrastructure;
using static Training.Tests.Supervision.LedgerTestKit;

namespace Training.Tests.Supervision;

/// <summary>
/// The ledger board on SQLite and PostgreSQL (the clock on Monday 2026-11-23): a window lead sees and reports only their
/// own unit's items, the header counts match the rows, and a page costs the same few queries however many items there are.
/// </summary>
public abstract class LedgerBoardTests(ClockedAppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    private DateOnly Today => fixture.Clock.Today();

    [Fact]
    public async Task Should_show_a_lead_only_their_units_items_and_let_them_report_for_it_alone()
    {
        var zh = await _app.UnitIdAsync("SZX", "ZH");
        var sj = await _app.UnitIdAsync("SZX", "SJ");
        var lead = await _app.SignInAsync(Demo.Lead);
        var manager = await _app.SignInAsync(Demo.Manager);
        var own = await manager.SelfCheckAsync(zh, "综合窗口引导标识缺失");
        var other = await manager.SelfCheckAsync(sj, "市场监管窗口材料清单过期");
        var otherDone = await _app.SignInAsync(await _app.LeadOfAsync(sj))
            .ContinueWith(t => t.Result.ReportAsync(other, "已更新材料清单", false, ("清单.pdf", Pdf))).Unwrap();

        var board = await lead.GetAsync<LedgerBoardDto>($"{Ledger}?maxResultCount=1000");
        board.Items.ShouldContain(r => r.Id == own.Item.Id);
        board.Items.ShouldAllBe(r => r.UnitId == zh);
        (await lead.Http.GetAsync($"{Ledger}/{other.Item.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await lead.Http.GetAsync($"{Ledger}/{other.Item.Id}/evidence/{otherDone.Progress[0].Evidence[0].FileId}")).StatusCode
            .ShouldBe(HttpStatusCode.NotFound);
        var intoOther = await lead.Http.PostAsync($"{Ledger}/{other.Item.Id}/progress", ProgressForm("代为整改", true, otherDone.Item.Version));
        intoOther.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var selfCheckForOther = await lead.PostRawAsync(Ledger, new CreateSelfCheckInput(sj, "替别的窗口登记", null, null, null));
        await ShouldBeRefusedAsync(selfCheckForOther, HttpStatusCode.NotFound, "Common:NotFound");
        var byManager = await manager.Http.PostAsync($"{Ledger}/{own.Item.Id}/progress", ProgressForm("代窗口报送", true, own.Item.Version));
        await ShouldBeRefusedAsync(byManager, HttpStatusCode.Forbidden, SupervisionErrorCodes.LedgerNotYourUnit);
        var pastDue = await lead.PostRawAsync(Ledger, new CreateSelfCheckInput(zh, "补登昨日问题", null, null, Today.AddDays(-1)));
        await ShouldBeRefusedAsync(pastDue, HttpStatusCode.BadRequest, SupervisionErrorCodes.LedgerDueInPast);
        var immediate = await lead.SelfCheckAsync(zh, "立行立改：桌牌摆放", Today);
        immediate.Item.DueOn.ShouldBe(Today);
        immediate.Item.WorkingDaysLeft.ShouldBe(0);
    }

    [Fact]
    public async Task Should_count_the_header_chips_as_the_rows_they_stand_for()
    {
        var ga = await _app.UnitIdAsync("SZX", "GA");
        const string batch = "公安窗口批次";   // the demo's own ledger items are left out by the text filter
        await SeedAsync(ga, batch, 3, LedgerState.Open, overdue: false);
        await SeedAsync(ga, batch, 2, LedgerState.Open, overdue: true);
        await SeedAsync(ga, batch, 2, LedgerState.InProgress, overdue: true);
        await SeedAsync(ga, batch, 4, LedgerState.Rectified, overdue: false);
        await SeedAsync(ga, batch, 1, LedgerState.Accepted, overdue: false);
        await SeedAsync(ga, batch, 2, LedgerState.SentBack, overdue: false);
        var manager = await _app.SignInAsync(Demo.Manager);
        var unit = $"unitId={ga}&filter={Uri.EscapeDataString(batch)}";

        var all = await manager.GetAsync<LedgerBoardDto>($"{Ledger}?{unit}&maxResultCount=1000");
        var counts = all.Counts;
        counts.ShouldBe(new LedgerCountsDto(5, 2, 4, 1, 2, 4, 0));
        all.TotalCount.ShouldBe(14);
        foreach (var (state, expected) in new[] { ("Open", counts.Open), ("InProgress", counts.InProgress), ("Rectified", counts.Rectified),
                     ("Accepted", counts.Accepted), ("SentBack", counts.SentBack) })
        {
            var rows = await manager.GetAsync<LedgerBoardDto>($"{Ledger}?{unit}&states={state}&maxResultCount=1000");
            rows.Items.Count.ShouldBe(expected, state);
            rows.TotalCount.ShouldBe(expected, state);
            rows.Counts.ShouldBe(counts);
        }
        var overdue = await manager.GetAsync<LedgerBoardDto>($"{Ledger}?{unit}&overdue=true&maxResultCount=2");
        overdue.TotalCount.ShouldBe(counts.Overdue);
        overdue.Items.Count.ShouldBe(2);
        overdue.Items.ShouldAllBe(r => r.Overdue && r.WorkingDaysLeft < 0);
        var two = await manager.GetAsync<LedgerBoardDto>($"{Ledger}?{unit}&states=Open&states=SentBack&overdue=true&maxResultCount=1000");
        two.TotalCount.ShouldBe(2);
        two.Items.Count.ShouldBe(2);
        var text = await manager.GetAsync<LedgerBoardDto>($"{Ledger}?unitId={ga}&filter={Uri.EscapeDataString(batch + "已验收")}");
        text.TotalCount.ShouldBe(1);
    }

    [Fact]
    public async Task Should_read_a_board_page_in_the_same_number_of_queries_however_many_items_it_shows()
    {
        var yb = await _app.UnitIdAsync("SZX", "YB");
        var sj = await _app.UnitIdAsync("SZX", "SJ");
        const string batch = "计数批次";
        await SeedAsync(yb, batch, 1, LedgerState.Open, overdue: true);
        await SeedAsync(sj, batch, 30, LedgerState.Open, overdue: true);
        await SeedAsync(sj, batch, 30, LedgerState.InProgress, overdue: false);
        await SeedAsync(sj, batch, 10, LedgerState.Accepted, overdue: false);
        var manager = await _app.SignInAsync(Demo.Manager);
        var filter = Uri.EscapeDataString(batch);
        await manager.GetAsync<LedgerBoardDto>($"{Ledger}?unitId={yb}&filter={filter}"); // warm: the account, settings and the calendar's caches
        using var recorder = await CommandRecorder.StartAsync(_app);

        var (few, one) = await recorder.RecordAsync(() => manager.GetAsync<LedgerBoardDto>($"{Ledger}?unitId={yb}&filter={filter}"));
        var (many, page) = await recorder.RecordAsync(() =>
            manager.GetAsync<LedgerBoardDto>($"{Ledger}?unitId={sj}&filter={filter}&maxResultCount=100&sorting=openedOn desc"));

        one.Items.Count.ShouldBe(1);
        page.Items.Count.ShouldBe(70);
        CommandRecorder.ShouldBeSameCount(many, few);
        many.Count(c => c.Contains("Supervision_")).ShouldBe(2); // the counts and the page
    }

    [Fact]
    public async Task Should_put_the_leads_due_items_and_the_reviewers_rectified_items_on_their_home_pages()
    {
        var zh = await _app.UnitIdAsync("SZX", "ZH");
        var lead = await _app.SignInAsync(Demo.Lead);
        var manager = await _app.SignInAsync(Demo.Manager);
        var (dueBefore, reviewBefore) = (await HomeCountAsync(lead, "supervision.ledgerDue"), await HomeCountAsync(manager, "supervision.ledgerToReview"));

        var soon = await lead.SelfCheckAsync(zh, "服务评价器未摆放到位", Today.AddDays(1));
        await lead.SelfCheckAsync(zh, "一个月后到期的自查问题", Today.AddDays(30));
        (await HomeCountAsync(lead, "supervision.ledgerDue")).ShouldBe(dueBefore + 1);

        await lead.ReportAsync(soon, "评价器已摆放到位", true);
        (await HomeCountAsync(lead, "supervision.ledgerDue")).ShouldBe(dueBefore);
        (await HomeCountAsync(manager, "supervision.ledgerToReview")).ShouldBe(reviewBefore + 1);
    }

    [Fact]
    public async Task Should_store_a_photo_of_the_evidence_re_encoded_without_its_exif()
    {
        var zh = await _app.UnitIdAsync("SZX", "ZH");
        var lead = await _app.SignInAsync(Demo.Lead);
        var item = await lead.SelfCheckAsync(zh, "窗口宣传栏破损");

        var reported = await lead.ReportAsync(item, "宣传栏已更换", false, ("现场.jpg", PhotoWithExif()), ("说明.pdf", Pdf));

        var evidence = reported.Progress.Single().Evidence;
        evidence.Select(e => e.FileName).ShouldBe(["现场.jpg", "说明.pdf"], ignoreOrder: true);
        var photo = await lead.Http.GetByteArrayAsync($"{Ledger}/{item.Item.Id}/evidence/{evidence.Single(e => e.FileName == "现场.jpg").FileId}");
        photo[..3].ShouldBe(new byte[] { 0xFF, 0xD8, 0xFF });
        System.Text.Encoding.ASCII.GetString(photo).ShouldNotContain("Exif");
        System.Text.Encoding.ASCII.GetString(PhotoWithExif()).ShouldContain("Exif"); // the upload carried it
    }

    /// <summary>A small JPEG with an APP1 Exif segment (a TIFF header and an empty directory) right after its start marker.</summary>
    private static byte[] PhotoWithExif()
    {
        using var bitmap = new SkiaSharp.SKBitmap(16, 12);
        bitmap.Erase(SkiaSharp.SKColors.SteelBlue);
        using var encoded = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Jpeg, 90);
        var jpeg = encoded.ToArray();
        byte[] tiff = [(byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0];
        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var length = payload.Length + 2;
        byte[] app1 = [0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. payload];
        return [.. jpeg[..2], .. app1, .. jpeg[2..]];
    }

    private static async Task<int> HomeCountAsync(ApiClient client, string key) =>
        (await client.GetAsync<HomeDto>("/api/home")).Items.SingleOrDefault(i => i.Key == key)?.Count ?? -1;

    /// <summary>Items written straight to the ledger with their states (opened 20 days ago), overdue or due in 5 days.</summary>
    private Task SeedAsync(Guid unitId, string batch, int count, LedgerState state, bool overdue) => _app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<SupervisionDbContext>();
        var hallId = await _app.HallIdAsync("SZX");
        var at = fixture.Clock.GetUtcNow().UtcDateTime;
        for (var n = 0; n < count; n++)
        {
            var title = state == LedgerState.Accepted ? $"{batch}已验收事项{n}" : $"{batch}{state}事项{n}";
            var item = new LedgerItem(Guid.NewGuid(), LedgerSource.SelfCheck, hallId, unitId, title, null, null, Today.AddDays(-20),
                overdue ? Today.AddDays(-3) : Today.AddDays(5), Guid.NewGuid(), "测试", null, null, null);
            if (state != LedgerState.Open)
                item.ReportProgress(Guid.NewGuid(), "进展", state != LedgerState.InProgress, Guid.NewGuid(), "测试", at, Today);
            if (state == LedgerState.Accepted) item.Accept(null, Guid.NewGuid(), "验收人", at, Today, Today.AddDays(30));
            if (state == LedgerState.SentBack) item.SendBack(SendBackMark.Perfunctory, "敷衍了事", Guid.NewGuid(), "验收人", at, Today.AddDays(5));
            db.LedgerItems.Add(item);
        }
        return await db.SaveChangesAsync();
    });
}

[Collection(SqliteCollection.Name)]
public sealed class LedgerBoardTests_Sqlite(SqliteClockedAppFixture fixture) : LedgerBoardTests(fixture), IClassFixture<SqliteClockedAppFixture>;

[Collection(PostgreSqlCollection.Name)]
public sealed class LedgerBoardTests_PostgreSql(PostgreSqlClockedAppFixture fixture)
    : LedgerBoardTests(fixture), IClassFixture<PostgreSqlClockedAppFixture>;

using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Attendance.Events;
using Training.Bulletins;
using Training.Bulletins.EntityFrameworkCore;
using Training.Bulletins.Kinds;
using Training.Platform.EntityFrameworkCore;
using Training.SharedKernel.Events;
using Training.Tests.Documents;
using Training.Tests.Infrastructure;

namespace Training.Tests.Bulletins;

/// <summary>
/// Bulletins through HTTP on SQLite and PostgreSQL: a manager generates the training bulletin (a background job renders
/// it), previews, publishes under the series' next number; staff of the hall read it, the public page verifies it; a
/// crash after rendering leaves one bulletin, one number, one file; scope keeps other halls' bulletins out of reach.
/// </summary>
public abstract class BulletinsTests(BulletinsAppFixture fixture)
{
    private const string Training = "learning.training-completion";
    private const string Attendance = "attendance.monthly-report";
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_render_a_draft_in_a_job_and_publish_it_under_the_next_number_with_a_verifiable_hash()
    {
        var manager = await SignedInAsync(Demo.Manager);
        var hall = await _app.HallIdAsync("SZX");
        var month = await FreshMonthAsync(hall);

        var queued = await GenerateAsync(manager, hall, month);
        queued.State.ShouldBe(BulletinState.Rendering);
        await fixture.RenderPendingAsync();
        var draft = await manager.GetAsync<BulletinDto>($"/api/bulletins/{queued.Id}");
        draft.State.ShouldBe(BulletinState.Draft);
        draft.NumberText.ShouldBeNull();
        draft.ProgressDone.ShouldBe(draft.ProgressTotal);
        var draftText = PdfTools.ToText(await manager.Http.GetByteArrayAsync($"/api/bulletins/{draft.Id}/pdf"));
        draftText.ShouldContain("草稿");

        var published = await manager.PostAsync<BulletinDto>($"/api/bulletins/{draft.Id}/publish", null);

        published.State.ShouldBe(BulletinState.Published);
        published.NumberText.ShouldBe($"〔2026〕第{await NumbersTakenAsync(hall, Training)}期");
        var pdf = await manager.Http.GetByteArrayAsync($"/api/bulletins/{draft.Id}/pdf?download=true");
        Convert.ToHexStringLower(SHA256.HashData(pdf)).ShouldBe(published.Sha256);
        var text = PdfTools.ToText(pdf);
        text.ShouldContain($"关于2025年{month}月培训完成情况的通报");
        text.ShouldContain(published.NumberText!);
        text.ShouldContain("第 1 页 共 ");
        text.ShouldNotContain("草稿：");
        var verified = await _app.CreateApiClient().GetAsync<DocumentVerificationDto>($"/api/public/documents/{published.VerificationCode}");
        verified.Found.ShouldBeTrue();
        verified.NumberText.ShouldBe(published.NumberText);
        verified.Sha256.ShouldBe(published.Sha256);
        verified.IssuingBody.ShouldBe("市政务服务中心");
        (await FilesOfAsync(draft.Id)).ShouldBe(1); // the draft's file went with the publishing
    }

    [Fact]
    public async Task Should_list_the_units_in_order_of_completion_rate_in_the_printed_table()
    {
        var hall = await _app.HallIdAsync("SZX");
        var rows = await _app.WithScopeAsync(async sp => await sp.GetServices<IBulletinKind>().OfType<Training.Learning.Bulletins.TrainingBulletinKind>().Single()
            .RowsAsync(new BulletinSubject(BulletinScope.Hall, hall, BulletinPeriod.OfMonth(2026, 11)), CancellationToken.None));
        var manager = await SignedInAsync(Demo.Manager);
        var draft = await GenerateAsync(manager, hall, 11, year: 2026, allowExisting: true);
        await fixture.RenderPendingAsync();

        var text = PdfTools.ToText(await manager.Http.GetByteArrayAsync($"/api/bulletins/{draft.Id}/pdf"));

        rows.Count.ShouldBeGreaterThan(2);
        rows.Sum(r => r.Enrolled).ShouldBeGreaterThan(0); // the demo's November enrolments
        rows.Select(r => r.Rate).ShouldBeInOrder(SortDirection.Descending);
        var positions = rows.Select(r => text.IndexOf(r.UnitName, StringComparison.Ordinal)).ToList();
        positions.ShouldAllBe(p => p >= 0);
        positions.ShouldBeInOrder(SortDirection.Ascending);
    }

    [Fact]
    public async Task Should_leave_one_bulletin_one_number_and_one_file_when_a_run_dies_after_rendering()
    {
        var manager = await SignedInAsync(Demo.Manager);
        var hall = await _app.HallIdAsync("SZX");
        var month = await FreshMonthAsync(hall);
        var queued = await GenerateAsync(manager, hall, month);

        fixture.Crash.ArmOnce();
        await Should.ThrowAsync<SimulatedCrashException>(fixture.RenderPendingAsync);
        (await manager.GetAsync<BulletinDto>($"/api/bulletins/{queued.Id}")).State.ShouldBe(BulletinState.Rendering);
        await fixture.RenderPendingAsync(); // the queue runs it again
        await fixture.RenderPendingAsync(); // and once more: nothing left to do
        var before = await NumbersTakenAsync(hall, Training);
        fixture.Crash.ArmOnce();
        (await manager.Http.PostAsync($"/api/bulletins/{queued.Id}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        var published = await manager.PostAsync<BulletinDto>($"/api/bulletins/{queued.Id}/publish", null);

        published.NumberText.ShouldBe($"〔2026〕第{before + 1}期"); // the crashed publish took no number
        (await NumbersTakenAsync(hall, Training)).ShouldBe(before + 1);
        (await FilesOfAsync(queued.Id)).ShouldBe(1);
        (await _app.WithScopeAsync(sp => sp.GetRequiredService<BulletinsDbContext>().Bulletins.CountAsync(b => b.Kind == Training
            && b.HallId == hall && b.Year == 2025 && b.Month == month))).ShouldBe(1);
    }

    [Fact]
    public async Task Should_withdraw_with_a_reason_and_never_give_the_number_again()
    {
        var manager = await SignedInAsync(Demo.Manager);
        var hall = await _app.HallIdAsync("SZX");
        var month = await FreshMonthAsync(hall);
        var first = await PublishedAsync(manager, hall, month);

        var tooShort = await manager.PostRawAsync($"/api/bulletins/{first.Id}/withdraw", new WithdrawBulletinInput { Reason = "错" });
        var withdrawn = await manager.PostAsync<BulletinDto>($"/api/bulletins/{first.Id}/withdraw", new WithdrawBulletinInput { Reason = "数据有误，更正后重发" });
        var again = await PublishedAsync(manager, hall, month);

        (await ApiClient.ProblemAsync(tooShort)).GetProperty("code").GetString().ShouldBe(BulletinsErrorCodes.WithdrawReasonRequired);
        withdrawn.State.ShouldBe(BulletinState.Withdrawn);
        again.Id.ShouldNotBe(first.Id);
        again.NumberText.ShouldNotBe(first.NumberText);
        var verified = await _app.CreateApiClient().GetAsync<DocumentVerificationDto>($"/api/public/documents/{first.VerificationCode}");
        verified.State.ShouldBe(BulletinState.Withdrawn);
        verified.WithdrawReason.ShouldBe("数据有误，更正后重发");
    }

    [Fact]
    public async Task Should_show_staff_only_the_published_bulletins_of_their_hall()
    {
        var manager = await SignedInAsync(Demo.Manager);
        var hall = await _app.HallIdAsync("SZX");
        var month = await FreshMonthAsync(hall);
        var draft = await GenerateAsync(manager, hall, month);
        await fixture.RenderPendingAsync();
        var staff = await SignedInAsync(Demo.Staff);
        var otherHall = await SignedInAsync(Demo.OtherHallStaff);

        (await staff.Http.GetAsync($"/api/bulletins/{draft.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.Http.GetAsync($"/api/bulletins/{draft.Id}/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.PostRawAsync("/api/bulletins/generate", Input(hall, 10))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await HomeAsync(manager)).GetValueOrDefault("BulletinDraftsWaiting").ShouldNotBeNull().ShouldBeGreaterThan(0);
        await manager.PostAsync<BulletinDto>($"/api/bulletins/{draft.Id}/publish", null);
        (await HomeAsync(staff)).GetValueOrDefault("BulletinsNew").ShouldNotBeNull().ShouldBeGreaterThan(0);
        (await staff.Http.GetAsync($"/api/bulletins/{draft.Id}/pdf?download=true")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await staff.GetAsync<Training.SharedKernel.Paging.PagedResult<BulletinDto>>("/api/bulletins?maxResultCount=100")).Items.ShouldAllBe(b => b.State == BulletinState.Published
            || b.State == BulletinState.Withdrawn);
        (await otherHall.Http.GetAsync($"/api/bulletins/{draft.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await manager.PostRawAsync("/api/bulletins/generate", Input(await _app.HallIdAsync("GXQ"), month))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_show_a_published_city_bulletin_in_every_hall_but_its_draft_only_to_the_city()
    {
        var admin = await SignedInAsync(Demo.Admin);
        var city = new GenerateBulletinInput { Kind = Training, Scope = BulletinScope.City, Year = 2024, PeriodKind = BulletinPeriodKind.Year };
        var draft = (await (await admin.PostRawAsync("/api/bulletins/generate", city)).Content.ReadFromJsonAsync<BulletinDto>(ApiClient.Json))!;
        await fixture.RenderPendingAsync();
        var manager = await SignedInAsync(Demo.Manager);
        var staff = await SignedInAsync(Demo.OtherHallStaff);

        (await manager.Http.GetAsync($"/api/bulletins/{draft.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await manager.PostRawAsync("/api/bulletins/generate", city)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var published = await admin.PostAsync<BulletinDto>($"/api/bulletins/{draft.Id}/publish", null);
        var text = PdfTools.ToText(await staff.Http.GetByteArrayAsync($"/api/bulletins/{draft.Id}/pdf"));

        published.IssuingBody.ShouldBe("市政务服务管理办公室");
        (await manager.GetAsync<BulletinDto>($"/api/bulletins/{draft.Id}")).NumberText.ShouldBe(published.NumberText);
        text.ShouldContain("关于2024年全市培训完成情况的通报");
        text.ShouldContain("所属中心");
    }

    [Fact]
    public async Task Should_refuse_a_period_not_over_and_an_attendance_month_not_closed()
    {
        var manager = await SignedInAsync(Demo.Manager);
        var hall = await _app.HallIdAsync("SZX");

        var current = await manager.PostRawAsync("/api/bulletins/generate", Input(hall, 12, 2026));
        var open = await manager.PostRawAsync("/api/bulletins/generate",
            new GenerateBulletinInput { Kind = Attendance, HallId = hall, Year = 2026, Month = 10, PeriodKind = BulletinPeriodKind.Month });
        var unknown = await manager.PostRawAsync("/api/bulletins/generate", new GenerateBulletinInput { Kind = "nope", HallId = hall, Year = 2026, Month = 10 });

        (await ApiClient.ProblemAsync(current)).GetProperty("code").GetString().ShouldBe(BulletinsErrorCodes.PeriodNotOver);
        (await ApiClient.ProblemAsync(open)).GetProperty("code").GetString().ShouldBe(BulletinsErrorCodes.PeriodNotClosed);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_draft_the_attendance_bulletin_when_the_month_closes()
    {
        var hall = await _app.HallIdAsync("GXQ");

        await _app.WithScopeAsync(async sp =>
        {
            var handler = sp.GetRequiredService<IEventHandler<AttendanceMonthClosedEto>>();
            await handler.HandleAsync(new AttendanceMonthClosedEto(Guid.NewGuid(), hall, 2026, 9, DateTime.UtcNow), CancellationToken.None);
            await handler.HandleAsync(new AttendanceMonthClosedEto(Guid.NewGuid(), hall, 2026, 9, DateTime.UtcNow), CancellationToken.None);
            return 0;
        });

        var drafts = await _app.WithScopeAsync(sp => sp.GetRequiredService<BulletinsDbContext>().Bulletins
            .Where(b => b.Kind == Attendance && b.HallId == hall && b.Year == 2026 && b.Month == 9).ToListAsync());
        drafts.Count.ShouldBe(1); // asked twice, one bulletin
        drafts[0].State.ShouldBe(BulletinState.Rendering);
    }

    [Fact]
    public async Task Should_validate_and_keep_a_kind_schedule()
    {
        var manager = await SignedInAsync(Demo.Manager);

        var bad = await manager.Http.PutAsJsonAsync($"/api/bulletins/kinds/{Training}/schedule", new UpdateBulletinScheduleInput { Cron = "every day" }, ApiClient.Json);
        var closed = await manager.Http.PutAsJsonAsync($"/api/bulletins/kinds/{Attendance}/schedule", new UpdateBulletinScheduleInput { Cron = "0 8 1 * *" }, ApiClient.Json);
        var set = await manager.PutAsync<BulletinKindDto>($"/api/bulletins/kinds/{Training}/schedule", new UpdateBulletinScheduleInput { Cron = "30 9 2 * *" });
        var kinds = await manager.GetAsync<List<BulletinKindDto>>("/api/bulletins/kinds");

        (await ApiClient.ProblemAsync(bad)).GetProperty("code").GetString().ShouldBe(BulletinsErrorCodes.CronInvalid);
        closed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        set.NextRunsUtc[0].ShouldBe(new DateTime(2027, 1, 2, 1, 30, 0, DateTimeKind.Utc)); // 09:30 on the 2nd in Shanghai; the clock is past it this month
        kinds.Single(k => k.Code == Training).Cron.ShouldBe("30 9 2 * *");
        kinds.Single(k => k.Code == Attendance).NeedsClosedPeriod.ShouldBeTrue();
    }

    private static async Task<Dictionary<string, int?>> HomeAsync(ApiClient client) =>
        (await client.GetAsync<Training.Platform.HomeDto>("/api/home")).Items.ToDictionary(i => i.Key, i => i.Count);

    private async Task<ApiClient> SignedInAsync(string user)
    {
        var client = _app.CreateApiClient();
        await client.LoginAsync(user);
        return client;
    }

    private static GenerateBulletinInput Input(Guid hall, int month, int year = 2025) =>
        new() { Kind = Training, HallId = hall, Year = year, Month = month, PeriodKind = BulletinPeriodKind.Month };

    /// <summary>A month of 2025 with no bulletin of the kind yet, so each test has its own subject on the shared app.</summary>
    private async Task<int> FreshMonthAsync(Guid hall) =>
        await _app.WithScopeAsync(async sp =>
        {
            var used = await sp.GetRequiredService<BulletinsDbContext>().Bulletins.Where(b => b.HallId == hall && b.Year == 2025)
                .Select(b => b.Month!.Value).ToListAsync();
            return Enumerable.Range(1, 12).First(m => !used.Contains(m) && Interlocked.Increment(ref Claims[m - 1]) == 1);
        });

    private static readonly int[] Claims = new int[12];

    private static async Task<BulletinDto> GenerateAsync(ApiClient manager, Guid hall, int month, int year = 2025, bool allowExisting = false)
    {
        var response = await manager.PostRawAsync("/api/bulletins/generate", Input(hall, month, year));
        if (!allowExisting) response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        return (await response.Content.ReadFromJsonAsync<BulletinDto>(ApiClient.Json))!;
    }

    private async Task<BulletinDto> PublishedAsync(ApiClient manager, Guid hall, int month)
    {
        var draft = await GenerateAsync(manager, hall, month);
        await fixture.RenderPendingAsync();
        return await manager.PostAsync<BulletinDto>($"/api/bulletins/{draft.Id}/publish", null);
    }

    private Task<int> NumbersTakenAsync(Guid hall, string kind) =>
        _app.WithScopeAsync(async sp => await sp.GetRequiredService<BulletinsDbContext>().Series
            .Where(s => s.OwnerId == hall && s.Kind == kind && s.Year == 2026).Select(s => s.LastNumber).SingleOrDefaultAsync());

    /// <summary>Files stored for the bulletin's subject: its current file only (a replaced draft's file is deleted).</summary>
    private Task<int> FilesOfAsync(Guid bulletinId) =>
        _app.WithScopeAsync(async sp =>
        {
            var b = await sp.GetRequiredService<BulletinsDbContext>().Bulletins.SingleAsync(x => x.Id == bulletinId);
            var title = b.Title;
            return await sp.GetRequiredService<PlatformDbContext>().Files.CountAsync(f => f.Purpose == "bulletin" && f.FileName.StartsWith(title));
        });
}

[Collection(SqliteCollection.Name)]
public sealed class BulletinsTests_Sqlite(SqliteBulletinsAppFixture fixture) : BulletinsTests(fixture), IClassFixture<SqliteBulletinsAppFixture>;

[Collection(PostgreSqlCollection.Name)]
public sealed class BulletinsTests_PostgreSql(PostgreSqlBulletinsAppFixture fixture) : BulletinsTests(fixture), IClassFixture<PostgreSqlBulletinsAppFixture>;

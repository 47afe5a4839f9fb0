using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Organization;
using Training.Organization.Domain;
using Training.Organization.EntityFrameworkCore;
using Training.Platform;
using Training.Platform.EntityFrameworkCore;
using Training.Ratings;
using Training.Ratings.Application.Common;
using Training.Ratings.Events;
using Training.Ratings.Jobs;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Time;
using Training.Tests.Infrastructure;
using Training.Tests.Ratings.Ingestion;

namespace Training.Tests.Ratings;

/// <summary>
/// The bad-rating loop on SQLite and PostgreSQL: working-day deadlines across the National Day holiday, the workbench
/// through HTTP (the handler sees the phone, the lead sees it masked), the citizen's follow-up link, overdue notices
/// sent once, home to-dos, and no phone number in any log line or audit row.
/// </summary>
public abstract class CasesTests(CasesAppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    private DateOnly Today => fixture.Clock.Today();

    [Fact]
    public async Task Should_land_deadlines_across_the_National_Day_holiday_and_a_make_up_Saturday_on_working_days()
    {
        // The 2026 arrangement: 1–7 October off; Sunday 20 September and Saturday 10 October worked (调休).
        for (var day = new DateOnly(2026, 10, 1); day <= new DateOnly(2026, 10, 7); day = day.AddDays(1))
            await SetCalendarDayAsync(day, CalendarDayKind.Holiday);
        await SetCalendarDayAsync(new DateOnly(2026, 9, 20), CalendarDayKind.MakeUpWorkday);
        await SetCalendarDayAsync(new DateOnly(2026, 10, 10), CalendarDayKind.MakeUpWorkday);

        var pad = await PadAsync();
        var number = RatingsHttp.NewCase();

        var (_, _, windowCode) = await _app.PostOfAsync(Demo.Staff);
        var pushed = await PushAsync(pad, new PushedRating(Guid.NewGuid().ToString("N"), number, 5, "2026-09-30T15:20:00+08:00",
            Window: windowCode, StaffNumber: Demo.Staff, RaterKind: RaterKind.Person, RaterPhone: CasesTestData.NewPhone()));

        pushed.Stored.ShouldBe(1);
        var opened = await _app.WithRatingsAsync(db => db.Cases.AsNoTracking()
            .SingleAsync(c => db.Ratings.Any(r => r.Id == c.RatingId && r.CaseNumber == number)));
        opened.OpenedDate.ShouldBe(new DateOnly(2026, 9, 30));
        opened.CallbackDue.ShouldBe(new DateOnly(2026, 10, 8)); // the first working day after the holiday
        opened.RectifyDue.ShouldBe(new DateOnly(2026, 10, 13)); // 8, 9, 10 (the 调休 Saturday), 12, 13
    }

    [Fact]
    public async Task Should_work_a_case_through_the_loop_showing_the_phone_to_its_handler_only()
    {
        var phone = CasesTestData.NewPhone();
        var rated = await fixture.RateAsync(Demo.Staff, Today, raterName: "王小明", raterPhone: phone);
        var id = rated.CaseId!.Value;
        var manager = await _app.SignInAsync(Demo.Manager);
        var lead = await _app.SignInAsync(Demo.Lead);

        var row = (await lead.GetAsync<PagedResult<CaseDto>>("/api/ratings/cases?maxResultCount=1000")).Items.Single(c => c.Id == id);
        row.State.ShouldBe(CaseState.Verifying);
        row.CallbackDue.ShouldBe(new DateOnly(2026, 11, 24));
        row.RectifyDue.ShouldBe(new DateOnly(2026, 11, 30));
        row.CallbackOverdue.ShouldBeFalse();
        row.Rating.StaffNumber.ShouldBe(Demo.Staff);
        row.Rating.UnitName.ShouldNotBeNullOrEmpty();
        row.Rating.Rater!.MaskedPhone.ShouldBe(CitizenMask.Phone(phone));
        row.Rating.Rater.MaskedName.ShouldBe("王*");

        var taken = await manager.PostAsync<CaseDetailDto>($"/api/ratings/cases/{id}/take", new CaseVersionInput(row.Version));
        taken.Case.IsMine.ShouldBeTrue();
        taken.RaterInFull!.Phone.ShouldBe(phone);
        taken.RaterInFull.Name.ShouldBe("王小明");
        var seenByLead = await lead.GetAsync<CaseDetailDto>($"/api/ratings/cases/{id}");
        seenByLead.RaterInFull.ShouldBeNull();
        seenByLead.Case.Rating.Rater!.MaskedPhone.ShouldBe(CitizenMask.Phone(phone));
        seenByLead.Case.HandlerUserId.ShouldBe(taken.Case.HandlerUserId);

        var notHandler = await lead.PostRawAsync($"/api/ratings/cases/{id}/verify", new VerifyCaseInput(taken.Case.Version, CaseVerdict.Real, "情况属实，态度生硬"));
        await ShouldBeRefusedAsync(notHandler, HttpStatusCode.Forbidden, RatingsErrorCodes.NotTheHandler);
        var stale = await manager.PostRawAsync($"/api/ratings/cases/{id}/verify", new VerifyCaseInput(taken.Case.Version - 1, CaseVerdict.Real, "情况属实，态度生硬"));
        await ShouldBeRefusedAsync(stale, HttpStatusCode.Conflict, "Common:Conflict");
        var tooShort = await manager.PostRawAsync($"/api/ratings/cases/{id}/verify", new VerifyCaseInput(taken.Case.Version, CaseVerdict.Real, "属实"));
        await ShouldBeRefusedAsync(tooShort, HttpStatusCode.BadRequest, RatingsErrorCodes.ReasonTooShort);

        var verified = await manager.PostAsync<CaseDetailDto>($"/api/ratings/cases/{id}/verify", new VerifyCaseInput(taken.Case.Version, CaseVerdict.Real, "情况属实，态度生硬"));
        verified.Case.State.ShouldBe(CaseState.CallingBack);
        var called = await manager.PostAsync<CaseDetailDto>($"/api/ratings/cases/{id}/call-back", new CaseNoteInput(verified.Case.Version, "已电话致歉并说明改进"));
        called.Case.State.ShouldBe(CaseState.Rectifying);
        called.CalledBackAt.ShouldNotBeNull();
        var rectified = await manager.PostAsync<CaseDetailDto>($"/api/ratings/cases/{id}/rectify", new CaseNoteInput(called.Case.Version, "窗口增加叫号提醒"));
        rectified.Case.State.ShouldBe(CaseState.Replying);
        var replied = await manager.PostAsync<CaseReplyResultDto>($"/api/ratings/cases/{id}/reply", new ReplyCaseInput(rectified.Case.Version, "感谢监督，已整改到位"));
        replied.Case.Case.State.ShouldBe(CaseState.FollowingUp);
        replied.FollowUpToken.Length.ShouldBe(43);
        var early = await manager.PostRawAsync($"/api/ratings/cases/{id}/close", new CaseVersionInput(replied.Case.Case.Version));
        await ShouldBeRefusedAsync(early, HttpStatusCode.Conflict, RatingsErrorCodes.FollowUpMissing); // real-name: follow-up first

        var citizen = _app.CreateApiClient();
        const string open = "/api/public/ratings/follow-up/open", record = "/api/public/ratings/follow-up";
        var token = replied.FollowUpToken;
        var page = await (await citizen.PostRawAsync(open, new PublicFollowUpLinkInput(token))).Content.ReadAsStringAsync();
        page.ShouldContain("感谢监督，已整改到位");
        page.ShouldNotContain(phone);
        page.ShouldNotContain("王小明");
        var wrongToken = await citizen.PostRawAsync(open, new PublicFollowUpLinkInput(new string('A', 43)));
        await ShouldBeRefusedAsync(wrongToken, HttpStatusCode.NotFound, RatingsErrorCodes.FollowUpLinkInvalid);
        var recorded = await citizen.PostAsync<PublicFollowUpDto>(record, new PublicFollowUpInput(token, 2, "态度好多了"));
        recorded.Recorded.ShouldBeTrue();
        await ShouldBeRefusedAsync(await citizen.PostRawAsync(record, new PublicFollowUpInput(token, 1)), HttpStatusCode.Conflict, RatingsErrorCodes.FollowUpRecorded);

        var current = await manager.GetAsync<CaseDetailDto>($"/api/ratings/cases/{id}");
        current.FollowUp!.Source.ShouldBe(FollowUpSource.Citizen);
        current.FollowUp.Satisfied.ShouldBeTrue();
        var closed = await manager.PostAsync<CaseDetailDto>($"/api/ratings/cases/{id}/close", new CaseVersionInput(current.Case.Version));
        closed.Case.State.ShouldBe(CaseState.Closed);
        closed.VerificationNote.ShouldBe("情况属实，态度生硬");
        closed.Reply.ShouldBe("感谢监督，已整改到位");
        await ShouldBeRefusedAsync(await citizen.PostRawAsync(open, new PublicFollowUpLinkInput(token)), HttpStatusCode.NotFound, RatingsErrorCodes.FollowUpLinkInvalid);
        (await _app.WithRatingsAsync(db => db.Outbox.CountAsync(m => m.Type.Contains(nameof(BadRatingCaseClosedEto)) && m.Payload.Contains(id.ToString())))).ShouldBe(1);
    }

    [Fact]
    public async Task Should_skip_the_callback_of_an_anonymous_rating_and_close_after_the_handlers_follow_up()
    {
        var rated = await fixture.RateAsync(Demo.Staff, Today);
        var id = rated.CaseId!.Value;
        var manager = await _app.SignInAsync(Demo.Manager);

        var taken = await manager.PostAsync<CaseDetailDto>($"/api/ratings/cases/{id}/take", new CaseVersionInput(0));
        var verified = await manager.PostAsync<CaseDetailDto>($"/api/ratings/cases/{id}/verify", new VerifyCaseInput(taken.Case.Version, CaseVerdict.Real, "监控核实属实"));
        var rectified = await manager.PostAsync<CaseDetailDto>($"/api/ratings/cases/{id}/rectify", new CaseNoteInput(verified.Case.Version, "调整窗口引导"));
        var replied = await manager.PostAsync<CaseReplyResultDto>($"/api/ratings/cases/{id}/reply", new ReplyCaseInput(rectified.Case.Version, "已调整窗口引导"));
        var followed = await manager.PostAsync<CaseDetailDto>($"/api/ratings/cases/{id}/follow-up", new RecordFollowUpInput(replied.Case.Case.Version, 3, "基本满意"));
        var twice = await manager.PostRawAsync($"/api/ratings/cases/{id}/follow-up", new RecordFollowUpInput(followed.Case.Version, 1));
        var closed = await manager.PostAsync<CaseDetailDto>($"/api/ratings/cases/{id}/close", new CaseVersionInput(followed.Case.Version));

        taken.RaterInFull.ShouldBeNull(); // nobody to call
        verified.Case.State.ShouldBe(CaseState.Rectifying);
        followed.FollowUp!.Source.ShouldBe(FollowUpSource.Handler);
        followed.FollowUp.Level.ShouldBe(RatingLevel.Basic);
        await ShouldBeRefusedAsync(twice, HttpStatusCode.Conflict, RatingsErrorCodes.FollowUpRecorded);
        closed.Case.State.ShouldBe(CaseState.Closed);
        closed.CalledBackAt.ShouldBeNull();
    }

    [Fact]
    public async Task Should_close_a_case_verified_as_mistaken_at_once()
    {
        var rated = await fixture.RateAsync(Demo.Staff, Today, raterPhone: CasesTestData.NewPhone());
        var manager = await _app.SignInAsync(Demo.Manager);
        var taken = await manager.PostAsync<CaseDetailDto>($"/api/ratings/cases/{rated.CaseId}/take", new CaseVersionInput(0));

        var verified = await manager.PostAsync<CaseDetailDto>($"/api/ratings/cases/{rated.CaseId}/verify",
            new VerifyCaseInput(taken.Case.Version, CaseVerdict.Mistaken, "群众按错了评价键"));

        verified.Case.State.ShouldBe(CaseState.Closed);
        verified.Case.Verdict.ShouldBe(CaseVerdict.Mistaken);
        verified.Case.CallbackOverdue.ShouldBeFalse();
        (await _app.WithRatingsAsync(db => db.Outbox.CountAsync(m => m.Type.Contains(nameof(BadRatingCaseClosedEto)) && m.Payload.Contains(rated.CaseId.ToString()!))))
            .ShouldBe(1);
    }

    [Fact]
    public async Task Should_refuse_a_lead_the_case_a_manager_took_and_let_a_manager_take_over_from_a_lead()
    {
        var rated = await fixture.RateAsync(Demo.Staff, Today);
        var id = rated.CaseId!.Value;
        var manager = await _app.SignInAsync(Demo.Manager);
        var lead = await _app.SignInAsync(Demo.Lead);

        var byLead = await lead.PostAsync<CaseDetailDto>($"/api/ratings/cases/{id}/take", new CaseVersionInput(0));
        var byManager = await manager.PostAsync<CaseDetailDto>($"/api/ratings/cases/{id}/take", new CaseVersionInput(byLead.Case.Version));
        var back = await lead.PostRawAsync($"/api/ratings/cases/{id}/take", new CaseVersionInput(byManager.Case.Version));

        byLead.Case.IsMine.ShouldBeTrue();
        byManager.Case.IsMine.ShouldBeTrue();
        byManager.Case.HandlerUserId.ShouldNotBe(byLead.Case.HandlerUserId);
        await ShouldBeRefusedAsync(back, HttpStatusCode.Forbidden, RatingsErrorCodes.NotTheHandler);
    }

    [Fact]
    public async Task Should_notify_the_handler_the_lead_and_the_manager_of_an_overdue_case_once()
    {
        var rated = await fixture.RateAsync(Demo.Staff, Today.AddDays(-14), raterPhone: CasesTestData.NewPhone());
        var lead = await _app.SignInAsync(Demo.Lead);
        var taken = await lead.PostAsync<CaseDetailDto>($"/api/ratings/cases/{rated.CaseId}/take", new CaseVersionInput(0));
        taken.Case.CallbackOverdue.ShouldBeTrue();
        taken.Case.RectifyOverdue.ShouldBeTrue();

        var first = await RunJobAsync<OverdueCasesJob>();
        var second = await RunJobAsync<OverdueCasesJob>();

        first.ShouldBeGreaterThanOrEqualTo(1);
        second.ShouldBe(0);
        var leadUser = taken.Case.HandlerUserId!.Value;
        var managerUser = await UserOfAsync(Demo.Manager);
        (await NoticesAsync(leadUser, rated.CaseNumber)).ShouldBe(1); // handler and lead at once: one message
        (await NoticesAsync(managerUser, rated.CaseNumber)).ShouldBe(1);
        (await _app.CaseAsync(rated.CaseId!.Value)).OverdueNotifiedAt.ShouldNotBeNull();
        var overdue = await lead.GetAsync<PagedResult<CaseDto>>("/api/ratings/cases?overdue=true&mine=true&maxResultCount=1000");
        overdue.Items.ShouldContain(c => c.Id == rated.CaseId);
        var dueToday = await lead.GetAsync<PagedResult<CaseDto>>("/api/ratings/cases?dueToday=true&maxResultCount=1000");
        dueToday.Items.ShouldNotContain(c => c.Id == rated.CaseId);
    }

    [Fact]
    public async Task Should_count_cases_due_for_the_lead_and_new_bad_ratings_for_the_staff_member_on_the_home_page()
    {
        var lead = await _app.SignInAsync(Demo.Lead);
        var staff = await _app.SignInAsync(Demo.Staff);
        var leadBefore = await HomeCountAsync(lead, "ratings.badRatingCasesDue");
        var staffBefore = await HomeCountAsync(staff, "ratings.myNewBadRatings");

        await fixture.RateAsync(Demo.Staff, Today.AddDays(-1), raterPhone: CasesTestData.NewPhone()); // Sunday: called back by today
        await fixture.RateAsync(Demo.Staff, Today, level: RatingLevel.Satisfied);                     // not bad: not counted
        var old = await fixture.RateAsync(Demo.Staff, Today.AddDays(-7));           // older than 7 days …
        await _app.CloseAsMistakenAsync(old.CaseId!.Value, fixture.Clock.GetUtcNow().UtcDateTime); // … and its case closed

        (await HomeCountAsync(lead, "ratings.badRatingCasesDue")).ShouldBe(leadBefore + 1);
        (await HomeCountAsync(staff, "ratings.myNewBadRatings")).ShouldBe(staffBefore + 1);
    }

    [Fact]
    public async Task Should_write_the_phone_in_no_log_line_and_no_audit_row_from_the_pad_and_the_QR_page_to_the_worked_case()
    {
        var padPhone = CasesTestData.NewPhone();
        var qrPhone = CasesTestData.NewPhone();
        var logsBefore = fixture.Logs.Count;
        var (_, windowId, _) = await _app.PostOfAsync(Demo.Staff);
        var pad = await PadAsync();
        var padCase = RatingsHttp.NewCase();
        var qrCase = RatingsHttp.NewCase();

        var (_, _, windowCode) = await _app.PostOfAsync(Demo.Staff);
        (await PushAsync(pad, new PushedRating(Guid.NewGuid().ToString("N"), padCase, 5, LocalNow(-5), Window: windowCode, StaffNumber: Demo.Staff,
            RaterKind: RaterKind.Person, RaterName: "李大为", RaterPhone: padPhone))).Stored.ShouldBe(1);
        var citizen = await _app.CitizenAsync(windowId);
        (await citizen.PostAsync<PublicRatingResultDto>("/api/public/ratings", new PublicRatingInput(windowId, Guid.NewGuid().ToString(), qrCase, 4,
            Comment: "排队太久", RaterKind: RaterKind.Person, RaterName: "赵小红", RaterPhone: qrPhone))).OpensCase.ShouldBeTrue();
        var manager = await _app.SignInAsync(Demo.Manager);
        var cases = (await manager.GetAsync<PagedResult<CaseDto>>("/api/ratings/cases?maxResultCount=1000")).Items;
        var worked = cases.Single(c => c.Rating.CaseNumber == padCase);
        var other = cases.Single(c => c.Rating.CaseNumber == qrCase);
        var taken = await manager.PostAsync<CaseDetailDto>($"/api/ratings/cases/{worked.Id}/take", new CaseVersionInput(worked.Version));
        var read = await manager.GetAsync<CaseDetailDto>($"/api/ratings/cases/{worked.Id}");
        var verified = await manager.PostAsync<CaseDetailDto>($"/api/ratings/cases/{worked.Id}/verify", new VerifyCaseInput(read.Case.Version, CaseVerdict.Real, "核实属实，已登记"));
        await manager.PostAsync<CaseDetailDto>($"/api/ratings/cases/{worked.Id}/call-back", new CaseNoteInput(verified.Case.Version, "已回访"));
        var qrTaken = await manager.PostAsync<CaseDetailDto>($"/api/ratings/cases/{other.Id}/take", new CaseVersionInput(other.Version));

        taken.RaterInFull!.Phone.ShouldBe(padPhone); // it did go out, to the handler
        read.RaterInFull!.Phone.ShouldBe(padPhone);
        qrTaken.RaterInFull!.Phone.ShouldBe(qrPhone);
        var audited = await AuditRowsAsync($"/api/ratings/cases/{worked.Id}");
        audited.ShouldContain(a => a.Method == "GET"); // the handler's read is audited …
        var lines = fixture.Logs.Lines;
        lines.Count.ShouldBeGreaterThan(logsBefore);
        lines.ShouldContain(l => l.StartsWith("Verbose", StringComparison.Ordinal) || l.StartsWith("Debug", StringComparison.Ordinal));
        foreach (var secret in new[] { padPhone, qrPhone, "李大为", "赵小红" })
            lines.ShouldNotContain(l => l.Contains(secret), secret); // … and the citizen is in no log line
        await _app.FlushAuditAsync();
        var rows = await _app.WithScopeAsync(async sp => await sp.GetRequiredService<PlatformDbContext>().AuditLogs.AsNoTracking().ToListAsync());
        rows.ShouldContain(a => a.Path == $"/api/ratings/cases/{worked.Id}/call-back"); // the writes are recorded too
        rows.ShouldNotContain(a => (a.Path + a.UserName + a.ErrorCode + a.ClientIp).Contains(padPhone)); // nor in any audit row
        rows.ShouldNotContain(a => (a.Path + a.UserName + a.ErrorCode + a.ClientIp).Contains(qrPhone));
    }

    private Task<HttpClient> PadAsync() => fixture.PadAsync();

    private static async Task<PushRatingsResultDto> PushAsync(HttpClient pad, params PushedRating[] ratings)
    {
        var response = await pad.PostAsJsonAsync("/api/ratings/device/ratings", new PushRatingsInput(ratings), ApiClient.Json);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<PushRatingsResultDto>(ApiClient.Json))!;
    }

    /// <summary>The app's clock (not the machine's) <paramref name="minutes"/> from now, as a pad writes it in Shanghai.</summary>
    private string LocalNow(int minutes) =>
        fixture.Clock.GetUtcNow().AddMinutes(minutes).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    private Task<int> RunJobAsync<TJob>() where TJob : class => _app.WithScopeAsync(async sp => sp.GetRequiredService<TJob>() switch
    {
        OverdueCasesJob overdue => await overdue.RunAsync(CancellationToken.None),
        CitizenDataRetentionJob retention => await retention.RunAsync(CancellationToken.None),
        _ => throw new InvalidOperationException(typeof(TJob).Name),
    });

    private async Task<int> NoticesAsync(Guid userId, string caseNumber) =>
        await _app.WithScopeAsync(async sp => await sp.GetRequiredService<PlatformDbContext>().Notifications
            .CountAsync(n => n.UserId == userId && n.Kind == "Ratings.CasesOverdue" && n.BodyZhHans!.Contains(caseNumber)));

    private async Task<Guid> UserOfAsync(string staffNumber)
    {
        var staffId = await _app.StaffIdAsync(staffNumber);
        return await _app.WithScopeAsync(async sp => (await sp.GetRequiredService<IStaffIntegrationService>().GetByIdsAsync([staffId])).Single().UserId!.Value);
    }

    private static async Task<int> HomeCountAsync(ApiClient client, string key) =>
        (await client.GetAsync<HomeDto>("/api/home")).Items.SingleOrDefault(i => i.Key == key)?.Count ?? 0;

    /// <summary>The audit rows of a path, waiting a moment: the line is queued as the response completes.</summary>
    private async Task<IReadOnlyList<Training.Platform.Domain.AuditLog>> AuditRowsAsync(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            await _app.FlushAuditAsync();
            var rows = await _app.WithScopeAsync(async sp => await sp.GetRequiredService<PlatformDbContext>().AuditLogs.AsNoTracking()
                .Where(a => a.Path == path).ToListAsync());
            if (rows.Count > 0 || attempt == 50) return rows;
            await Task.Delay(100);
        }
    }

    private Task SetCalendarDayAsync(DateOnly date, CalendarDayKind kind) => _app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<OrganizationDbContext>();
        var day = await db.CalendarDays.FirstOrDefaultAsync(d => d.Date == date);
        if (day is null) db.CalendarDays.Add(new CalendarDay(date, kind, "国庆节", isSample: false));
        else day.Set(kind, "国庆节", isSample: false);
        return await db.SaveChangesAsync();
    });

    internal static async Task ShouldBeRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        response.StatusCode.ShouldBe(status);
        var problem = await ApiClient.ProblemAsync(response);
        problem.GetProperty("code").GetString().ShouldBe(code);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CasesTests_Sqlite(SqliteCasesAppFixture fixture) : CasesTests(fixture), IClassFixture<SqliteCasesAppFixture>;

[Collection(PostgreSqlCollection.Name)]
public sealed class CasesTests_PostgreSql(PostgreSqlCasesAppFixture fixture) : CasesTests(fixture), IClassFixture<PostgreSqlCasesAppFixture>;

using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Training.Platform;
using Training.Ratings;
using Training.Ratings.Events;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Time;
using Training.Tests.Infrastructure;

namespace Training.Tests.Ratings;

/// <summary>
/// Appeals on SQLite and PostgreSQL: the staff member rated asks with evidence, the hall manager decides; approval
/// excludes the rating, closes its case (which says so) and writes <see cref="RatingExcludedEto"/> in the same transaction.
/// </summary>
public abstract class AppealsTests(CasesAppFixture fixture)
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();
    private readonly TrainingApp _app = fixture.App;

    private DateOnly Today => fixture.Clock.Today();

    [Fact]
    public async Task Should_exclude_the_rating_and_close_its_case_when_the_manager_approves_an_appeal()
    {
        var rated = await fixture.RateAsync(Demo.Staff, Today, raterPhone: CasesTestData.NewPhone());
        var staff = await _app.SignInAsync(Demo.Staff);
        var lead = await _app.SignInAsync(Demo.Lead);
        var manager = await _app.SignInAsync(Demo.Manager);
        var waitingBefore = await HomeCountAsync(manager, "ratings.appealsToDecide");

        var appeal = await staff.PostMultipartAsync<AppealDto>("/api/ratings/appeals", Form(rated.RatingId, "Mistaken", "群众误触评价器，已当面说明", ("情况说明.pdf", Pdf)));
        var twice = await staff.Http.PostAsync("/api/ratings/appeals", Form(rated.RatingId, "Mistaken", "再次申诉，请裁定"));

        appeal.State.ShouldBe(AppealState.Pending);
        appeal.CaseNumber.ShouldBe(rated.CaseNumber);
        appeal.StaffNumber.ShouldBe(Demo.Staff);
        appeal.Evidence.Single().FileName.ShouldBe("情况说明.pdf");
        await CasesTests.ShouldBeRefusedAsync(twice, HttpStatusCode.Conflict, RatingsErrorCodes.AppealPending);
        (await lead.GetAsync<PagedResult<AppealDto>>($"/api/ratings/appeals?ratingId={rated.RatingId}")).Items.ShouldHaveSingleItem();
        (await HomeCountAsync(manager, "ratings.appealsToDecide")).ShouldBe(waitingBefore + 1);
        var download = await manager.Http.GetAsync($"/api/ratings/appeals/{appeal.Id}/evidence/{appeal.Evidence[0].FileId}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("情况说明.pdf");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(Pdf);

        var tooShort = await manager.PostRawAsync($"/api/ratings/appeals/{appeal.Id}/decide", new DecideAppealInput(appeal.Version, true, "同意"));
        await CasesTests.ShouldBeRefusedAsync(tooShort, HttpStatusCode.BadRequest, RatingsErrorCodes.ReasonTooShort);
        var decided = await manager.PostAsync<AppealDto>($"/api/ratings/appeals/{appeal.Id}/decide", new DecideAppealInput(appeal.Version, true, "监控显示确系误触，予以剔除"));

        decided.State.ShouldBe(AppealState.Approved);
        decided.DecisionReason.ShouldBe("监控显示确系误触，予以剔除");
        var rating = await _app.WithRatingsAsync(db => db.Ratings.AsNoTracking().SingleAsync(r => r.Id == rated.RatingId));
        rating.ExcludedByAppealId.ShouldBe(appeal.Id);
        var shown = await manager.GetAsync<CaseDetailDto>($"/api/ratings/cases/{rated.CaseId}");
        shown.Case.State.ShouldBe(CaseState.Closed);
        shown.ClosedByAppealId.ShouldBe(appeal.Id);
        shown.Case.Rating.Excluded.ShouldBeTrue();
        shown.Appeal!.State.ShouldBe(AppealState.Approved);
        (await _app.WithRatingsAsync(db => db.Outbox.CountAsync(m => m.Type.Contains(nameof(RatingExcludedEto)) && m.Payload.Contains(rated.RatingId.ToString()))))
            .ShouldBe(1);
        var again = await lead.Http.PostAsync("/api/ratings/appeals", Form(rated.RatingId, "Malicious", "恶意差评，申请剔除"));
        await CasesTests.ShouldBeRefusedAsync(again, HttpStatusCode.Conflict, RatingsErrorCodes.AlreadyExcluded);
    }

    [Fact]
    public async Task Should_keep_the_rating_counting_when_the_manager_rejects_the_leads_appeal()
    {
        var rated = await fixture.RateAsync(Demo.Staff, Today);
        var lead = await _app.SignInAsync(Demo.Lead);
        var manager = await _app.SignInAsync(Demo.Manager);

        var appeal = await lead.PostMultipartAsync<AppealDto>("/api/ratings/appeals", Form(rated.RatingId, "Malicious", "该群众多次无理差评"));
        var decided = await manager.PostAsync<AppealDto>($"/api/ratings/appeals/{appeal.Id}/decide", new DecideAppealInput(appeal.Version, false, "证据不足，不予剔除"));

        decided.State.ShouldBe(AppealState.Rejected);
        (await _app.WithRatingsAsync(db => db.Ratings.AsNoTracking().SingleAsync(r => r.Id == rated.RatingId))).ExcludedAt.ShouldBeNull();
        (await _app.CaseAsync(rated.CaseId!.Value)).State.ShouldBe(CaseState.Verifying);
        var decidedAgain = await manager.PostRawAsync($"/api/ratings/appeals/{appeal.Id}/decide", new DecideAppealInput(decided.Version, true, "改为同意剔除"));
        await CasesTests.ShouldBeRefusedAsync(decidedAgain, HttpStatusCode.Conflict, RatingsErrorCodes.AppealDecided);
    }

    [Fact]
    public async Task Should_refuse_appeals_of_a_good_rating_of_someone_else_and_of_a_file_that_is_no_evidence()
    {
        var good = await fixture.RateAsync(Demo.Staff, Today, level: RatingLevel.Satisfied);
        var bad = await fixture.RateAsync(Demo.Staff, Today);
        var staff = await _app.SignInAsync(Demo.Staff);
        var otherHall = await _app.SignInAsync(Demo.OtherHallStaff);

        var ofGood = await staff.Http.PostAsync("/api/ratings/appeals", Form(good.RatingId, "Mistaken", "误触了满意按钮"));
        var ofOther = await otherHall.Http.PostAsync("/api/ratings/appeals", Form(bad.RatingId, "Mistaken", "不是我办理的业务"));
        var notEvidence = await staff.Http.PostAsync("/api/ratings/appeals", Form(bad.RatingId, "Mistaken", "附上说明文字", ("说明.exe", "MZ\u0090 not a pdf"u8.ToArray())));

        await CasesTests.ShouldBeRefusedAsync(ofGood, HttpStatusCode.BadRequest, RatingsErrorCodes.NotBad);
        await CasesTests.ShouldBeRefusedAsync(ofOther, HttpStatusCode.NotFound, "Common:NotFound");
        await CasesTests.ShouldBeRefusedAsync(notEvidence, HttpStatusCode.UnsupportedMediaType, "Common:FileTypeNotAllowed");
        (await _app.WithRatingsAsync(db => db.Appeals.CountAsync(a => a.RatingId == bad.RatingId || a.RatingId == good.RatingId))).ShouldBe(0);
    }

    private static MultipartFormDataContent Form(Guid ratingId, string reason, string statement, params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(ratingId.ToString()), "ratingId" },
            { new StringContent(reason), "reason" },
            { new StringContent(statement), "statement" },
        };
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }
        return form;
    }

    private static async Task<int> HomeCountAsync(ApiClient client, string key) =>
        (await client.GetAsync<HomeDto>("/api/home")).Items.SingleOrDefault(i => i.Key == key)?.Count ?? 0;
}

[Collection(SqliteCollection.Name)]
public sealed class AppealsTests_Sqlite(SqliteCasesAppFixture fixture) : AppealsTests(fixture), IClassFixture<SqliteCasesAppFixture>;

[Collection(PostgreSqlCollection.Name)]
public sealed class AppealsTests_PostgreSql(PostgreSqlCasesAppFixture fixture) : AppealsTests(fixture), IClassFixture<PostgreSqlCasesAppFixture>;

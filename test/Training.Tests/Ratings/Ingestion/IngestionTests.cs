using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Training.Ratings;
using Training.SharedKernel.Paging;
using Training.Tests.Infrastructure;

namespace Training.Tests.Ratings.Ingestion;

/// <summary>Ratings from pads and the QR page: stored once, 一次一评, the person at the window, a case for each bad one.</summary>
public abstract class IngestionTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_store_each_rating_once_when_the_same_batch_is_posted_twice()
    {
        var (_, windowId, windowCode) = await _app.PostOfAsync(Demo.Staff);
        var pad = _app.PadClient((await _app.RegisterPadAsync(windowId)).Secret);
        await _app.EnsureTagAsync("attitude");
        var cases = new[] { RatingsHttp.NewCase(), RatingsHttp.NewCase(), RatingsHttp.NewCase() };
        var batch = new PushRatingsInput(
        [
            new PushedRating(Guid.NewGuid().ToString("N"), cases[0], 1, _app.Recently(), Tags: ["attitude"]),
            new PushedRating(Guid.NewGuid().ToString("N"), cases[1], 2, _app.Recently(), Window: windowCode),
            new PushedRating(Guid.NewGuid().ToString("N"), cases[2], 5, _app.Recently(), RaterKind: RaterKind.Person, RaterName: "王五",
                RaterPhone: "13812345678"),
        ]);

        var first = await Post(pad, batch);
        var second = await Post(pad, batch);

        first.Stored.ShouldBe(3);
        second.Duplicate.ShouldBe(3);
        second.Stored.ShouldBe(0);
        foreach (var number in cases) (await _app.RatingsOfCaseAsync(number)).Count.ShouldBe(1);
        var bad = (await _app.RatingsOfCaseAsync(cases[2])).Single();
        bad.IsRealName.ShouldBeTrue();
        (await _app.WithRatingsAsync(db => db.Cases.CountAsync(c => c.RatingId == bad.Id))).ShouldBe(1);
        var tagged = (await _app.RatingsOfCaseAsync(cases[0])).Single().Id;
        (await _app.WithRatingsAsync(db => db.RatingTags.CountAsync(t => t.RatingId == tagged))).ShouldBe(1);
    }

    [Fact]
    public async Task Should_refuse_a_second_rating_of_a_case_on_the_same_channel_but_take_it_from_the_QR_page()
    {
        var (_, windowId, _) = await _app.PostOfAsync(Demo.Staff);
        var pad = _app.PadClient((await _app.RegisterPadAsync(windowId)).Secret);
        var number = RatingsHttp.NewCase();
        (await Post(pad, new PushRatingsInput([new PushedRating("e1-" + number, number, 1, _app.Recently())]))).Stored.ShouldBe(1);

        var again = await Post(pad, new PushRatingsInput([new PushedRating("e2-" + number, number, 3, _app.Recently())]));
        var qr = await (await _app.CitizenAsync(windowId)).PostAsync<PublicRatingResultDto>("/api/public/ratings",
            new PublicRatingInput(windowId, Guid.NewGuid().ToString(), number, 2));

        again.Refused.ShouldBe(1);
        again.Results[0].Code.ShouldBe(RatingsErrorCodes.CaseAlreadyRated);
        again.Results[0].Message!.ShouldContain(number);
        qr.Stored.ShouldBeTrue();
        (await _app.RatingsOfCaseAsync(number)).Select(r => r.Channel).OrderBy(c => c).ShouldBe([RatingChannel.Pad, RatingChannel.QrCode]);
    }

    [Fact]
    public async Task Should_give_a_rating_without_a_staff_member_to_the_person_who_held_the_window_at_that_instant()
    {
        var (staffId, windowId, _) = await _app.PostOfAsync(Demo.Staff);
        var pad = _app.PadClient((await _app.RegisterPadAsync(windowId)).Secret);
        var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var now = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, shanghai);
        // The demo's windows have two holders: the one who punched in today is the one who served.
        await _app.PunchInAsync(Demo.Staff, now.Date == now.AddMinutes(-2).Date ? now.AddMinutes(-2) : now.Date);
        var number = RatingsHttp.NewCase();

        await Post(pad, new PushRatingsInput([new PushedRating("w-" + number, number, 2, _app.Recently())]));

        var rating = (await _app.RatingsOfCaseAsync(number)).Single();
        rating.StaffId.ShouldBe(staffId, $"attributed by {rating.Attribution}");
        rating.Attribution.ShouldBe(Attribution.Punch);
        rating.WindowId.ShouldBe(windowId);
    }

    [Fact]
    public async Task Should_mark_a_rating_two_holders_could_have_served_for_a_lead_and_let_the_lead_name_one_of_them()
    {
        var windowCode = await _app.SharedWindowAsync();
        var pad = _app.PadClient((await _app.RegisterPadAsync()).Secret);
        var number = RatingsHttp.NewCase();

        await Post(pad, new PushRatingsInput([new PushedRating("a-" + number, number, 4, _app.Recently(), Window: windowCode)]));
        var rating = (await _app.RatingsOfCaseAsync(number)).Single();
        var manager = await _app.SignedInAsync(Demo.Manager);
        var row = (await manager.GetAsync<PagedResult<RatingDto>>($"/api/ratings/ratings?filter={number}&needsAttribution=true")).Items.Single();
        var wrong = await manager.PostRawAsync($"/api/ratings/ratings/{rating.Id}/attribute", new AttributeRatingInput(Guid.NewGuid()));
        var named = await manager.PostAsync<RatingDto>($"/api/ratings/ratings/{rating.Id}/attribute", new AttributeRatingInput(row.Candidates[1].StaffId));

        rating.Attribution.ShouldBe(Attribution.Ambiguous);
        rating.StaffId.ShouldBeNull();
        row.Candidates.Count.ShouldBe(2);
        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        named.StaffId.ShouldBe(row.Candidates[1].StaffId);
        named.Attribution.ShouldBe(Attribution.Lead);
        (await _app.WithRatingsAsync(db => db.Cases.SingleAsync(c => c.RatingId == rating.Id))).StaffId.ShouldBe(row.Candidates[1].StaffId);
        (await manager.PostRawAsync($"/api/ratings/ratings/{rating.Id}/attribute", new AttributeRatingInput(row.Candidates[0].StaffId)))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Should_refuse_unknown_windows_tags_staff_and_future_times_with_the_reason_and_keep_the_rest()
    {
        var pad = _app.PadClient((await _app.RegisterPadAsync()).Secret);
        var (_, _, windowCode) = await _app.PostOfAsync(Demo.Staff);
        var future = DateTimeOffset.UtcNow.AddHours(2).ToString("yyyy-MM-dd'T'HH:mm:ssZ");
        var result = await Post(pad, new PushRatingsInput(
        [
            new PushedRating("a" + Guid.NewGuid().ToString("N"), RatingsHttp.NewCase(), 1, _app.Recently()),
            new PushedRating("b" + Guid.NewGuid().ToString("N"), RatingsHttp.NewCase(), 1, _app.Recently(), Window: "NOPE"),
            new PushedRating("c" + Guid.NewGuid().ToString("N"), RatingsHttp.NewCase(), 1, _app.Recently(), Window: windowCode, Tags: ["nope"]),
            new PushedRating("d" + Guid.NewGuid().ToString("N"), RatingsHttp.NewCase(), 1, _app.Recently(), Window: windowCode, StaffNumber: "X999"),
            new PushedRating("e" + Guid.NewGuid().ToString("N"), RatingsHttp.NewCase(), 1, future, Window: windowCode),
            new PushedRating("f" + Guid.NewGuid().ToString("N"), RatingsHttp.NewCase(), 4, _app.Recently(), Window: windowCode, RaterPhone: "12345"),
            new PushedRating("g" + Guid.NewGuid().ToString("N"), RatingsHttp.NewCase(), 1, "yesterday", Window: windowCode),
            new PushedRating("h" + Guid.NewGuid().ToString("N"), RatingsHttp.NewCase(), 1, _app.Recently(), Window: windowCode),
        ]));

        result.Results.Select(r => r.Code).ShouldBe(
        [
            RatingsErrorCodes.WindowRequired, RatingsErrorCodes.UnknownWindow, RatingsErrorCodes.UnknownTag, RatingsErrorCodes.UnknownStaff,
            RatingsErrorCodes.RatedInFuture, RatingsErrorCodes.PhoneInvalid, "Common:InvalidFormat", null,
        ]);
        result.Stored.ShouldBe(1);
        result.Results.Where(r => r.Outcome == PushItemOutcome.Refused).ShouldAllBe(r => !string.IsNullOrEmpty(r.Message));
    }

    [Fact]
    public async Task Should_refuse_the_pad_api_to_a_key_of_no_rating_pad_and_to_a_case_system()
    {
        var system = _app.PadClient((await _app.RegisterPadAsync(kind: RatingDeviceKind.CaseSystem)).Secret);
        var batch = new PushRatingsInput([new PushedRating("x" + Guid.NewGuid().ToString("N"), RatingsHttp.NewCase(), 1, _app.Recently())]);

        var refused = await system.PostAsJsonAsync("/api/ratings/device/ratings", batch, ApiClient.Json);
        var anonymous = await _app.CreateApiClient().Http.PostAsJsonAsync("/api/ratings/device/ratings", batch, ApiClient.Json);

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ApiClient.ProblemAsync(refused)).GetProperty("code").GetString().ShouldBe(RatingsErrorCodes.WrongDeviceKind);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_mask_the_rater_in_lists_and_show_the_rating_to_its_staff_member_only_among_staff()
    {
        var (_, windowId, _) = await _app.PostOfAsync(Demo.Staff);
        var pad = _app.PadClient((await _app.RegisterPadAsync(windowId)).Secret);
        var number = RatingsHttp.NewCase();
        await Post(pad, new PushRatingsInput([new PushedRating("m-" + number, number, 4, _app.Recently(), StaffNumber: Demo.Staff, RaterKind: RaterKind.Person,
            RaterName: "张三丰", RaterPhone: "13912345678")]));

        var mine = await (await _app.SignedInAsync(Demo.Staff)).GetAsync<PagedResult<RatingDto>>($"/api/ratings/my/ratings?filter={number}");
        var others = await (await _app.SignedInAsync(Demo.OtherStaff)).GetAsync<PagedResult<RatingDto>>($"/api/ratings/my/ratings?filter={number}");
        var managed = await (await _app.SignedInAsync(Demo.Manager)).GetAsync<PagedResult<RatingDto>>($"/api/ratings/ratings?filter={number}");

        var row = mine.Items.ShouldHaveSingleItem();
        row.Rater!.MaskedName.ShouldBe("张*");
        row.Rater.MaskedPhone.ShouldBe("139****5678");
        row.CaseId.ShouldNotBeNull();
        others.Items.ShouldBeEmpty();
        managed.Items.ShouldHaveSingleItem().Rater!.MaskedPhone.ShouldBe("139****5678");
        var raw = await (await _app.SignedInAsync(Demo.Manager)).Http.GetStringAsync($"/api/ratings/ratings?filter={number}");
        raw.ShouldNotContain("13912345678");
    }

    [Fact]
    public async Task Should_take_a_QR_submission_once_and_limit_the_tries_of_one_case()
    {
        var (_, windowId, _) = await _app.PostOfAsync(Demo.Staff);
        await _app.EnsureTagAsync("attitude");
        var citizen = await _app.CitizenAsync(windowId);
        var number = RatingsHttp.NewCase();
        var input = new PublicRatingInput(windowId, Guid.NewGuid().ToString(), number, 5, RaterKind: RaterKind.Person, RaterPhone: "13700001111");

        var first = await citizen.PostAsync<PublicRatingResultDto>("/api/public/ratings", input);
        var retry = await citizen.PostAsync<PublicRatingResultDto>("/api/public/ratings", input);
        var other = await citizen.PostRawAsync("/api/public/ratings", input with { SubmissionId = Guid.NewGuid().ToString() });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            statuses.Add((await citizen.PostRawAsync("/api/public/ratings", input with { SubmissionId = Guid.NewGuid().ToString() })).StatusCode);
        var window = await citizen.GetAsync<PublicWindowDto>($"/api/public/ratings/windows/{windowId}");

        first.ShouldBe(new PublicRatingResultDto(true, false, true));
        retry.Duplicate.ShouldBeTrue();
        other.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ApiClient.ProblemAsync(other)).GetProperty("code").GetString().ShouldBe(RatingsErrorCodes.CaseAlreadyRated);
        statuses.ShouldContain(HttpStatusCode.TooManyRequests);
        (await _app.RatingsOfCaseAsync(number)).Count.ShouldBe(1);
        window.WindowId.ShouldBe(windowId);
        window.Tags.ShouldNotBeEmpty();
    }

    private static async Task<PushRatingsResultDto> Post(HttpClient pad, PushRatingsInput batch)
    {
        var response = await pad.PostAsJsonAsync("/api/ratings/device/ratings", batch, ApiClient.Json);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<PushRatingsResultDto>(ApiClient.Json))!;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class IngestionTests_Sqlite(SqliteAppFixture fixture) : IngestionTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class IngestionTests_PostgreSql(PostgreSqlAppFixture fixture) : IngestionTests(fixture);

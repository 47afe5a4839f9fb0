using System.Net;
using Training.Ratings;
using Training.Tests.Infrastructure;

namespace Training.Tests.Ratings;

/// <summary>
/// The public disclosure page: anonymous, cacheable for five minutes, counts per hall, unit and window, every bad rating
/// with its reply and step, an excluded one marked and not counted, and no personal data (no rater, no staff member).
/// </summary>
public abstract class DisclosureTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_show_a_months_counts_and_bad_ratings_to_anyone_without_personal_data()
    {
        var place = await _app.PlaceOfAsync(Demo.Staff);
        var day = new DateOnly(2024, 5, 6);
        await _app.AddRatingAsync(place, day, RatingLevel.VerySatisfied);
        await _app.AddRatingAsync(place, day, RatingLevel.Dissatisfied, realName: true, comment: "等了很久", phone: "13800138000",
            steps: c =>
            {
                StatisticsRatings.CalledBackAndRectified(day.AddDays(1), day.AddDays(2))(c);
                c.Answer("已整改，欢迎监督", DateTime.UtcNow, new string('a', 64), DateTime.UtcNow.AddDays(15));
            });
        var excluded = await _app.AddRatingAsync(place, day, RatingLevel.VeryDissatisfied, comment: "恶意差评内容");
        await _app.ExcludeAsync(excluded);
        var anonymous = _app.CreateApiClient();

        var halls = await anonymous.GetAsync<List<PublicHallDto>>("/api/public/ratings/halls");
        var response = await anonymous.Http.GetAsync($"/api/public/ratings/disclosure?hallId={place.HallId}&year=2024&month=5");

        halls.ShouldContain(h => h.Id == place.HallId);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl!.Public.ShouldBeTrue();
        response.Headers.CacheControl.MaxAge.ShouldBe(TimeSpan.FromSeconds(300));
        var json = await response.Content.ReadAsStringAsync();
        json.ShouldNotContain("13800138000");
        json.ShouldNotContain("王小明");
        json.ShouldNotContain(place.StaffName);
        json.ShouldNotContain("恶意差评内容");
        var disclosure = System.Text.Json.JsonSerializer.Deserialize<DisclosureDto>(json, ApiClient.Json)!;
        disclosure.Hall.ShouldSatisfyAllConditions(h => h.Total.ShouldBe(2), h => h.Bad.ShouldBe(1), h => h.SatisfactionRate.ShouldBe(0.5));
        disclosure.Windows.Single().Total.ShouldBe(2);
        disclosure.BadRatings.Count.ShouldBe(2);
        disclosure.BadRatings.Single(b => !b.Excluded).ShouldSatisfyAllConditions(b => b.Comment.ShouldBe("等了很久"), b => b.Reply.ShouldBe("已整改，欢迎监督"),
            b => b.CaseState.ShouldBe(CaseState.FollowingUp));
        disclosure.BadRatings.Single(b => b.Excluded).Comment.ShouldBeNull();

        // Kept in this node's memory for five minutes: a rating stored now shows after that.
        await _app.AddRatingAsync(place, day, RatingLevel.Satisfied);
        (await anonymous.GetAsync<DisclosureDto>($"/api/public/ratings/disclosure?hallId={place.HallId}&year=2024&month=5")).Hall.Total.ShouldBe(2);
    }

    [Fact]
    public async Task Should_answer_404_for_a_hall_that_does_not_exist_and_400_for_a_month_out_of_range()
    {
        var anonymous = _app.CreateApiClient();
        (await anonymous.Http.GetAsync($"/api/public/ratings/disclosure?hallId={Guid.NewGuid()}&year=2024&month=5")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.Http.GetAsync($"/api/public/ratings/disclosure?hallId={Guid.NewGuid()}&year=2024&month=13")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DisclosureTests_Sqlite(SqliteAppFixture fixture) : DisclosureTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class DisclosureTests_PostgreSql(PostgreSqlAppFixture fixture) : DisclosureTests(fixture);

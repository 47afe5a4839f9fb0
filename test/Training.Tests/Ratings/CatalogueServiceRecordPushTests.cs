using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Ratings;
using Training.Ratings.EntityFrameworkCore;
using Training.Tests.Infrastructure;

namespace Training.Tests.Ratings;

/// <summary>A case system pushes person-months with its key: stored once, a resend unchanged, bad items refused one by one.</summary>
public abstract class CatalogueServiceRecordPushTests(AppFixture fixture)
{
    private const string Url = "/api/ratings/device/service-records";
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_store_each_month_once_answer_a_resend_unchanged_and_refuse_bad_items()
    {
        var hall = await _app.HallIdAsync("SZX");
        var device = await _app.CaseSystemAsync(hall);
        var batch = new PushServiceRecordsInput(
        [
            new PushedServiceRecord(Demo.Staff, 2023, 6, 300, 290),
            new PushedServiceRecord(Demo.OtherStaff, 2023, 6, 120, 119),
            new PushedServiceRecord(Demo.OtherHallStaff, 2023, 6, 10, 10),
            new PushedServiceRecord(Demo.Lead, 2023, 6, 10, 11),
        ]);

        var first = await PushAsync(device, batch);
        var second = await PushAsync(device, batch);

        first.Results.Select(r => r.Outcome).ShouldBe([PushItemOutcome.Stored, PushItemOutcome.Stored, PushItemOutcome.Refused, PushItemOutcome.Refused]);
        first.Results[2].Code.ShouldBe(RatingsErrorCodes.UnknownStaff);
        first.Results[3].Code.ShouldBe(RatingsErrorCodes.OnTimeAboveVolume);
        first.Results[3].Message.ShouldNotBeNullOrEmpty();
        second.ShouldSatisfyAllConditions(r => r.Stored.ShouldBe(0), r => r.Unchanged.ShouldBe(2), r => r.Refused.ShouldBe(2));
        var staffId = (await _app.PlaceOfAsync(Demo.Staff)).StaffId;
        (await _app.WithScopeAsync(async sp => await sp.GetRequiredService<RatingsDbContext>().ServiceRecords
            .CountAsync(r => r.StaffId == staffId && r.Year == 2023 && r.Month == 6))).ShouldBe(1);

        var corrected = await PushAsync(device, new PushServiceRecordsInput([new PushedServiceRecord(Demo.Staff, 2023, 6, 301, 290)]));
        corrected.Stored.ShouldBe(1);
    }

    [Fact]
    public async Task Should_refuse_a_rating_pad_and_a_person()
    {
        var hall = await _app.HallIdAsync("SZX");
        var pad = await _app.CaseSystemAsync(hall, RatingDeviceKind.RatingPad);
        var body = new PushServiceRecordsInput([new PushedServiceRecord(Demo.Staff, 2023, 7, 1, 1)]);

        (await pad.PostAsJsonAsync(Url, body, ApiClient.Json)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var manager = await _app.SignedInAsync(Demo.Manager);
        (await manager.PostRawAsync(Url, body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task<PushServiceRecordsResultDto> PushAsync(HttpClient device, PushServiceRecordsInput input)
    {
        var response = await device.PostAsJsonAsync(Url, input, ApiClient.Json);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<PushServiceRecordsResultDto>(ApiClient.Json))!;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CatalogueServiceRecordPushTests_Sqlite(SqliteAppFixture fixture) : CatalogueServiceRecordPushTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class CatalogueServiceRecordPushTests_PostgreSql(PostgreSqlAppFixture fixture) : CatalogueServiceRecordPushTests(fixture);

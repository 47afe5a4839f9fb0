using System.Globalization;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Ratings;
using Training.Ratings.Domain;
using Training.Ratings.EntityFrameworkCore;
using Training.Tests.Infrastructure;
using Training.Tests.Ratings.Ingestion;

namespace Training.Tests.Ratings;

/// <summary>
/// Ratings as they really arrive: pushed by a rating pad of hall SZX through the device API (the ingestion stores the
/// rating, keeps its rater apart and opens a case for a bad one, in one transaction), at 10:00 in Shanghai on the given
/// date, naming the staff member who served.
/// </summary>
internal static class CasesTestData
{
    public sealed record Rated(Guid RatingId, Guid? CaseId, string CaseNumber, Guid HallId, Guid UnitId, Guid? StaffId);

    /// <summary>A unique mobile number (11 digits) that no seed or other test writes.</summary>
    public static string NewPhone() => "139" + Random.Shared.NextInt64(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);

    public static async Task<Rated> RateAsync(this CasesAppFixture fixture, string staffNumber, DateOnly date,
        RatingLevel level = RatingLevel.VeryDissatisfied, string? raterName = null, string? raterPhone = null)
    {
        var app = fixture.App;
        var (_, _, windowCode) = await app.PostOfAsync(staffNumber);
        var number = RatingsHttp.NewCase();
        var at = date.ToDateTime(new TimeOnly(10, 0)).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+08:00";
        var realName = raterName is not null || raterPhone is not null;
        var response = await (await fixture.PadAsync()).PostAsJsonAsync("/api/ratings/device/ratings", new PushRatingsInput(
        [
            new PushedRating(Guid.NewGuid().ToString("N"), number, (int)level, at, Window: windowCode, Comment: "等了很久", StaffNumber: staffNumber,
                RaterKind: realName ? RaterKind.Person : RaterKind.Anonymous, RaterName: raterName, RaterPhone: raterPhone),
        ]), ApiClient.Json);
        response.EnsureSuccessStatusCode();
        var result = (await response.Content.ReadFromJsonAsync<PushRatingsResultDto>(ApiClient.Json))!;
        result.Stored.ShouldBe(1, result.Results[0].Message);
        return await app.WithRatingsAsync(async db =>
        {
            var rating = await db.Ratings.AsNoTracking().SingleAsync(r => r.CaseNumber == number);
            var caseId = await db.Cases.Where(c => c.RatingId == rating.Id).Select(c => (Guid?)c.Id).SingleOrDefaultAsync();
            return new Rated(rating.Id, caseId, number, rating.HallId, rating.UnitId, rating.StaffId);
        });
    }

    public static Task<T> WithRatingsAsync<T>(this TrainingApp app, Func<RatingsDbContext, Task<T>> read) =>
        app.WithScopeAsync(sp => read(sp.GetRequiredService<RatingsDbContext>()));

    public static Task<BadRatingCase> CaseAsync(this TrainingApp app, Guid caseId) =>
        app.WithRatingsAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId));

    /// <summary>Closes the case as a handler would with a mistaken verdict, at the given instant (straight in the table).</summary>
    public static Task CloseAsMistakenAsync(this TrainingApp app, Guid caseId, DateTime at) => app.WithRatingsAsync(async db =>
    {
        var c = await db.Cases.SingleAsync(x => x.Id == caseId);
        c.Verify(CaseVerdict.Mistaken, "群众误触评价器", at);
        return await db.SaveChangesAsync();
    });
}

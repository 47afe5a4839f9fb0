using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Identity;
using Training.Organization;
using Training.Ratings;
using Training.Ratings.Domain;
using Training.Ratings.EntityFrameworkCore;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Time;
using Training.Tests.Infrastructure;

namespace Training.Tests.Ratings;

/// <summary>
/// Ratings written straight into the module's tables for the statistics, integration, disclosure and bulletin tests (the
/// ingestion has its own tests): a person's window at a date, a bad rating's case taken to a step by the domain's methods.
/// </summary>
internal static class StatisticsRatings
{
    public sealed record Place(Guid HallId, Guid UnitId, Guid WindowId, Guid StaffId, string StaffName);

    public static async Task<Place> PlaceOfAsync(this TrainingApp app, string staffNumber) =>
        await app.WithScopeAsync(async sp =>
        {
            var person = (await sp.GetRequiredService<IStaffIntegrationService>().GetByStaffNumbersAsync([staffNumber], DataScope.Everything)).Single();
            return new Place(person.HallId, person.UnitId!.Value, person.WindowId!.Value, person.Id, person.Name);
        });

    /// <summary>A rating of the place at noon of the date; a bad one opens its case (callback due the next day, rectification 5 days on).</summary>
    public static async Task<Guid> AddRatingAsync(this TrainingApp app, Place place, DateOnly date, RatingLevel level, bool realName = false,
        Action<BadRatingCase>? steps = null, string? tagCode = null, string? comment = null, string? phone = null) =>
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RatingsDbContext>();
            var at = BusinessDates.StartOfDayUtc(date).AddHours(12);
            var key = Guid.NewGuid().ToString("N");
            var rating = new Rating(Guid.NewGuid(), place.HallId, place.UnitId, place.WindowId, null, RatingChannel.Pad, "test", key, "T" + key,
                level, comment, at, date, at, realName ? RaterKind.Person : RaterKind.Anonymous, realName, place.StaffId, Attribution.Given, null);
            db.Ratings.Add(rating);
            if (realName) db.Raters.Add(new RatingRater(rating.Id, "王小明", phone ?? "13912345678", null, null));
            if (tagCode is not null)
                db.RatingTags.Add(new RatingTag(rating.Id, await db.Tags.Where(t => t.Code == tagCode).Select(t => t.Id).SingleAsync()));
            if (rating.IsBad)
            {
                var c = new BadRatingCase(Guid.NewGuid(), rating.Id, place.HallId, place.UnitId, place.WindowId, place.StaffId, realName, at, date,
                    date.AddDays(1), date.AddDays(5));
                steps?.Invoke(c);
                db.Cases.Add(c);
            }
            await db.SaveChangesAsync();
            return rating.Id;
        });

    public static async Task ExcludeAsync(this TrainingApp app, Guid ratingId) =>
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RatingsDbContext>();
            (await db.Ratings.SingleAsync(r => r.Id == ratingId)).Exclude(Guid.NewGuid(), DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

    /// <summary>Verified real, called back and rectified on the given days.</summary>
    public static Action<BadRatingCase> CalledBackAndRectified(DateOnly calledBack, DateOnly rectified) => c =>
    {
        c.Verify(CaseVerdict.Real, "经核实情况属实", DateTime.UtcNow);
        if (c.State == CaseState.CallingBack) c.CallBack("已回访", DateTime.UtcNow, calledBack);
        c.Rectify("已整改", DateTime.UtcNow, rectified);
    };

    /// <summary>A registered case system of the hall, signed in with its device key.</summary>
    public static async Task<HttpClient> CaseSystemAsync(this TrainingApp app, Guid hallId, RatingDeviceKind kind = RatingDeviceKind.CaseSystem) =>
        await app.WithScopeAsync(async sp =>
        {
            var key = await sp.GetRequiredService<IDeviceKeyIntegrationService>().IssueAsync("办件系统 " + Guid.NewGuid().ToString("N")[..6], hallId);
            var db = sp.GetRequiredService<RatingsDbContext>();
            db.Devices.Add(new RatingDevice(Guid.NewGuid(), hallId, "办件系统", kind, null, key.Id));
            await db.SaveChangesAsync();
            var client = app.CreateApiClient().Http;
            client.DefaultRequestHeaders.Add("X-Device-Key", key.Secret);
            return client;
        });

    public static async Task<ApiClient> SignedInAsync(this TrainingApp app, string user)
    {
        var client = app.CreateApiClient();
        await client.LoginAsync(user);
        return client;
    }
}

using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Organization;
using Training.Ratings;
using Training.Ratings.Domain;
using Training.Ratings.EntityFrameworkCore;
using Training.Tests.Infrastructure;

namespace Training.Tests.Ratings.Ingestion;

/// <summary>Steps the ratings tests share: a registered pad and its client, where a demo person serves, stored ratings.</summary>
internal static class RatingsHttp
{
    public static async Task<ApiClient> SignedInAsync(this TrainingApp app, string user)
    {
        var client = app.CreateApiClient();
        await client.LoginAsync(user);
        return client;
    }

    /// <summary>A rating pad of hall SZX, registered by its manager; bound to <paramref name="windowId"/> when given.</summary>
    public static async Task<RatingDeviceWithKeyDto> RegisterPadAsync(this TrainingApp app, Guid? windowId = null,
        RatingDeviceKind kind = RatingDeviceKind.RatingPad)
    {
        var manager = await app.SignedInAsync(Demo.Manager);
        return await manager.PostAsync<RatingDeviceWithKeyDto>("/api/ratings/devices",
            new RegisterRatingDeviceInput(await app.HallIdAsync("SZX"), "3号窗口评价器", kind, windowId));
    }

    public static HttpClient PadClient(this TrainingApp app, string secret)
    {
        var device = app.CreateApiClient().Http;
        device.DefaultRequestHeaders.Add("X-Device-Key", secret);
        return device;
    }

    /// <summary>The person punches in on an attendance clock of hall SZX at <paramref name="at"/> (local time of the hall).</summary>
    public static async Task PunchInAsync(this TrainingApp app, string staffNumber, DateTime localTime)
    {
        var admin = await Attendance.Intake.IntakeHttp.AdminAsync(app);
        var clock = await Attendance.Intake.IntakeHttp.RegisterAsync(admin, app);
        var userId = "R" + Guid.NewGuid().ToString("N")[..8];
        await Attendance.Intake.IntakeHttp.MapAsync(admin, clock.Device, (userId, staffNumber));
        var device = Attendance.Intake.IntakeHttp.DeviceClient(app, clock.Secret);
        var response = await device.PostAsJsonAsync("/api/attendance/device/punches", new Training.Attendance.PushPunchesInput(
            [new Training.Attendance.PushedPunch(userId, localTime.ToString("yyyy-MM-dd HH:mm:ss"), 1, 0, null)]), ApiClient.Json);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// A window of hall SZX held by two people now, neither of them <see cref="Demo.Staff"/> or <see cref="Demo.OtherStaff"/>
    /// (whom other tests punch in): the last such window by code.
    /// </summary>
    public static async Task<string> SharedWindowAsync(this TrainingApp app)
    {
        var hallId = await app.HallIdAsync("SZX");
        var busy = new[] { await app.StaffIdAsync(Demo.Staff), await app.StaffIdAsync(Demo.OtherStaff) };
        return await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Training.Organization.EntityFrameworkCore.OrganizationDbContext>();
            var shared = await db.Assignments.AsNoTracking().Where(a => a.HallId == hallId && a.EndDate == null)
                .GroupBy(a => a.WindowId).Where(g => g.Count() == 2 && !g.Any(a => busy.Contains(a.StaffId))).Select(g => g.Key).ToListAsync();
            return await db.Windows.AsNoTracking().Where(w => shared.Contains(w.Id)).OrderByDescending(w => w.Code).Select(w => w.Code).FirstAsync();
        });
    }

    /// <summary>The window a demo person holds (id and code), from Organization.</summary>
    public static async Task<(Guid StaffId, Guid WindowId, string WindowCode)> PostOfAsync(this TrainingApp app, string staffNumber)
    {
        var staffId = await app.StaffIdAsync(staffNumber);
        return await app.WithScopeAsync(async sp =>
        {
            var person = (await sp.GetRequiredService<IStaffIntegrationService>().GetByIdsAsync([staffId])).Single();
            var window = (await sp.GetRequiredService<IStructureIntegrationService>().GetWindowsAsync([person.WindowId!.Value])).Single();
            return (staffId, window.Id, window.Code);
        });
    }

    public static async Task<T> WithRatingsAsync<T>(this TrainingApp app, Func<RatingsDbContext, Task<T>> read) =>
        await app.WithScopeAsync(async sp => await read(sp.GetRequiredService<RatingsDbContext>()));

    public static Task<List<Rating>> RatingsOfCaseAsync(this TrainingApp app, string caseNumber) =>
        app.WithRatingsAsync(db => db.Ratings.AsNoTracking().Where(r => r.CaseNumber == caseNumber).ToListAsync());

    /// <summary>An indicator tag by code (the tag seeder's, or made here when it has not run).</summary>
    public static Task EnsureTagAsync(this TrainingApp app, string code) =>
        app.WithRatingsAsync(async db =>
        {
            if (await db.Tags.AnyAsync(t => t.Code == code)) return 0;
            db.Tags.Add(new IndicatorTag(Guid.NewGuid(), code, code, code, 99));
            try
            {
                return await db.SaveChangesAsync();
            }
            catch (DbUpdateException)
            {
                return 0; // another test class made it at the same moment
            }
        });

    /// <summary>A citizen's browser on the QR page: it has read the window (which hands it the antiforgery cookie).</summary>
    public static async Task<ApiClient> CitizenAsync(this TrainingApp app, Guid windowId)
    {
        var citizen = app.CreateApiClient();
        citizen.Http.DefaultRequestHeaders.Add("X-Rating-Client", Guid.NewGuid().ToString());
        await citizen.GetAsync<PublicWindowDto>($"/api/public/ratings/windows/{windowId}");
        return citizen;
    }

    /// <summary>A case number no other test uses.</summary>
    public static string NewCase() => "BJ" + Guid.NewGuid().ToString("N")[..14].ToUpperInvariant();

    /// <summary>
    /// Now, or a little before, as the pads send it (ISO 8601 with the offset). Now by default: other tests of the same
    /// database move people between windows, so only the present is sure to find who the test looked up.
    /// </summary>
    public static string Recently(this TrainingApp app, int minutesAgo = 0) =>
        DateTimeOffset.UtcNow.AddMinutes(-minutesAgo).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz");
}

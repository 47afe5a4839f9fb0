using System.Collections.Concurrent;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Training.Attendance;
using Training.Attendance.Application;
using Training.Attendance.Application.Results;
using Training.EntityFrameworkCore;
using Training.Tests.Infrastructure;

namespace Training.Tests.Attendance.Intake;

/// <summary>Records what the intake asks the results area to recompute, and answers which months are closed as told.</summary>
public sealed class RecordingResults : IDailyResultRecalculator, IAttendanceMonthLock
{
    public ConcurrentQueue<IReadOnlyCollection<PersonDays>> Calls { get; } = new();

    public ConcurrentDictionary<(Guid HallId, int Year, int Month), bool> Closed { get; } = new();

    public Task RecomputeAsync(IReadOnlyCollection<PersonDays> days, CancellationToken cancellationToken = default)
    {
        Calls.Enqueue(days.ToList());
        return Task.CompletedTask;
    }

    public Task<IReadOnlySet<(Guid HallId, int Year, int Month)>> GetClosedAsync(IReadOnlyCollection<Guid> hallIds, DateOnly from, DateOnly to,
        CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlySet<(Guid, int, int)>>(Closed.Keys.Where(k => hallIds.Contains(k.HallId)
            && new DateOnly(k.Year, k.Month, 1) <= to && new DateOnly(k.Year, k.Month, 1).AddMonths(1) > from).ToHashSet());

    /// <summary>Every person-day asked for since the last call, as (person, date) pairs.</summary>
    public HashSet<(Guid, DateOnly)> Drain()
    {
        var days = new HashSet<(Guid, DateOnly)>();
        while (Calls.TryDequeue(out var call))
            foreach (var range in call)
                for (var d = range.From; d <= range.To; d = d.AddDays(1)) days.Add((range.StaffId, d));
        return days;
    }
}

public abstract class IntakeRecomputeFixture : IAsyncLifetime
{
    /// <summary>Low enough for a test to reach; every other test of the fixture pushes at most twice per device.</summary>
    public const int PushesPerMinute = 4;

    public RecordingResults Results { get; } = new();

    public TrainingApp App { get; private set; } = null!;

    public abstract DatabaseProvider Provider { get; }

    public Task InitializeAsync()
    {
        App = new TrainingApp(TestDatabase.Create(Provider), configure: s =>
        {
            s.AddSingleton<IDailyResultRecalculator>(Results);
            s.AddSingleton<IAttendanceMonthLock>(Results);
        }, settings: new Dictionary<string, string> { ["Attendance:DevicePushRateLimitPerMinute"] = PushesPerMinute.ToString() });
        _ = App.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

public sealed class SqliteIntakeRecomputeFixture : IntakeRecomputeFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgreSqlIntakeRecomputeFixture : IntakeRecomputeFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}

/// <summary>
/// Every intake path asks for exactly the person-days its new inputs touch (and nothing when nothing is new); a punch
/// for a closed month is stored, flagged, and not counted until a reopen. The tests run one at a time on their own app.
/// </summary>
public abstract partial class IntakeRecomputeTests(IntakeRecomputeFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;
    private readonly RecordingResults _results = fixture.Results;

    private static async Task<PushResultDto> PushAsync(HttpClient device, string url, object body)
    {
        var response = await device.PostAsJsonAsync(url, body, ApiClient.Json);
        return (await response.Content.ReadFromJsonAsync<PushResultDto>(ApiClient.Json))!;
    }

    [Fact]
    public async Task Should_recompute_exactly_the_new_punches_person_days_and_nothing_for_duplicates()
    {
        var admin = await _app.AdminAsync();
        var registered = await admin.RegisterAsync(_app);
        await admin.MapAsync(registered.Device, ("1", Demo.Staff), ("2", Demo.OtherStaff));
        var device = _app.DeviceClient(registered.Secret);
        var batch = new PushPunchesInput(
        [
            new PushedPunch("1", "2030-05-06 08:58:00", 1, 0, null), new PushedPunch("1", "2030-05-06 17:30:00", 1, 1, null),
            new PushedPunch("1", "2030-05-07 08:58:00", 1, 0, null), new PushedPunch("2", "2030-05-09 09:10:00", 1, 0, null),
            new PushedPunch("404", "2030-05-10 09:10:00", 1, 0, null),
        ]);
        _results.Drain();

        await PushAsync(device, "/api/attendance/device/punches", batch);
        var first = _results.Drain();
        await PushAsync(device, "/api/attendance/device/punches", batch);
        var second = _results.Drain();

        var a = await _app.StaffIdAsync(Demo.Staff);
        var b = await _app.StaffIdAsync(Demo.OtherStaff);
        first.ShouldBe([(a, new DateOnly(2030, 5, 6)), (a, new DateOnly(2030, 5, 7)), (b, new DateOnly(2030, 5, 9))], ignoreOrder: true);
        second.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_store_and_flag_a_punch_for_a_closed_month_and_leave_its_day_alone()
    {
        var admin = await _app.AdminAsync();
        var registered = await admin.RegisterAsync(_app);
        await admin.MapAsync(registered.Device, ("1", Demo.Staff));
        _results.Closed[(registered.Device.HallId, 2030, 6)] = true;
        _results.Drain();

        var result = await PushAsync(_app.DeviceClient(registered.Secret), "/api/attendance/device/punches", new PushPunchesInput(
            [new PushedPunch("1", "2030-06-28 09:20:00", 1, 0, null), new PushedPunch("1", "2030-07-01 09:00:00", 1, 0, null)]));

        result.New.ShouldBe(2);
        var punches = await _app.PunchesAsync(registered.Device.Id);
        punches.Single(p => p.Date == new DateOnly(2030, 6, 28)).ArrivedAfterClose.ShouldBeTrue();
        punches.Single(p => p.Date == new DateOnly(2030, 7, 1)).ArrivedAfterClose.ShouldBeFalse();
        _results.Drain().ShouldBe([(await _app.StaffIdAsync(Demo.Staff), new DateOnly(2030, 7, 1))]);
    }

    [Fact]
    public async Task Should_recompute_the_days_a_correction_moves_punches_from_and_to_and_refuse_it_in_a_closed_month()
    {
        var admin = await _app.AdminAsync();
        var registered = await admin.RegisterAsync(_app);
        await admin.MapAsync(registered.Device, ("1", Demo.Staff));
        await PushAsync(_app.DeviceClient(registered.Secret), "/api/attendance/device/punches",
            new PushPunchesInput([new PushedPunch("1", "2030-08-05 23:59:30", 1, 1, null)]));
        _results.Drain();
        var url = $"/api/attendance/devices/{registered.Device.Id}/corrections";

        await admin.PostAsync<ClockCorrectionDto>(url, new RecordClockCorrectionInput(new DateOnly(2030, 8, 5), new DateOnly(2030, 8, 5), 60, "慢一分钟"));
        var staffId = await _app.StaffIdAsync(Demo.Staff);
        _results.Drain().ShouldBe([(staffId, new DateOnly(2030, 8, 5)), (staffId, new DateOnly(2030, 8, 6))], ignoreOrder: true);

        _results.Closed[(registered.Device.HallId, 2030, 9)] = true;
        var refused = await admin.PostRawAsync(url, new RecordClockCorrectionInput(new DateOnly(2030, 9, 1), new DateOnly(2030, 9, 2), 60, "x"));
        (await ApiClient.ProblemAsync(refused)).GetProperty("code").GetString().ShouldBe(AttendanceErrorCodes.CorrectionInClosedMonth);
    }

    [Fact]
    public async Task Should_recompute_the_named_persons_day_or_the_window_holders_for_post_status()
    {
        var admin = await _app.AdminAsync();
        var registered = await admin.RegisterAsync(_app, kind: DeviceKind.PostStatusReporter);
        _results.Drain();
        var key = registered.Device.SerialNumber;

        await PushAsync(_app.DeviceClient(registered.Secret), "/api/attendance/device/post-status", new PushPostStatusInput(
        [
            new PushedPostStatus($"{key}-1", "A01", PostStatusKind.Pause, "2030-10-08 10:00:00", Demo.Staff, null),
            new PushedPostStatus($"{key}-2", "A01", PostStatusKind.Pause, "2030-10-09 10:00:00", null, null),
        ]));

        var days = _results.Drain();
        days.ShouldContain((await _app.StaffIdAsync(Demo.Staff), new DateOnly(2030, 10, 8)));
        // Nobody named: whoever holds A01 (its two demo holders) on that day.
        days.Where(d => d.Item2 == new DateOnly(2030, 10, 9)).Select(d => d.Item1)
            .ShouldBe([await _app.StaffIdAsync(Demo.Manager), await _app.StaffIdAsync(Demo.Lead)], ignoreOrder: true);
    }
}

/// <summary>The push API is limited per device key, not per address: another device behind the same address still gets in.</summary>
public abstract partial class IntakeRecomputeTests
{
    [Fact]
    public async Task Should_limit_pushes_per_device_key()
    {
        var admin = await _app.AdminAsync();
        var busy = _app.DeviceClient((await admin.RegisterAsync(_app)).Secret);
        var other = _app.DeviceClient((await admin.RegisterAsync(_app)).Secret);
        var batch = new PushPunchesInput([new PushedPunch("1", "2030-11-04 09:00:00", 1, 0, null)]);

        var statuses = new List<System.Net.HttpStatusCode>();
        for (var i = 0; i <= IntakeRecomputeFixture.PushesPerMinute; i++)
            statuses.Add((await busy.PostAsJsonAsync("/api/attendance/device/punches", batch, ApiClient.Json)).StatusCode);
        var refused = await busy.PostAsJsonAsync("/api/attendance/device/punches", batch, ApiClient.Json);

        statuses.Take(IntakeRecomputeFixture.PushesPerMinute).ShouldAllBe(s => s == System.Net.HttpStatusCode.OK);
        refused.StatusCode.ShouldBe(System.Net.HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        (await other.PostAsJsonAsync("/api/attendance/device/punches", batch, ApiClient.Json)).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
    }
}

public sealed class IntakeRecomputeTests_Sqlite(SqliteIntakeRecomputeFixture fixture)
    : IntakeRecomputeTests(fixture), IClassFixture<SqliteIntakeRecomputeFixture>;

public sealed class IntakeRecomputeTests_PostgreSql(PostgreSqlIntakeRecomputeFixture fixture)
    : IntakeRecomputeTests(fixture), IClassFixture<PostgreSqlIntakeRecomputeFixture>;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Attendance;
using Training.Attendance.Application.Results;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.Identity;
using Training.Organization;
using Training.Tests.Infrastructure;
using Training.Tests.Learning;

namespace Training.Tests.Attendance.Results;

/// <summary>
/// A hall of its own for each test (its timetable, settings and month closes touch nobody else), a unit, a window and
/// a person holding it since 2026-09-01; punches, pauses and notes written straight into the tables, as intake and
/// absences would; the engine run through <see cref="IDailyResultRecalculator"/>.
/// </summary>
internal sealed record ResultsWorld(
    TrainingApp App, ApiClient Admin, HallDto Hall, UnitDto Unit, WindowDto Window, StaffDetailDto Person, string PersonPassword)
{
    public static readonly DateOnly PostStart = new(2026, 9, 1);

    public static async Task<ResultsWorld> CreateAsync(TrainingApp app)
    {
        var admin = app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var tag = Random.Shared.Next(100000, 999999);
        var hall = await admin.PostAsync<HallDto>("/api/organization/halls", new SaveHallInput($"K{tag}", $"考勤测试中心{tag}", HallKind.Centre, null));
        var unit = await admin.PostAsync<UnitDto>("/api/organization/units", new SaveUnitInput(hall.Id, $"U{tag}", "综合窗口", UnitKind.HallOwn, null));
        var window = await admin.PostAsync<WindowDto>("/api/organization/windows", new SaveWindowInput(unit.Id, $"W{tag}", "综合受理", WindowType.Comprehensive));
        var created = await admin.PostAsync<CreatedStaffDto>("/api/organization/staff",
            new SaveStaffInput($"R{tag}", "考勤甲", null, StaffKind.Own, null, hall.Id, unit.Id));
        var person = created.Staff;
        await admin.GrantPreJobCertificatesAsync(person.StaffNumber);
        await admin.PostAsync<StaffDetailDto>($"/api/organization/staff/{person.Id}/assign", new AssignInput(window.Id, PostStart));
        return new ResultsWorld(app, admin, hall, unit, window, person, created.InitialPassword!);
    }

    /// <summary>The person signed in, past the first sign-in's forced password change.</summary>
    public async Task<ApiClient> SignInPersonAsync()
    {
        var client = App.CreateApiClient();
        await client.LoginAsync(Person.StaffNumber, PersonPassword);
        const string password = "attend-2026";
        (await client.PostRawAsync("/api/account/change-password", new ChangePasswordInput(PersonPassword, password))).EnsureSuccessStatusCode();
        await client.LoginAsync(Person.StaffNumber, password);
        return client;
    }

    public static DateTime Local(DateOnly date, int hour, int minute = 0) =>
        date.ToDateTime(new TimeOnly(hour, minute), DateTimeKind.Utc).AddHours(-8);

    public Task PunchAsync(DateOnly date, params (int Hour, int Minute)[] times) => PunchAsync(date, false, times);

    public Task PunchAsync(DateOnly date, bool arrivedAfterClose, params (int Hour, int Minute)[] times) => WriteAsync(db =>
    {
        foreach (var (hour, minute) in times)
        {
            var at = Local(date, hour, minute);
            db.Punches.Add(new Punch(Guid.Empty, $"T{Hall.Code}", Person.StaffNumber, at.AddHours(8), Person.Id, Hall.Id, Unit.Id, at, date,
                PunchSource.File, at, null, arrivedAfterClose: arrivedAfterClose));
        }
    });

    public Task PauseAsync(DateOnly date, (int Hour, int Minute) from, (int Hour, int Minute) to) => WriteAsync(db =>
    {
        var key = Guid.NewGuid().ToString("N");
        db.PostStatusEvents.Add(new PostStatusEvent(Guid.Empty, key + "p", Window.Id, Unit.Id, Hall.Id, Person.Id, PostStatusKind.Pause,
            Local(date, from.Hour, from.Minute), date, DateTime.UtcNow));
        db.PostStatusEvents.Add(new PostStatusEvent(Guid.Empty, key + "r", Window.Id, Unit.Id, Hall.Id, Person.Id, PostStatusKind.Resume,
            Local(date, to.Hour, to.Minute), date, DateTime.UtcNow));
    });

    public Task NoteAsync(DateOnly date, (int Hour, int Minute) left, (int Hour, int Minute) expected, (int Hour, int Minute) back) => WriteAsync(db =>
    {
        var note = new WhereaboutsNote(Guid.NewGuid(), Person.Id, Hall.Id, Unit.Id, Window.Id, "档案室取件", Local(date, left.Hour, left.Minute),
            Local(date, expected.Hour, expected.Minute), date);
        note.Close(Local(date, back.Hour, back.Minute));
        db.WhereaboutsNotes.Add(note);
    });

    public async Task WriteAsync(Action<AttendanceDbContext> write) => await App.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AttendanceDbContext>();
        write(db);
        return await db.SaveChangesAsync();
    });

    public Task RecomputeAsync(DateOnly from, DateOnly to) => App.WithScopeAsync(async sp =>
    {
        await sp.GetRequiredService<IDailyResultRecalculator>().RecomputeAsync([new PersonDays(Person.Id, from, to)]);
        return true;
    });

    public Task<List<DailyResult>> ResultsAsync(DateOnly from, DateOnly to) => App.WithScopeAsync(sp =>
        sp.GetRequiredService<AttendanceDbContext>().DailyResults.AsNoTracking()
            .Where(r => r.StaffId == Person.Id && r.Date >= from && r.Date <= to)
            .OrderBy(r => r.Date).ThenBy(r => r.SessionIndex).ToListAsync());

    public async Task<DailyResult> ResultAsync(DateOnly date, int session) => (await ResultsAsync(date, date)).Single(r => r.SessionIndex == session);
}

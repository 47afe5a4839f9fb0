using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Training.Platform;
using Training.SharedKernel.Time;
using Training.Tests.Infrastructure;
using Training.Tests.Ratings;
using Training.Unresolved;

namespace Training.Tests.Unresolved;

/// <summary>
/// The module's setting-up and its demo on SQLite and PostgreSQL: the demo cases in every state, the guide on the
/// roster, the home to-dos of the guide on duty and of the liaison, the hall's managers told when nobody is on duty, the
/// roster planned by a manager (a guide of the hall only), receivers with liaisons named by user name.
/// </summary>
public abstract class UnresolvedSetupTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_seed_demo_cases_in_every_state_with_their_steps()
    {
        var (states, categories, receivers, overdue) = await _app.WithUnresolvedAsync(async db => (
            await db.Cases.Select(c => c.State).Distinct().ToListAsync(),
            await db.Cases.Where(c => c.Category != null).Select(c => c.Category!.Value).Distinct().ToListAsync(),
            await db.Receivers.Select(r => r.Kind).Distinct().ToListAsync(),
            await db.CaseDeadlines.CountAsync(d => d.MetAt == null && d.LapsedAt == null && d.DueOn < DateOnly.FromDateTime(DateTime.UtcNow))));

        states.ShouldBe(Enum.GetValues<UnresolvedCaseState>(), ignoreOrder: true);
        categories.ShouldBe(Enum.GetValues<CaseCategory>(), ignoreOrder: true);
        receivers.ShouldBe(Enum.GetValues<ReceiverKind>(), ignoreOrder: true);
        overdue.ShouldBeGreaterThan(0);
        (await _app.WithUnresolvedAsync(db => db.Cases.CountAsync(c => c.ComplaintCheckInspectionId != null))).ShouldBeGreaterThan(0);
        (await _app.WithUnresolvedAsync(db => db.CaseTransfers.CountAsync(t => t.ReceiverIsComplainedUnit))).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Should_put_the_days_cases_and_overdue_steps_on_the_guides_home_and_transfers_on_the_liaisons()
    {
        var guide = await _app.SignInAsync(UnresolvedTestKit.Guide);
        var liaison = await _app.SignInAsync(UnresolvedTestKit.Liaison);
        var roster = await guide.GetAsync<RosterMonthDto>(
            $"/api/unresolved/roster?hallId={await _app.HallIdAsync("SZX")}&year={DateTime.UtcNow.Year}&month={DateTime.UtcNow.Month}");

        var guideHome = await guide.GetAsync<HomeDto>("/api/home");
        var liaisonHome = await liaison.GetAsync<HomeDto>("/api/home");

        roster.Days.ShouldNotBeEmpty();
        roster.Days.ShouldAllBe(d => roster.WorkingDays.Contains(d.Date));
        if (roster.Days.Any(d => d.Date == TimeProvider.System.Today()))
            guideHome.Items.ShouldContain(i => i.Key == "unresolved.overdueSteps");
        liaisonHome.Items.Single(i => i.Key == "unresolved.transfersToAnswer").Count!.Value.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Should_tell_the_hall_managers_when_no_guide_is_on_duty()
    {
        var staff = await _app.SignInAsync(Demo.OtherHallStaff);
        var hall = await _app.HallIdAsync("GXQ");
        var managers = await _app.WithScopeAsync(async sp =>
            await sp.GetRequiredService<Training.Organization.IStaffIntegrationService>().GetHallManagerUserIdsAsync([hall]));
        var before = await _app.NoticesAsync(managers[0], "Unresolved.CaseRecorded");

        var taken = await staff.RecordAsync(UnresolvedTestKit.NewCase(hall, "无巡导", "13955550601"));

        taken.Case.GuideName.ShouldBeNull();
        taken.Steps.Single().Text!.ShouldContain("无值班巡导员");
        (await _app.NoticesAsync(managers[0], "Unresolved.CaseRecorded")).ShouldBe(before + 1);
    }

    [Fact]
    public async Task Should_plan_the_roster_with_guides_of_the_hall_only()
    {
        var manager = await _app.SignInAsync(Demo.Manager);
        var guide = await _app.SignInAsync(UnresolvedTestKit.Guide);
        var hall = await _app.HallIdAsync("SZX");
        var (guideId, otherHall) = (await _app.StaffIdAsync(UnresolvedTestKit.Guide), await _app.StaffIdAsync(Demo.OtherHallStaff));
        var day = new DateOnly(2027, 3, 1);

        var saved = await manager.PutAsync<RosterMonthDto>("/api/unresolved/roster", new SaveRosterInput(hall, 2027, 3, [new RosterDayInput(day, guideId)]));
        var outsider = await manager.Http.PutAsJsonAsync("/api/unresolved/roster",
            new SaveRosterInput(hall, 2027, 3, [new RosterDayInput(day, otherHall)]), ApiClient.Json);
        var outOfMonth = await manager.Http.PutAsJsonAsync("/api/unresolved/roster",
            new SaveRosterInput(hall, 2027, 3, [new RosterDayInput(day.AddMonths(1), guideId)]), ApiClient.Json);
        var byGuide = await guide.Http.PutAsJsonAsync("/api/unresolved/roster", new SaveRosterInput(hall, 2027, 3, [new RosterDayInput(day, null)]), ApiClient.Json);

        saved.Days.Single(d => d.Date == day).StaffId.ShouldBe(guideId);
        await CasesTests.ShouldBeRefusedAsync(outsider, HttpStatusCode.BadRequest, UnresolvedErrorCodes.UnknownGuide);
        await CasesTests.ShouldBeRefusedAsync(outOfMonth, HttpStatusCode.BadRequest, UnresolvedErrorCodes.RosterDayOutsideMonth);
        byGuide.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_name_liaisons_by_user_name_and_refuse_an_unknown_one()
    {
        var manager = await _app.SignInAsync(Demo.Manager);
        var name = $"测试镇{Guid.NewGuid():N}"[..12];

        var created = await manager.PostAsync<ReceiverDto>("/api/unresolved/receivers", new SaveReceiverInput(ReceiverKind.Township, name, null, null, true,
            [new LiaisonInput(UnresolvedTestKit.Liaison, "周建华", "0512-52000001")], 0));
        var unknown = await manager.Http.PutAsJsonAsync($"/api/unresolved/receivers/{created.Id}", new SaveReceiverInput(ReceiverKind.Township, name, null,
            null, true, [new LiaisonInput("nobody-here", "无此人", null)], created.Version), ApiClient.Json);
        var taken = await manager.Http.PostAsJsonAsync("/api/unresolved/receivers",
            new SaveReceiverInput(ReceiverKind.Township, name, null, null, true, [], 0), ApiClient.Json);
        var retired = await manager.PutAsync<ReceiverDto>($"/api/unresolved/receivers/{created.Id}",
            new SaveReceiverInput(ReceiverKind.Township, name, null, null, false, [], created.Version));

        created.Liaisons.Single().UserName.ShouldBe(UnresolvedTestKit.Liaison);
        await CasesTests.ShouldBeRefusedAsync(unknown, HttpStatusCode.BadRequest, UnresolvedErrorCodes.UnknownLiaisonUser);
        await CasesTests.ShouldBeRefusedAsync(taken, HttpStatusCode.Conflict, UnresolvedErrorCodes.ReceiverNameTaken);
        (retired.IsActive, retired.Liaisons.Count).ShouldBe((false, 0));
        (await manager.GetAsync<List<ReceiverDto>>("/api/unresolved/receivers?activeOnly=true")).ShouldNotContain(r => r.Id == created.Id);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class UnresolvedSetupTests_Sqlite(SqliteAppFixture fixture) : UnresolvedSetupTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class UnresolvedSetupTests_PostgreSql(PostgreSqlAppFixture fixture) : UnresolvedSetupTests(fixture);

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Training.Contests;
using Training.Contests.Domain;
using Training.Contests.EntityFrameworkCore;
using Training.Tests.Infrastructure;

namespace Training.Tests.Contests;

/// <summary>Entry to a contest: who may enter and when, nomination by the unit lead, teams, withdrawal, draw numbers.</summary>
public abstract class EntryTests(ClockedAppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;
    private readonly FakeTimeProvider _clock = fixture.Clock;

    private ContestSteps Steps => new(_app, _clock.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task Should_let_staff_of_the_scope_enter_once_within_the_window_only()
    {
        var (_, contest) = await Steps.AnnouncedAsync();
        var staff = await Steps.SignInAsync(Demo.Staff);

        var entry = await staff.PostAsync<EntryDto>($"/api/contests/{contest.Id}/entries/self", null);
        var again = await staff.PostRawAsync($"/api/contests/{contest.Id}/entries/self", null);
        var outsider = await (await Steps.SignInAsync(Demo.OtherHallStaff)).PostRawAsync($"/api/contests/{contest.Id}/entries/self", null);
        var (_, later) = await Steps.AnnouncedAsync(opensAt: _clock.GetUtcNow().UtcDateTime.AddHours(2));
        var early = await staff.PostRawAsync($"/api/contests/{later.Id}/entries/self", null);

        entry.ShouldSatisfyAllConditions(e => e.Confirmed.ShouldBeTrue(), e => e.State.ShouldBe(EntryState.Entered),
            e => e.Members.ShouldHaveSingleItem().StaffNumber.ShouldBe(Demo.Staff), e => e.DrawNumber.ShouldBeNull());
        await ContestSteps.ShouldFailAsync(again, HttpStatusCode.Conflict, ContestsErrorCodes.AlreadyEntered);
        outsider.StatusCode.ShouldBe(HttpStatusCode.NotFound); // a contest of another hall is not there for them
        await ContestSteps.ShouldFailAsync(early, HttpStatusCode.Conflict, ContestsErrorCodes.EntryNotOpen);
        (await staff.GetAsync<ContestDto>($"/api/contests/{contest.Id}")).MyEntryId.ShouldBe(entry.Id);
    }

    [Fact]
    public async Task Should_keep_one_entry_when_the_same_person_enters_twice_at_once()
    {
        var (_, contest) = await Steps.AnnouncedAsync();
        var (first, second) = (await Steps.SignInAsync("S0012"), await Steps.SignInAsync("S0012"));

        var answers = await Task.WhenAll(
            first.PostRawAsync($"/api/contests/{contest.Id}/entries/self", null), second.PostRawAsync($"/api/contests/{contest.Id}/entries/self", null));
        var members = await _app.WithScopeAsync(sp => sp.GetRequiredService<ContestsDbContext>().EntryMembers
            .Where(m => m.ContestId == contest.Id).ToListAsync());

        answers.Count(a => a.IsSuccessStatusCode).ShouldBe(1);
        await ContestSteps.ShouldFailAsync(answers.Single(a => !a.IsSuccessStatusCode), HttpStatusCode.Conflict, ContestsErrorCodes.AlreadyEntered);
        members.ShouldHaveSingleItem().ActiveContestId.ShouldBe(contest.Id);
    }

    [Fact]
    public async Task Should_refuse_a_second_standing_membership_in_the_database_and_free_it_on_withdrawal()
    {
        var (_, contest) = await Steps.AnnouncedAsync();
        var entry = await Steps.EnterAsync(contest, "S0014");
        var person = await _app.StaffIdAsync("S0014");
        var now = _clock.GetUtcNow().UtcDateTime;

        // Past every check of the service: the database itself refuses a second standing entry of the person.
        var refused = await Should.ThrowAsync<DbUpdateException>(() => _app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ContestsDbContext>();
            db.Entries.Add(new Entry(Guid.NewGuid(), contest.Id, EntryMode.Individual, null, [person], null, now));
            return await db.SaveChangesAsync();
        }));
        await (await Steps.SignInAsync("S0014")).PostAsync<EntryDto>($"/api/contests/{contest.Id}/entries/{entry.Id}/withdraw", null);
        var again = await Steps.EnterAsync(contest, "S0014");

        refused.ShouldNotBeNull();
        again.State.ShouldBe(EntryState.Entered);
    }

    [Fact]
    public async Task Should_hide_a_draft_from_staff()
    {
        var organiser = await Steps.SignInAsync(Demo.Manager);
        var hall = await _app.HallIdAsync("SZX");
        var now = _clock.GetUtcNow().UtcDateTime;
        var draft = await organiser.PostAsync<ContestDto>("/api/contests", new SaveContestInput("草稿大赛", null, hall, [hall], EntryMode.Individual, 1,
            now, now.AddDays(1), 2, false, null));

        (await (await Steps.SignInAsync(Demo.Staff)).Http.GetAsync($"/api/contests/{draft.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        draft.CanManage.ShouldBeTrue();
        draft.State.ShouldBe(ContestState.Draft);
    }

    [Fact]
    public async Task Should_let_a_unit_lead_nominate_only_their_units_people_and_wait_for_the_organiser()
    {
        var (organiser, contest) = await Steps.AnnouncedAsync();
        var lead = await Steps.SignInAsync(Demo.Lead);

        var nominated = await lead.PostAsync<EntryDto>($"/api/contests/{contest.Id}/entries/nominate", new NominateInput([await _app.StaffIdAsync(Demo.OtherStaff)]));
        var otherUnit = await lead.PostRawAsync($"/api/contests/{contest.Id}/entries/nominate", new NominateInput([await _app.StaffIdAsync(ContestSteps.Judge)]));
        var closeWhilePending = await organiser.PostRawAsync($"/api/contests/{contest.Id}/close-entry", null);
        var confirmed = await organiser.PostAsync<EntryDto>($"/api/contests/{contest.Id}/entries/{nominated.Id}/confirm", null);
        var closed = await organiser.PostAsync<ContestDto>($"/api/contests/{contest.Id}/close-entry", null);
        var entries = await organiser.GetAsync<List<EntryDto>>($"/api/contests/{contest.Id}/entries");

        nominated.ShouldSatisfyAllConditions(e => e.Confirmed.ShouldBeFalse(), e => e.NominatedByName.ShouldNotBeNull());
        await ContestSteps.ShouldFailAsync(otherUnit, HttpStatusCode.Forbidden, ContestsErrorCodes.NotYourUnit);
        await ContestSteps.ShouldFailAsync(closeWhilePending, HttpStatusCode.Conflict, ContestsErrorCodes.EntriesAwaitConfirmation);
        confirmed.Confirmed.ShouldBeTrue();
        closed.State.ShouldBe(ContestState.Closed);
        entries.ShouldHaveSingleItem().DrawNumber.ShouldBe(1);
    }

    [Fact]
    public async Task Should_take_a_units_team_up_to_the_team_size()
    {
        var (_, contest) = await Steps.AnnouncedAsync(EntryMode.Team, teamSize: 2);
        var lead = await Steps.SignInAsync(Demo.Lead);
        var (a, b, c) = (await _app.StaffIdAsync("S0007"), await _app.StaffIdAsync("S0008"), await _app.StaffIdAsync("S0009"));

        var tooMany = await lead.PostRawAsync($"/api/contests/{contest.Id}/entries/nominate", new NominateInput([a, b, c]));
        var mixed = await (await Steps.SignInAsync(Demo.Manager)).PostRawAsync($"/api/contests/{contest.Id}/entries/nominate",
            new NominateInput([a, await _app.StaffIdAsync(ContestSteps.Judge)]));
        var selfInTeamContest = await (await Steps.SignInAsync(Demo.Staff)).PostRawAsync($"/api/contests/{contest.Id}/entries/self", null);
        var team = await lead.PostAsync<EntryDto>($"/api/contests/{contest.Id}/entries/nominate", new NominateInput([a, b]));

        await ContestSteps.ShouldFailAsync(tooMany, HttpStatusCode.BadRequest, ContestsErrorCodes.TeamTooLarge);
        await ContestSteps.ShouldFailAsync(mixed, HttpStatusCode.BadRequest, ContestsErrorCodes.TeamOfOneUnit);
        await ContestSteps.ShouldFailAsync(selfInTeamContest, HttpStatusCode.BadRequest, ContestsErrorCodes.WrongEntryMode);
        team.ShouldSatisfyAllConditions(t => t.Mode.ShouldBe(EntryMode.Team), t => t.Members.Count.ShouldBe(2), t => t.UnitName.ShouldBe("综合受理窗口"));
    }

    [Fact]
    public async Task Should_allow_withdrawal_until_the_first_round_opens()
    {
        var (organiser, contest) = await Steps.AnnouncedAsync();
        var first = await Steps.EnterAsync(contest, "S0010");
        var second = await Steps.EnterAsync(contest, "S0011");
        var judge = await _app.StaffIdAsync(ContestSteps.Judge);

        var withdrawn = await (await Steps.SignInAsync("S0010")).PostAsync<EntryDto>($"/api/contests/{contest.Id}/entries/{first.Id}/withdraw", null);
        var staffed = await organiser.PutAsync<ContestDto>($"/api/contests/{contest.Id}/staff", new SetContestStaffInput([], [judge], judge));
        await organiser.PutAsync<ContestDto>($"/api/contests/{contest.Id}/rounds", new SaveRoundsInput(
            [new SaveRoundInput(null, RoundKind.Practical, "实操", 1, null, [new CriterionDto("规范", 10)], [judge])], staffed.Version));
        var closed = await organiser.PostAsync<ContestDto>($"/api/contests/{contest.Id}/close-entry", null);
        await organiser.PostAsync<ContestDto>($"/api/contests/{contest.Id}/rounds/{closed.Rounds[0].Id}/open", null);
        var tooLate = await (await Steps.SignInAsync("S0011")).PostRawAsync($"/api/contests/{contest.Id}/entries/{second.Id}/withdraw", null);
        var entries = await organiser.GetAsync<List<EntryDto>>($"/api/contests/{contest.Id}/entries");

        withdrawn.State.ShouldBe(EntryState.Withdrawn);
        await ContestSteps.ShouldFailAsync(tooLate, HttpStatusCode.Conflict, ContestsErrorCodes.WithdrawAfterFirstRound);
        entries.Single(e => e.Id == second.Id).DrawNumber.ShouldBe(1); // the withdrawn entry draws no number
        entries.Single(e => e.Id == first.Id).DrawNumber.ShouldBeNull();
    }

    [Fact]
    public async Task Should_export_the_entry_list_as_a_workbook()
    {
        var (organiser, contest) = await Steps.AnnouncedAsync();
        await Steps.EnterAsync(contest, "S0013");

        var response = await organiser.Http.GetAsync($"/api/contests/{contest.Id}/entries/export");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        (await (await Steps.SignInAsync(Demo.Staff)).Http.GetAsync($"/api/contests/{contest.Id}/entries/export")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

public sealed class EntryTests_Sqlite(SqliteClockedAppFixture fixture) : EntryTests(fixture), IClassFixture<SqliteClockedAppFixture>;

public sealed class EntryTests_PostgreSql(PostgreSqlClockedAppFixture fixture) : EntryTests(fixture), IClassFixture<PostgreSqlClockedAppFixture>;

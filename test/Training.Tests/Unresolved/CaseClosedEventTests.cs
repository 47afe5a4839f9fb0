using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Tests.Infrastructure;
using Training.Tests.Ratings;
using Training.Unresolved;
using Training.Unresolved.EntityFrameworkCore;
using Training.Unresolved.Events;
using static Training.Tests.Unresolved.UnresolvedFormsKit;

namespace Training.Tests.Unresolved;

/// <summary>
/// A case that closes raises <see cref="UnresolvedCaseClosedEto"/> once, through the outbox in the close's transaction:
/// the satisfied follow-up sent again (a retry with the same version) and a close after it are refused and write nothing.
/// </summary>
public abstract class CaseClosedEventTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_raise_one_closed_event_per_case_however_often_the_close_is_sent()
    {
        var place = await _app.PlaceOfAsync(Demo.Staff);
        var desk = await _app.SignInAsync(Demo.Staff);
        var manager = await _app.SignInAsync(Demo.Manager);
        var intake = await desk.PostAsync<UnresolvedCaseDetailDto>($"{Api}/cases", new CreateCaseInput(place.HallId, ComplainantKind.Person, "周一次",
            "13900000001", null, IntakeChannel.Hotline, "公积金提取", place.UnitId, place.WindowId, "窗口说材料不全但未一次性告知", null, null));
        var id = intake.Case.Id;
        var classified = await manager.PostAsync<UnresolvedCaseDetailDto>($"{Api}/cases/{id}/classify", new ClassifyCaseInput(intake.Case.Version, CaseCategory.General, null));
        var answered = await manager.PostAsync<UnresolvedCaseDetailDto>($"{Api}/cases/{id}/window-answer", new WindowAnswerInput(classified.Case.Version, "已一次性告知并受理"));
        var followUp = new FollowUpInput(answered.Case.Version, true, "回访满意");

        var closed = await manager.PostAsync<UnresolvedCaseDetailDto>($"{Api}/cases/{id}/follow-up", followUp);
        var retried = await manager.PostRawAsync($"{Api}/cases/{id}/follow-up", followUp);
        var closedAgain = await manager.PostRawAsync($"{Api}/cases/{id}/close", new CloseCaseInput(closed.Case.Version, CaseOutcome.Resolved, "办结"));

        closed.Case.State.ShouldBe(UnresolvedCaseState.Closed);
        retried.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        closedAgain.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var events = await _app.WithScopeAsync(async sp => await sp.GetRequiredService<UnresolvedDbContext>().Outbox.AsNoTracking()
            .Where(m => m.Type.Contains(nameof(UnresolvedCaseClosedEto)) && m.Payload.Contains(id.ToString())).Select(m => m.Payload).ToListAsync());
        events.Count.ShouldBe(1);
        events[0].ShouldNotContain("周一次");
        events[0].ShouldNotContain("13900000001");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CaseClosedEventTests_Sqlite(SqliteAppFixture fixture) : CaseClosedEventTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class CaseClosedEventTests_PostgreSql(PostgreSqlAppFixture fixture) : CaseClosedEventTests(fixture);

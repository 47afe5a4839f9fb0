using System.Net;
using Microsoft.EntityFrameworkCore;
using Training.SharedKernel.Paging;
using Training.Tests.Infrastructure;
using Training.Tests.Ratings;
using Training.Unresolved;
using Training.Unresolved.Events;

namespace Training.Tests.Unresolved;

/// <summary>
/// A 未进驻 case through the whole mechanism over HTTP, on SQLite and PostgreSQL, across the National Day holiday: taken at
/// the window on 09-30 (the guide on duty told), transferred (answer due 3 working days later: 10-10, the make-up
/// Saturday), answered by the department's liaison on 10-09 with an attachment (follow-up due 5 working days from the
/// answer: 10-15, not from intake), followed up unsatisfied (效能督查科 due 2 working days later: 10-12) and closed by
/// 效能督查科, once in the outbox.
/// </summary>
public abstract class UnresolvedDeadlineTests(UnresolvedHolidayAppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_count_the_3_5_and_2_working_days_across_national_day_the_5_from_the_answer()
    {
        fixture.Clock.GetUtcNow().ShouldBe(new DateTimeOffset(2026, 9, 30, 2, 0, 0, TimeSpan.Zero)); // only this test moves the clock
        var staff = await _app.SignInAsync(Demo.Staff);
        var guide = await _app.SignInAsync(UnresolvedTestKit.Guide);
        var manager = await _app.SignInAsync(Demo.Manager);
        var guideUser = await _app.UserOfAsync(UnresolvedTestKit.Guide);
        var toldBefore = await _app.NoticesAsync(guideUser, "Unresolved.CaseRecorded");
        var hall = await _app.HallIdAsync("SZX");

        var taken = await staff.RecordAsync(UnresolvedTestKit.NewCase(hall, "甄诉求", "13955550001"));
        taken.Case.Number.ShouldStartWith("2026SZX");
        taken.Case.GuideName.ShouldNotBeNull();
        taken.Case.ReceivedOn.ShouldBe(new DateOnly(2026, 9, 30));
        taken.Deadlines.Single(d => d.Kind == DeadlineKind.FirstReply).DueOn.ShouldBe(new DateOnly(2026, 9, 30));
        (await _app.NoticesAsync(guideUser, "Unresolved.CaseRecorded")).ShouldBe(toldBefore + 1);
        (await _app.AnyNoticeContainsAsync("13955550001")).ShouldBeFalse();

        var classified = await guide.PostAsync<UnresolvedCaseDetailDto>($"/api/unresolved/cases/{taken.Case.Id}/classify",
            new ClassifyCaseInput(taken.Case.Version, CaseCategory.NotStationed, "施工许可未进驻中心"));
        var housing = await guide.ReceiverAsync(UnresolvedTestKit.Housing);
        var transferred = await guide.PostAsync<UnresolvedCaseDetailDto>($"/api/unresolved/cases/{taken.Case.Id}/transfer",
            new TransferCaseInput(classified.Case.Version, housing.Id, "请联系诉求人"));
        var replied = await staff.PostAsync<UnresolvedCaseDetailDto>($"/api/unresolved/cases/{taken.Case.Id}/first-reply",
            new FirstReplyInput(transferred.Case.Version, "已转住建局，三个工作日内联系您"));

        // 09-30 transferred; 10-01 … 10-07 National Day; 10-08 Thu (1), 10-09 Fri (2), the make-up Saturday 10-10 (3).
        transferred.Case.State.ShouldBe(UnresolvedCaseState.Transferred);
        transferred.Transfers.Single().DueOn.ShouldBe(new DateOnly(2026, 10, 10));
        transferred.Deadlines.Single(d => d.Kind == DeadlineKind.ReceiverAnswer).DueOn.ShouldBe(new DateOnly(2026, 10, 10));
        transferred.Deadlines.ShouldNotContain(d => d.Kind == DeadlineKind.FollowUp); // counted from the answer, not yet
        replied.Deadlines.Single(d => d.Kind == DeadlineKind.FirstReply).MetOnTime.ShouldBe(true);

        fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 10, 9, 2, 0, 0, TimeSpan.Zero)); // Friday 10-09 10:00
        var liaison = await _app.SignInAsync(UnresolvedTestKit.Liaison);
        (staff, guide) = (await _app.SignInAsync(Demo.Staff), await _app.SignInAsync(UnresolvedTestKit.Guide)); // the idle sessions timed out
        var inbox = await liaison.GetAsync<PagedResult<TransferRowDto>>("/api/unresolved/transfers?answered=false");
        var row = inbox.Items.Single(t => t.CaseId == taken.Case.Id);
        row.ComplainantContact.ShouldBe("13955550001"); // the department contacts the complainant itself
        row.ComplainantHidden.ShouldBeFalse();
        using var form = new MultipartFormDataContent
        {
            { new StringContent("已电话联系诉求人，告知办理地点和材料"), "text" },
            { new StringContent(replied.Case.Version.ToString()), "version" },
            { new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray()), "files", "答复函.pdf" },
        };
        var answered = await liaison.PostMultipartAsync<TransferDetailDto>($"/api/unresolved/transfers/{row.Id}/answer", form);
        answered.Attachments.Single().FileName.ShouldEndWith(".pdf");
        var afterAnswer = await guide.GetAsync<UnresolvedCaseDetailDto>($"/api/unresolved/cases/{taken.Case.Id}");
        afterAnswer.Case.State.ShouldBe(UnresolvedCaseState.Answered);
        afterAnswer.Deadlines.Single(d => d.Kind == DeadlineKind.ReceiverAnswer).MetOnTime.ShouldBe(true);
        // 10-09 answered; 10-10 make-up Saturday (1), 10-12 (2), 10-13 (3), 10-14 (4), 10-15 (5) — from intake it would be 10-13.
        var followUp = afterAnswer.Deadlines.Single(d => d.Kind == DeadlineKind.FollowUp);
        (followUp.StartedOn, followUp.DueOn).ShouldBe((new DateOnly(2026, 10, 9), new DateOnly(2026, 10, 15)));
        (await staff.Http.GetByteArrayAsync($"/api/unresolved/cases/{taken.Case.Id}/attachments/{answered.Attachments[0].FileId}")).ShouldNotBeEmpty();

        var unsatisfied = await staff.PostAsync<UnresolvedCaseDetailDto>($"/api/unresolved/cases/{taken.Case.Id}/follow-up",
            new FollowUpInput(afterAnswer.Case.Version, false, "诉求人对答复不满意"));
        unsatisfied.Case.State.ShouldBe(UnresolvedCaseState.Escalated);
        // 10-09 escalated; the make-up Saturday 10-10 (1), Monday 10-12 (2).
        unsatisfied.Deadlines.Single(d => d.Kind == DeadlineKind.EscalationAnswer).DueOn.ShouldBe(new DateOnly(2026, 10, 12));

        fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 10, 12, 3, 0, 0, TimeSpan.Zero));
        manager = await _app.SignInAsync(Demo.Manager);
        var closed = await manager.PostAsync<UnresolvedCaseDetailDto>($"/api/unresolved/cases/{taken.Case.Id}/escalation-answer",
            new EscalationAnswerInput(unsatisfied.Case.Version, CaseOutcome.Resolved, "效能督查科会同住建局答复，诉求人认可"));
        closed.Case.State.ShouldBe(UnresolvedCaseState.Closed);
        closed.Outcome.ShouldBe(CaseOutcome.Resolved);
        closed.Deadlines.ShouldAllBe(d => d.MetOnTime == true);
        closed.Steps.Select(s => s.Kind).ShouldBe([CaseStepKind.Intake, CaseStepKind.Classified, CaseStepKind.Transferred, CaseStepKind.FirstReply,
            CaseStepKind.ReceiverAnswer, CaseStepKind.FollowUp, CaseStepKind.Escalated, CaseStepKind.EscalationAnswer, CaseStepKind.Closed]);
        closed.Steps.ShouldAllBe(s => s.ByName.Length > 0);
        (await _app.WithUnresolvedAsync(db => db.Outbox.CountAsync(m => m.Type.Contains(nameof(UnresolvedCaseClosedEto))
                                                                          && m.Payload.Contains(taken.Case.Id.ToString())))).ShouldBe(1);
        var again = await manager.PostRawAsync($"/api/unresolved/cases/{taken.Case.Id}/escalation-answer",
            new EscalationAnswerInput(closed.Case.Version, CaseOutcome.Resolved, "再答复一次"));
        await CasesTests.ShouldBeRefusedAsync(again, HttpStatusCode.Conflict, UnresolvedErrorCodes.WrongState);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class UnresolvedDeadlineTests_Sqlite(SqliteUnresolvedHolidayAppFixture fixture)
    : UnresolvedDeadlineTests(fixture), IClassFixture<SqliteUnresolvedHolidayAppFixture>;

[Collection(PostgreSqlCollection.Name)]
public sealed class UnresolvedDeadlineTests_PostgreSql(PostgreSqlUnresolvedHolidayAppFixture fixture)
    : UnresolvedDeadlineTests(fixture), IClassFixture<PostgreSqlUnresolvedHolidayAppFixture>;

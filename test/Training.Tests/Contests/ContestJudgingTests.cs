using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Contests;
using Training.Tests.Infrastructure;

namespace Training.Tests.Contests;

/// <summary>Judges' sheets over HTTP: bounds, recusal by unit, locking on submit, the chief judge's correction, progress.</summary>
public abstract class ContestJudgingTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task A_judge_of_the_entrants_unit_is_refused_and_sees_the_recusal()
    {
        var contest = await _app.JudgedContestAsync();
        var judge = await _app.AsAsync(contest.Judges[0]);

        var page = await judge.GetAsync<JudgeRoundDto>($"/api/contests/{contest.ContestId}/rounds/{contest.RoundId}/judging");
        var refused = await judge.Http.PutAsJsonAsync(contest.Sheet(contest.FirstEntryId), new SaveScoreSheetInput([5m, 20m], true), ApiClient.Json);
        var other = await judge.SubmitAsync(contest, contest.SecondEntryId, 5m, 20m);

        page.Entries.Select(e => (e.DrawNumber, e.Recused)).ShouldBe([(1, false), (2, true)]);
        await JudgingAssert.RefusedAsync(refused, HttpStatusCode.Forbidden, ContestsErrorCodes.Recused);
        (other.Total, other.Locked).ShouldBe((25m, true));
    }

    [Fact]
    public async Task Scores_must_be_within_each_criterions_bounds_and_cover_every_criterion()
    {
        var contest = await _app.JudgedContestAsync();
        var judge = await _app.AsAsync(contest.Judges[1]);

        var tooHigh = await judge.Http.PutAsJsonAsync(contest.Sheet(contest.FirstEntryId), new SaveScoreSheetInput([11m, 20m], false), ApiClient.Json);
        var negative = await judge.Http.PutAsJsonAsync(contest.Sheet(contest.FirstEntryId), new SaveScoreSheetInput([5m, -1m], false), ApiClient.Json);
        var short_ = await judge.Http.PutAsJsonAsync(contest.Sheet(contest.FirstEntryId), new SaveScoreSheetInput([5m], false), ApiClient.Json);
        var saved = await judge.PutAsync<ScoreSheetDto>(contest.Sheet(contest.FirstEntryId), new SaveScoreSheetInput([10m, 30m], false));

        await JudgingAssert.RefusedAsync(tooHigh, HttpStatusCode.BadRequest, ContestsErrorCodes.ScoreOutOfRange);
        await JudgingAssert.RefusedAsync(negative, HttpStatusCode.BadRequest, ContestsErrorCodes.ScoreOutOfRange);
        await JudgingAssert.RefusedAsync(short_, HttpStatusCode.BadRequest, ContestsErrorCodes.WrongCriterionCount);
        (saved.Total, saved.Locked, saved.SubmittedAt).ShouldBe((40m, false, null));
    }

    [Fact]
    public async Task A_locked_sheet_refuses_changes_but_the_chief_judges_correction_with_a_reason()
    {
        var contest = await _app.JudgedContestAsync();
        var judge = await _app.AsAsync(contest.Judges[1]);
        var sheet = await judge.SubmitAsync(contest, contest.FirstEntryId, 6m, 20m);
        var corrections = $"/api/contests/{contest.ContestId}/rounds/{contest.RoundId}/sheets/{sheet.Id}/corrections";

        var again = await judge.Http.PutAsJsonAsync(contest.Sheet(contest.FirstEntryId), new SaveScoreSheetInput([9m, 29m], true), ApiClient.Json);
        var notChief = await judge.PostRawAsync(corrections, new CorrectScoreSheetInput([9m, 29m], "录入错误"));
        var chief = await _app.AsAsync(contest.ChiefJudge);
        var corrected = await chief.PostAsync<ScoreSheetDto>(corrections, new CorrectScoreSheetInput([8m, 25m], "评委录入时将 28 误为 20"));
        var seen = await judge.GetAsync<JudgeRoundDto>($"/api/contests/{contest.ContestId}/rounds/{contest.RoundId}/judging");

        await JudgingAssert.RefusedAsync(again, HttpStatusCode.Conflict, ContestsErrorCodes.SheetLocked);
        await JudgingAssert.RefusedAsync(notChief, HttpStatusCode.Forbidden, ContestsErrorCodes.NotChiefJudge);
        (corrected.Total, corrected.Locked).ShouldBe((33m, true));
        var kept = seen.Entries.Single(e => e.EntryId == contest.FirstEntryId).Sheet!.Corrections.ShouldHaveSingleItem();
        kept.Reason.ShouldBe("评委录入时将 28 误为 20");
        kept.OldScores.ShouldBe([6m, 20m]);
        kept.NewScores.ShouldBe([8m, 25m]);
    }

    [Fact]
    public async Task The_organiser_sees_each_judges_progress()
    {
        var contest = await _app.JudgedContestAsync();
        await (await _app.AsAsync(contest.Judges[0])).SubmitAsync(contest, contest.SecondEntryId, 5m, 20m);
        var second = await _app.AsAsync(contest.Judges[1]);
        await second.SubmitAsync(contest, contest.FirstEntryId, 5m, 20m);
        await second.PutAsync<ScoreSheetDto>(contest.Sheet(contest.SecondEntryId), new SaveScoreSheetInput([5m, 20m], false));
        var organiser = await _app.AsAsync(Demo.Manager);

        var progress = await organiser.GetAsync<IReadOnlyList<JudgeProgressDto>>($"/api/contests/{contest.ContestId}/rounds/{contest.RoundId}/progress");
        var refused = await (await _app.AsAsync(contest.Judges[1])).Http.GetAsync($"/api/contests/{contest.ContestId}/rounds/{contest.RoundId}/progress");

        var byNumber = progress.ToDictionary(p => p.JudgeName);
        var (first, other) = (progress.Single(p => p.JudgeName.StartsWith("评委1")), progress.Single(p => p.JudgeName.StartsWith("评委2")));
        (first.Submitted, first.Saved, first.Recused, first.ToDo).ShouldBe((1, 0, 1, 0));
        (other.Submitted, other.Saved, other.Recused, other.ToDo).ShouldBe((1, 1, 0, 1));
        byNumber.Count.ShouldBe(5);
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_submitted_sheet_costs_two_commands_whatever_the_contests_size()
    {
        var contest = await _app.JudgedContestAsync();
        var judge = await _app.AsAsync(contest.Judges[1]);
        await judge.PutAsync<ScoreSheetDto>(contest.Sheet(contest.SecondEntryId), new SaveScoreSheetInput([5m, 20m], false)); // the roster a first save reads
        using var recorder = await CommandRecorder.StartAsync(_app);

        var (commands, sheet) = await recorder.RecordAsync(() => judge.SubmitAsync(contest, contest.FirstEntryId, 6m, 21m));

        sheet.Total.ShouldBe(27m);
        // The round with the caller's assignment and sheet, and the sheet's insert: the entry and the units recusal
        // compares come from the contest's roster in memory; the audit line goes in with others, off the request.
        commands.Count.ShouldBeLessThanOrEqualTo(2, string.Join("\n---\n", commands));
        await _app.FlushAuditAsync(); // the act of judgement is still audited, once
        (await _app.WithScopeAsync(sp => sp.GetRequiredService<Training.Platform.EntityFrameworkCore.PlatformDbContext>().AuditLogs
            .CountAsync(a => a.Method == "PUT" && a.Path == contest.Sheet(contest.FirstEntryId)))).ShouldBe(1);
    }
}

internal static class JudgingAssert
{
    public static async Task RefusedAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        response.StatusCode.ShouldBe(status);
        (await ApiClient.ProblemAsync(response)).GetProperty("code").GetString().ShouldBe(code);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ContestJudgingTests_Sqlite(SqliteAppFixture fixture) : ContestJudgingTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class ContestJudgingTests_PostgreSql(PostgreSqlAppFixture fixture) : ContestJudgingTests(fixture);

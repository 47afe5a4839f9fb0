using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Training.Contests;
using Training.Learning;
using Training.SharedKernel.Events;
using Training.Tests.Infrastructure;

namespace Training.Tests.Contests;

/// <summary>
/// Learning for contests: the written round's exam is offered to the entrants only, their results are read back through
/// Learning, and training hours from outside courses are recorded once however often the event comes.
/// </summary>
public abstract class WrittenRoundTests(ClockedAppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;
    private readonly FakeTimeProvider _clock = fixture.Clock;

    private ContestSteps Steps => new(_app, _clock.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task Should_offer_the_written_round_to_entrants_only_and_read_their_results_back()
    {
        var (organiser, contest) = await Steps.AnnouncedAsync();
        var exam = await Steps.ExamAsync();
        var entry = await Steps.EnterAsync(contest, "S0014");
        var saved = await organiser.PutAsync<ContestDto>($"/api/contests/{contest.Id}/rounds", new SaveRoundsInput(
            [new SaveRoundInput(null, RoundKind.Written, "笔试", 40, exam.Id, null, null)], contest.Version));
        var entrant = await Steps.SignInAsync("S0014");
        var other = await Steps.SignInAsync("S0015");

        var offeredToEntrant = (await entrant.GetAsync<List<MyExamDto>>("/api/learning/my/exams")).Any(e => e.ExamId == exam.Id);
        var offeredToOther = (await other.GetAsync<List<MyExamDto>>("/api/learning/my/exams")).Any(e => e.ExamId == exam.Id);
        var refused = await other.PostRawAsync($"/api/learning/my/exams/{exam.Id}/attempts", null);
        var attempt = await entrant.PostAsync<AttemptDto>($"/api/learning/my/exams/{exam.Id}/attempts", null);
        _clock.Advance(TimeSpan.FromMinutes(3));
        var result = await entrant.PostAsync<AttemptResultDto>($"/api/learning/my/attempts/{attempt.Id}/submit",
            new SaveAnswersInput(attempt.Questions.ToDictionary(q => q.Index, q => (string?)"A")));
        var written = await organiser.GetAsync<List<WrittenResultDto>>($"/api/contests/{contest.Id}/rounds/{saved.Rounds[0].Id}/written-results");

        saved.Rounds.ShouldHaveSingleItem().ExamTitle.ShouldBe(exam.Title);
        offeredToEntrant.ShouldBeTrue();
        offeredToOther.ShouldBeFalse();
        await ContestSteps.ShouldFailAsync(refused, HttpStatusCode.Forbidden, LearningErrorCodes.ExamNotForYou);
        result.Score.ShouldBe(100);
        written.ShouldHaveSingleItem().ShouldSatisfyAllConditions(w => w.EntryId.ShouldBe(entry.Id), w => w.ScorePercent.ShouldBe(100),
            w => w.SubmittedAt!.Value.ShouldBe(result.SubmittedAt, TimeSpan.FromMilliseconds(1)), w => w.Sat.ShouldBe(1));
    }

    [Fact]
    public async Task Should_take_the_exam_away_from_an_entrant_who_withdraws()
    {
        var (organiser, contest) = await Steps.AnnouncedAsync();
        var exam = await Steps.ExamAsync();
        await organiser.PutAsync<ContestDto>($"/api/contests/{contest.Id}/rounds", new SaveRoundsInput(
            [new SaveRoundInput(null, RoundKind.Written, "笔试", 40, exam.Id, null, null)], contest.Version));
        var entry = await Steps.EnterAsync(contest, "S0016");
        var entrant = await Steps.SignInAsync("S0016");
        var before = (await entrant.GetAsync<List<MyExamDto>>("/api/learning/my/exams")).Any(e => e.ExamId == exam.Id);

        await entrant.PostAsync<EntryDto>($"/api/contests/{contest.Id}/entries/{entry.Id}/withdraw", null);

        before.ShouldBeTrue();
        (await entrant.GetAsync<List<MyExamDto>>("/api/learning/my/exams")).ShouldNotContain(e => e.ExamId == exam.Id);
    }

    [Fact]
    public async Task Should_refuse_an_exam_of_another_owner()
    {
        var (organiser, contest) = await Steps.AnnouncedAsync();
        var admin = await Steps.SignInAsync(Demo.Admin);
        var now = _clock.GetUtcNow().UtcDateTime;
        var category = await admin.PostAsync<QuestionCategoryDto>("/api/learning/question-categories", new CreateQuestionCategoryInput($"全市{Random.Shared.Next(100000, 999999)}"));
        var question = await admin.PostAsync<QuestionDto>("/api/learning/questions", new SaveQuestionInput($"Q{Random.Shared.Next(100000, 999999)}", category.Id,
            QuestionType.TrueFalse, Difficulty.Easy, "窗口实行首问负责制。", [], "正确", null, []));
        var cityExam = await admin.PostAsync<ExamDto>("/api/learning/exams", new SaveExamInput("全市考试", null, false, PaperMode.Fixed, [question.Id], 10, null,
            30, now, now.AddHours(1), 1, 60, GradingPolicy.Highest, false, false));

        var response = await organiser.Http.PutAsJsonAsync($"/api/contests/{contest.Id}/rounds", new SaveRoundsInput(
            [new SaveRoundInput(null, RoundKind.Written, "笔试", 40, cityExam.Id, null, null)], contest.Version), ApiClient.Json);

        await ContestSteps.ShouldFailAsync(response, HttpStatusCode.BadRequest, ContestsErrorCodes.ExamOfAnotherOwner);
    }

    [Fact]
    public async Task Should_credit_training_hours_from_a_contest_once_however_often_the_event_comes()
    {
        var staffId = await _app.StaffIdAsync("S0017");
        var on = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        var sourceId = Guid.NewGuid();
        var from = _clock.GetUtcNow().UtcDateTime.AddDays(-2);
        var to = _clock.GetUtcNow().UtcDateTime.AddDays(2);
        var before = await SummaryHoursAsync(staffId, from, to);

        foreach (var _ in Enumerable.Range(0, 3))
            await _app.WithScopeAsync(async sp =>
            {
                await sp.GetRequiredService<IEventHandler<TrainingRecordedEto>>()
                    .HandleAsync(new TrainingRecordedEto(Guid.NewGuid(), staffId, TrainingRecordSource.Contest, sourceId, "窗口技能大赛", 4, on), CancellationToken.None);
                return true;
            });
        var records = await (await Steps.SignInAsync("S0017")).GetAsync<List<TrainingRecordDto>>("/api/learning/my/training-records");

        (await SummaryHoursAsync(staffId, from, to)).ShouldBe(before + 4);
        records.Where(r => r.SourceId == sourceId).ShouldHaveSingleItem()
            .ShouldSatisfyAllConditions(r => r.Source.ShouldBe(TrainingRecordSource.Contest), r => r.Hours.ShouldBe(4), r => r.Title.ShouldBe("窗口技能大赛"));
    }

    private Task<double> SummaryHoursAsync(Guid staffId, DateTime from, DateTime to) =>
        _app.WithScopeAsync(async sp => (await sp.GetRequiredService<ILearningIntegrationService>().GetSummariesAsync([staffId], from, to)).Single().TrainingHours);
}

public sealed class WrittenRoundTests_Sqlite(SqliteClockedAppFixture fixture) : WrittenRoundTests(fixture), IClassFixture<SqliteClockedAppFixture>;

public sealed class WrittenRoundTests_PostgreSql(PostgreSqlClockedAppFixture fixture) : WrittenRoundTests(fixture), IClassFixture<PostgreSqlClockedAppFixture>;

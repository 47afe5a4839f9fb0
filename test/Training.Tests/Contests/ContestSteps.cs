using System.Net;
using Training.Contests;
using Training.Learning;
using Training.Tests.Infrastructure;

namespace Training.Tests.Contests;

/// <summary>
/// The arrangements the contest tests share: a contest of 市政务服务中心 (SZX) organised by its manager, announced with entry
/// open now, and a written-round exam of the same owner. Every call makes new data (the app is shared by a test class).
/// </summary>
internal sealed class ContestSteps(TrainingApp app, DateTime now)
{
    public const string Judge = "S0019"; // 市场监管窗口 of SZX: another unit than the demo staff (综合受理窗口)

    public async Task<ApiClient> SignInAsync(string who)
    {
        var client = app.CreateApiClient();
        await client.LoginAsync(who);
        return client;
    }

    public async Task<(ApiClient Organiser, ContestDto Contest)> AnnouncedAsync(EntryMode mode = EntryMode.Individual, int teamSize = 1,
        DateTime? opensAt = null, DateTime? closesAt = null)
    {
        var organiser = await SignInAsync(Demo.Manager);
        var hall = await app.HallIdAsync("SZX");
        var contest = await organiser.PostAsync<ContestDto>("/api/contests", new SaveContestInput($"窗口技能大赛{Random.Shared.Next(100000, 999999)}",
            "全员参与，以赛代训。", hall, [hall], mode, teamSize, opensAt ?? now.AddHours(-1), closesAt ?? now.AddDays(7), 4, false,
            [new AwardTierDto(AwardTier.First, 1, null), new AwardTierDto(AwardTier.Excellence, null, 50)]));
        var announced = await organiser.PostAsync<AnnounceResultDto>($"/api/contests/{contest.Id}/announce", null);
        announced.Recipients.ShouldBeGreaterThan(0);
        return (organiser, announced.Contest);
    }

    /// <summary>A 2-question exam of SZX (no course), open now: its answers are all "A".</summary>
    public async Task<ExamDto> ExamAsync()
    {
        var admin = await SignInAsync(Demo.Admin);
        var hall = await app.HallIdAsync("SZX");
        var tag = Random.Shared.Next(100000, 999999);
        var category = await admin.PostAsync<QuestionCategoryDto>("/api/learning/question-categories", new CreateQuestionCategoryInput($"大赛{tag}", hall));
        var ids = new List<Guid>();
        for (var i = 0; i < 2; i++)
            ids.Add((await admin.PostAsync<QuestionDto>("/api/learning/questions", new SaveQuestionInput($"C{tag}-{i}", category.Id,
                QuestionType.SingleChoice, Difficulty.Easy, $"第{i + 1}题：窗口工作人员应当坚持（ ）。",
                [new("A", "首问负责"), new("B", "推诿扯皮")], "A", "首问负责制", ["大赛"]))).Id);
        return await admin.PostAsync<ExamDto>("/api/learning/exams", new SaveExamInput($"大赛笔试{tag}", null, false, PaperMode.Fixed, ids, 50, null,
            30, now.AddHours(-1), now.AddHours(5), 1, 60, GradingPolicy.Highest, false, false, hall));
    }

    public async Task<EntryDto> EnterAsync(ContestDto contest, string who) =>
        await (await SignInAsync(who)).PostAsync<EntryDto>($"/api/contests/{contest.Id}/entries/self", null);

    public static async Task ShouldFailAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        response.StatusCode.ShouldBe(status);
        (await ApiClient.ProblemAsync(response)).GetProperty("code").GetString().ShouldBe(code);
    }
}

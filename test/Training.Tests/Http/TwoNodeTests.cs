using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.EntityFrameworkCore;
using Training.Identity;
using Training.Learning;
using Training.Organization;
using Training.Organization.Events;
using Training.Organization.EntityFrameworkCore;
using Training.SharedKernel.Data;
using Training.SharedKernel.Events;
using Training.Tests.Identity;
using Training.Tests.Infrastructure;

namespace Training.Tests.Http;

/// <summary>
/// Two app nodes on one PostgreSQL, as a province runs them: a sign-in cookie from one node works on the other (Data
/// Protection keys in the database), and each outbox event is delivered once although both dispatchers race for it.
/// </summary>
public sealed class TwoNodeTests : IAsyncLifetime
{
    /// <summary>Short sign-in limits, so a block is reached without waiting out delays on the real clock.</summary>
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Identity:Lockout:FreeAttempts"] = "1",
        ["Identity:Lockout:MaxFailedAttempts"] = "2",
    };

    private TrainingApp _nodeA = null!;
    private TrainingApp _nodeB = null!;

    public Task InitializeAsync()
    {
        var database = TestDatabase.Create(DatabaseProvider.PostgreSql);
        _nodeA = new TrainingApp(database, runOutbox: true, configure: s => AddRecorder(s, "A"), settings: Settings);
        _ = _nodeA.Server; // the first node migrates and seeds
        _nodeB = new TrainingApp(database.Borrow(), runOutbox: true, configure: s => AddRecorder(s, "B"), settings: Settings);
        _ = _nodeB.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _nodeB.DisposeAsync();
        await _nodeA.DisposeAsync();
    }

    [Fact]
    public async Task Should_accept_on_one_node_the_cookie_issued_by_the_other()
    {
        var onA = _nodeA.CreateApiClient();
        await onA.LoginAsync(Demo.Admin);
        var onB = OnNodeB(onA);

        var me = await onB.GetAsync<CurrentUserDto>("/api/account/me");
        var department = await onB.PostAsync<DepartmentDto>("/api/organization/departments", new CreateDepartmentInput($"跨节点部门{Guid.NewGuid():N}"[..12]));

        me.UserName.ShouldBe(Demo.Admin);
        department.Id.ShouldNotBe(Guid.Empty);
    }

    [Fact]
    public async Task Should_deliver_each_event_once_with_two_dispatchers_racing()
    {
        var admin = _nodeA.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var adminOnB = OnNodeB(admin);
        var hallId = await _nodeA.HallIdAsync("CGJD");
        var window = (await admin.GetAsync<List<WindowDto>>($"/api/organization/windows?hallId={hallId}")).First();
        var created = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            var client = i % 2 == 0 ? admin : adminOnB; // writes on both nodes, so both dispatchers wake and race
            var person = await client.PostAsync<CreatedStaffDto>("/api/organization/staff",
                new SaveStaffInput($"TN{Random.Shared.Next(100000, 999999)}{i}", $"双节点{i}", null, StaffKind.Own, null, hallId, null));
            await admin.GrantPreJobCertificatesAsync(person.Staff.StaffNumber); // the window-post gate
            await client.PostAsync<StaffDetailDto>($"/api/organization/staff/{person.Staff.Id}/assign", new AssignInput(window.Id, null));
            created.Add(person.Staff.Id);
        }
        var expected = await _nodeA.WithScopeAsync(sp => sp.GetRequiredService<OrganizationDbContext>().Outbox.Select(m => m.Id).ToListAsync());

        await RecordingHandler.WaitForAsync(() => expected.All(RecordingHandler.Deliveries.ContainsKey), TimeSpan.FromSeconds(30));
        await Task.Delay(1000); // a duplicate would arrive within a few polls

        expected.Count.ShouldBeGreaterThan(200); // the demo data's events plus ours
        expected.Select(id => RecordingHandler.Deliveries[id].Count).ShouldAllBe(count => count == 1);
        var pending = await _nodeB.WithScopeAsync(sp => sp.GetRequiredService<OrganizationDbContext>().Outbox.CountAsync(m => m.ProcessedAt == null));
        pending.ShouldBe(0);
    }

    [Fact]
    public async Task Should_apply_on_one_node_a_role_taken_away_on_the_other()
    {
        var admin = _nodeA.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var (person, userId, userName) = await AccountTests.NewHrUserAsync(_nodeA, admin);
        var personOnB = OnNodeB(person);
        (await personOnB.Http.GetAsync("/api/organization/staff")).StatusCode.ShouldBe(HttpStatusCode.OK); // now cached on B

        await admin.PutAsync<UserDto>($"/api/identity/users/{userId}", new UpdateUserInput(userName, [], IsActive: true));

        // B learns of the change through the database within Identity:AccountCacheSeconds (2 s by default).
        var watch = Stopwatch.StartNew();
        HttpStatusCode status;
        while ((status = (await personOnB.Http.GetAsync("/api/organization/staff")).StatusCode) == HttpStatusCode.OK && watch.Elapsed < TimeSpan.FromSeconds(10))
            await Task.Delay(100);
        status.ShouldBe(HttpStatusCode.Forbidden);
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Should_apply_on_one_node_a_lead_removed_on_the_other()
    {
        var admin = _nodeA.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var unit = (await admin.GetAsync<OrganizationTreeDto>("/api/organization/tree")).Halls.Single(h => h.Hall.Code == "GXQ").Units[0];
        var person = await _nodeA.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<OrganizationDbContext>();
            return await db.Staff.Where(s => s.UnitId == unit.Unit.Id && s.UserId != null
                                             && !db.UnitLeads.Any(l => l.StaffId == s.Id) && !db.HallManagers.Any(m => m.StaffId == s.Id))
                .Select(s => s.StaffNumber).FirstAsync();
        });
        var staffId = await _nodeA.StaffIdAsync(person);
        await admin.PutAsync<List<PersonRefDto>>($"/api/organization/units/{unit.Unit.Id}/leads", new SetLeadsInput([.. unit.Leads.Select(l => l.Id), staffId]));
        var lead = _nodeA.CreateApiClient();
        await lead.LoginAsync(person);
        var leadOnB = OnNodeB(lead);
        (await leadOnB.Http.GetAsync("/api/learning/attempts")).StatusCode.ShouldBe(HttpStatusCode.OK); // now cached on B

        await admin.PutAsync<List<PersonRefDto>>($"/api/organization/units/{unit.Unit.Id}/leads", new SetLeadsInput([.. unit.Leads.Select(l => l.Id)]));

        var watch = Stopwatch.StartNew();
        HttpStatusCode status;
        while ((status = (await leadOnB.Http.GetAsync("/api/learning/attempts")).StatusCode) == HttpStatusCode.OK && watch.Elapsed < TimeSpan.FromSeconds(10))
            await Task.Delay(100);
        status.ShouldBe(HttpStatusCode.Forbidden);
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
        (await leadOnB.GetAsync<CurrentUserDto>("/api/account/me")).Roles.ShouldNotContain(Training.SharedKernel.Authorization.RoleNames.WindowLead);
    }

    [Fact]
    public async Task Should_draw_on_one_node_a_question_edited_and_its_exam_saved_on_the_other()
    {
        var admin = _nodeA.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var adminOnB = OnNodeB(admin);
        var tag = Random.Shared.Next(100000, 999999);
        var category = await admin.PostAsync<QuestionCategoryDto>("/api/learning/question-categories", new CreateQuestionCategoryInput($"双节点{tag}"));
        var questions = new List<QuestionDto>();
        for (var i = 0; i < 3; i++)
            questions.Add(await admin.PostAsync<QuestionDto>("/api/learning/questions", new SaveQuestionInput($"N{tag}-{i}", category.Id,
                QuestionType.TrueFalse, Difficulty.Easy, $"双节点第{i + 1}题", null, "对", null, null)));
        var now = DateTime.UtcNow;
        var input = new SaveExamInput($"双节点考试{tag}", null, false, PaperMode.Fixed, questions.Select(q => q.Id).ToList(), 10, null, 30,
            now.AddHours(-1), now.AddHours(2), 2, 60, GradingPolicy.Highest, ShuffleQuestions: false, ShuffleOptions: false);
        var exam = await admin.PostAsync<ExamDto>("/api/learning/exams", input);
        var taker = _nodeA.CreateApiClient();
        await taker.LoginAsync(Demo.Staff);
        var first = await taker.PostAsync<AttemptDto>($"/api/learning/my/exams/{exam.Id}/attempts", null); // node A caches the questions
        (await taker.PostRawAsync($"/api/learning/my/attempts/{first.Id}/submit", null)).EnsureSuccessStatusCode();

        var q = questions[0];
        await adminOnB.PutAsync<QuestionDto>($"/api/learning/questions/{q.Id}",
            new SaveQuestionInput(q.Code, q.CategoryId, q.Type, q.Difficulty, "在另一节点改过的题干", q.Options, q.Answer, q.Explanation, q.Tags));
        await adminOnB.PutAsync<ExamDto>($"/api/learning/exams/{exam.Id}", input);
        var second = await taker.PostAsync<AttemptDto>($"/api/learning/my/exams/{exam.Id}/attempts", null); // on node A, within its cache's 10 s

        first.Questions[0].Stem.ShouldBe("双节点第1题");
        second.Questions[0].Stem.ShouldBe("在另一节点改过的题干");
        second.Questions.Select(x => x.Stem).Skip(1).ShouldBe(["双节点第2题", "双节点第3题"]);
        // each app has its own cache: nothing here is shared through the process
        _nodeA.Services.GetRequiredService<Training.Learning.Application.ExamQuestionCache>()
            .ShouldNotBeSameAs(_nodeB.Services.GetRequiredService<Training.Learning.Application.ExamQuestionCache>());
    }

    [Fact]
    public async Task Should_refuse_on_one_node_a_sign_in_pair_blocked_on_the_other()
    {
        var admin = _nodeA.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var (_, _, userName) = await AccountTests.NewHrUserAsync(_nodeA, admin);
        const string attacker = "198.51.100.77";
        for (var i = 0; i < 2; i++)
            (await SignInThroughProxyAsync(_nodeA, attacker, userName, "Wrong-password-1")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var onB = await SignInThroughProxyAsync(_nodeB, attacker, userName, "newpass123");
        var otherAddressOnB = await SignInThroughProxyAsync(_nodeB, "198.51.100.78", userName, "newpass123");

        onB.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await ApiClient.ProblemAsync(onB)).GetProperty("code").GetString().ShouldBe(IdentityErrorCodes.SignInBlocked);
        otherAddressOnB.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_leave_one_bulletin_per_hall_when_both_nodes_run_the_same_schedule_at_once()
    {
        var kind = Training.Learning.Bulletins.TrainingBulletinKind.Code;
        var start = new TaskCompletionSource();
        Task Run(TrainingApp node) => node.WithScopeAsync(async sp =>
        {
            var job = sp.GetRequiredService<Training.Bulletins.Jobs.BulletinScheduleJob>();
            await start.Task;
            await job.RunAsync(new Training.Bulletins.Jobs.BulletinScheduleArgs(kind), CancellationToken.None);
            return 0;
        });

        var runs = new[] { Run(_nodeA), Run(_nodeB), Run(_nodeA), Run(_nodeB) };
        start.SetResult();
        await Task.WhenAll(runs);

        var bulletins = await _nodeA.WithScopeAsync(sp => sp.GetRequiredService<Training.Bulletins.EntityFrameworkCore.BulletinsDbContext>()
            .Bulletins.Where(b => b.Kind == kind && b.PeriodKind == Training.Bulletins.Kinds.BulletinPeriodKind.Month).ToListAsync());
        var halls = await _nodeA.WithScopeAsync(sp => sp.GetRequiredService<OrganizationDbContext>().Halls.CountAsync(h => h.IsActive));
        bulletins.Count(b => b.HallId != null).ShouldBe(halls); // one per hall for last month, not two or four
        bulletins.Count(b => b.HallId == null).ShouldBe(1);        // and one city-wide
        bulletins.GroupBy(b => b.LiveKey).ShouldAllBe(g => g.Count() == 1);
    }

    private static Task<HttpResponseMessage> SignInThroughProxyAsync(TrainingApp node, string clientAddress, string userName, string password)
    {
        var client = node.CreateApiClient();
        client.Http.DefaultRequestHeaders.Add(TrainingApp.RemoteAddressHeader, TrainingApp.ProxyAddress);
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", clientAddress);
        return client.PostRawAsync("/api/account/login", new LoginInput(userName, password));
    }

    /// <summary>A client of node B that carries the cookies another client got from node A.</summary>
    private ApiClient OnNodeB(ApiClient fromA) => new(_nodeB.CreateDefaultClient(new XsrfHandler(fromA.Cookies),
        new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(fromA.Cookies)), fromA.Cookies);

    private static void AddRecorder(IServiceCollection services, string node)
    {
        services.AddScoped<IEventHandler<StaffMemberCreatedEto>>(_ => new RecordingHandler(node));
        services.AddScoped<IEventHandler<StaffAssignedEto>>(_ => new RecordingHandler(node));
    }
}

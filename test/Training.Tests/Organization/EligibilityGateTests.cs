using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Training.EntityFrameworkCore;
using Training.Organization;
using Training.Tests.Infrastructure;

namespace Training.Tests.Organization;

/// <summary>
/// The window-post gate: Organization asks <see cref="IWindowPostEligibility"/> before every new post and move, and a
/// refusal carries the owner's reason. Here a stand-in owner refuses one person (Learning's real rule: Learning/WindowPostGateTests).
/// </summary>
public sealed class EligibilityGateTests : IAsyncLifetime
{
    private static readonly HashSet<Guid> Refused = [];
    private TrainingApp _app = null!;

    public Task InitializeAsync()
    {
        _app = new TrainingApp(TestDatabase.Create(DatabaseProvider.Sqlite),
            configure: s => s.AddScoped<IWindowPostEligibility, RefuseListed>());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Should_refuse_a_new_post_and_a_move_with_the_owners_reason()
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var staffId = await _app.StaffIdAsync(Demo.Staff);
        var windows = await admin.GetAsync<List<WindowDto>>($"/api/organization/windows?hallId={await _app.HallIdAsync("SZX")}");
        var detail = await admin.GetAsync<StaffDetailDto>($"/api/organization/staff/{staffId}");
        Refused.Add(staffId);

        var move = await admin.PostRawAsync($"/api/organization/staff/{staffId}/assign",
            new AssignInput(windows.First(w => w.Id != detail.Current!.WindowId).Id, null));

        move.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await ApiClient.ProblemAsync(move);
        problem.GetProperty("code").GetString().ShouldBe(OrganizationErrorCodes.NotEligibleForWindow);
        problem.GetProperty("title").GetString()!.ShouldContain("未找到该记录（岗前培训合格证）");
        (await admin.GetAsync<StaffDetailDto>($"/api/organization/staff/{staffId}")).Current!.WindowId.ShouldBe(detail.Current!.WindowId);
    }

    private sealed class RefuseListed : IWindowPostEligibility
    {
        public Task<IReadOnlyDictionary<WindowPostRequest, WindowPostEligibility>> CheckAsync(
            IReadOnlyCollection<WindowPostRequest> requests, DateOnly date, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<WindowPostRequest, WindowPostEligibility>>(requests.ToDictionary(r => r, r =>
                Refused.Contains(r.StaffId) ? new WindowPostEligibility(false, "Common:NotFound", ["岗前培训合格证", r.StaffId]) : WindowPostEligibility.Yes));
    }
}

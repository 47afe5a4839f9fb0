using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Tests.Infrastructure;
using Training.Unresolved;
using Training.Unresolved.Jobs;

namespace Training.Tests.Unresolved;

/// <summary>
/// The daily overdue run on SQLite and PostgreSQL: a transfer not answered by its third working day is flagged the next
/// working day and the receiver's liaison told once; the run again tells nobody.
/// </summary>
public abstract class UnresolvedJobTests(ClockedAppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_tell_the_owners_of_an_overdue_deadline_once_however_often_the_job_runs()
    {
        var staff = await _app.SignInAsync(Demo.Staff);
        var guide = await _app.SignInAsync(UnresolvedTestKit.Guide);
        var taken = await staff.RecordAsync(UnresolvedTestKit.NewCase(await _app.HallIdAsync("SZX"), "任逾期", "13955550101"));
        var classified = await guide.PostAsync<UnresolvedCaseDetailDto>($"/api/unresolved/cases/{taken.Case.Id}/classify",
            new ClassifyCaseInput(taken.Case.Version, CaseCategory.NotStationed, null));
        var transferred = await guide.PostAsync<UnresolvedCaseDetailDto>($"/api/unresolved/cases/{taken.Case.Id}/transfer",
            new TransferCaseInput(classified.Case.Version, (await guide.ReceiverAsync(UnresolvedTestKit.Housing)).Id, null));
        var due = transferred.Transfers.Single().DueOn;
        var liaisonUser = await _app.WithUnresolvedAsync(db => db.ReceiverLiaisons.Where(l => l.UserName == UnresolvedTestKit.Liaison)
            .Select(l => l.UserId).FirstAsync());
        var before = await _app.NoticesAsync(liaisonUser, "Unresolved.DeadlineOverdue");

        fixture.Clock.SetUtcNow(new DateTimeOffset(due.AddDays(3).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var first = await _app.WithScopeAsync(sp => sp.GetRequiredService<OverdueDeadlinesJob>().RunAsync(CancellationToken.None));
        var second = await _app.WithScopeAsync(sp => sp.GetRequiredService<OverdueDeadlinesJob>().RunAsync(CancellationToken.None));

        first.ShouldBeGreaterThanOrEqualTo(1);
        second.ShouldBe(0);
        (await _app.NoticesAsync(liaisonUser, "Unresolved.DeadlineOverdue")).ShouldBe(before + 1);
        (await _app.AnyNoticeContainsAsync("13955550101")).ShouldBeFalse();
        (await _app.AnyNoticeContainsAsync("任逾期")).ShouldBeFalse();
        var flagged = await _app.WithUnresolvedAsync(db => db.CaseDeadlines
            .Where(d => d.CaseId == taken.Case.Id && d.Kind == DeadlineKind.ReceiverAnswer).Select(d => d.OverdueNotifiedOn).SingleAsync());
        flagged.ShouldNotBeNull();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class UnresolvedJobTests_Sqlite(SqliteClockedAppFixture fixture)
    : UnresolvedJobTests(fixture), IClassFixture<SqliteClockedAppFixture>;

[Collection(PostgreSqlCollection.Name)]
public sealed class UnresolvedJobTests_PostgreSql(PostgreSqlClockedAppFixture fixture)
    : UnresolvedJobTests(fixture), IClassFixture<PostgreSqlClockedAppFixture>;

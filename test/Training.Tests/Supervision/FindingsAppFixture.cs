using Microsoft.Extensions.DependencyInjection;
using Training.EntityFrameworkCore;
using Training.Supervision.EntityFrameworkCore;
using Training.Tests.Infrastructure;

namespace Training.Tests.Supervision;

/// <summary>
/// An app for inspections and findings whose clock stands on Wednesday 2026-09-30 10:00 in Shanghai, the day before the
/// National Day holiday (10-01 … 10-07) and its make-up Saturday 10-10: only the deadline test moves it, forward.
/// </summary>
public abstract class FindingsAppFixture() : ClockedAppFixture(new DateTimeOffset(2026, 9, 30, 2, 0, 0, TimeSpan.Zero));

public sealed class SqliteFindingsAppFixture : FindingsAppFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgreSqlFindingsAppFixture : FindingsAppFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}

public static class SupervisionTestApp
{
    public const string Inspector = "S0012"; // 督查员 of 市政务服务中心 (SZX)

    public static async Task<T> WithSupervisionAsync<T>(this TrainingApp app, Func<SupervisionDbContext, Task<T>> action) =>
        await app.WithScopeAsync(async sp => await action(sp.GetRequiredService<SupervisionDbContext>()));
}

using Training.EntityFrameworkCore;
using Training.Learning;
using Training.Platform;

namespace Training.Tests.Infrastructure;

/// <summary>
/// One app with demo data per provider, shared by the test classes of a collection (they run one at a time). Its clock is
/// the real one, so its learners read lessons without a minimum reading time (the setting at 0); the rule itself is
/// tested on an app whose clock the test moves (<see cref="ClockedAppFixture"/>).
/// </summary>
public abstract class AppFixture : IAsyncLifetime
{
    public TrainingApp App { get; private set; } = null!;

    public abstract DatabaseProvider Provider { get; }

    public async Task InitializeAsync()
    {
        App = new TrainingApp(TestDatabase.Create(Provider));
        _ = App.Server; // starts the host: migrates and seeds
        var admin = App.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        await admin.PutAsync<SettingDto>($"/api/platform/settings/{LearningSettings.LessonMinimumReadingSeconds}", new UpdateSettingInput("0", null));
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

public sealed class SqliteAppFixture : AppFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgreSqlAppFixture : AppFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteAppFixture>
{
    public const string Name = "sqlite";
}

[CollectionDefinition(Name)]
public sealed class PostgreSqlCollection : ICollectionFixture<PostgreSqlAppFixture>
{
    public const string Name = "postgresql";
}

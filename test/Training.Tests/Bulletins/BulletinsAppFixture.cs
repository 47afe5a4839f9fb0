using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Training.Bulletins;
using Training.Bulletins.EntityFrameworkCore;
using Training.Bulletins.Jobs;
using Training.EntityFrameworkCore;
using Training.Platform.Application;
using Training.SharedKernel.Files;
using Training.Tests.Infrastructure;

namespace Training.Tests.Bulletins;

/// <summary>
/// An app whose demo data was made on 23 November 2026 (so November has training to report) and whose clock then stands
/// on 2 December; its file storage can be told to "crash" (as a process killed) while storing a generated file.
/// </summary>
public abstract class BulletinsAppFixture : IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));

    public CrashSwitch Crash { get; } = new();

    public TrainingApp App { get; private set; } = null!;

    public abstract DatabaseProvider Provider { get; }

    public Task InitializeAsync()
    {
        App = new TrainingApp(TestDatabase.Create(Provider), configure: s =>
        {
            s.AddSingleton<TimeProvider>(Clock);
            s.AddSingleton(Crash);
            s.AddScoped<IFileStorage>(sp => new CrashingFileStorage(ActivatorUtilities.CreateInstance<DatabaseFileStorage>(sp), sp.GetRequiredService<CrashSwitch>()));
        });
        _ = App.Server;
        Clock.SetUtcNow(new DateTimeOffset(2026, 12, 2, 2, 0, 0, TimeSpan.Zero)); // 10:00 in Shanghai
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    /// <summary>Runs the render job of every bulletin still rendering, as the Hangfire server would (the tests run none).</summary>
    public async Task RenderPendingAsync()
    {
        var pending = await App.WithScopeAsync(async sp => await sp.GetRequiredService<BulletinsDbContext>().Bulletins
            .Where(b => b.State == BulletinState.Rendering).Select(b => new RenderBulletinArgs(b.Id, b.Version)).ToListAsync());
        foreach (var args in pending)
            await App.WithScopeAsync(async sp =>
            {
                await sp.GetRequiredService<RenderBulletinJob>().RunAsync(args, CancellationToken.None);
                return 0;
            });
    }
}

public sealed class SqliteBulletinsAppFixture : BulletinsAppFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgreSqlBulletinsAppFixture : BulletinsAppFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}

/// <summary>Armed, the next generated file "kills the process" after it was rendered and written, before the commit.</summary>
public sealed class CrashSwitch
{
    private int _armed;

    public void ArmOnce() => Interlocked.Exchange(ref _armed, 1);

    public bool Fire() => Interlocked.Exchange(ref _armed, 0) == 1;
}

/// <summary>Stands for the process dying: nothing catches it on the way out, as nothing runs after a kill.</summary>
public sealed class SimulatedCrashException() : Exception("simulated crash");

internal sealed class CrashingFileStorage(IFileStorage inner, CrashSwitch crash) : IFileStorage
{
    public Task<StoredFile> SaveAsync(FileUpload upload, CancellationToken cancellationToken = default) => inner.SaveAsync(upload, cancellationToken);

    public async Task<StoredFile> SaveGeneratedAsync(GeneratedFile file, Stream content, CancellationToken cancellationToken = default)
    {
        var stored = await inner.SaveGeneratedAsync(file, content, cancellationToken);
        if (crash.Fire()) throw new SimulatedCrashException();
        return stored;
    }

    public Task<FileContent?> OpenAsync(Guid id, CancellationToken cancellationToken = default) => inner.OpenAsync(id, cancellationToken);

    public Task DeleteAsync(Guid id, CancellationToken cancellationToken = default) => inner.DeleteAsync(id, cancellationToken);
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Training.SharedKernel.Data;

namespace Training.EntityFrameworkCore;

/// <summary>Applies the provider's migrations, then runs every module's seeder in order.</summary>
public sealed class DatabaseMigrator(
    TrainingMigrationsDbContext db, IServiceScopeFactory scopes, IOptions<DatabaseOptions> options, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite()) PrepareSqliteFile();
        await RefuseUnknownHistoryAsync(cancellationToken);
        // MigrateAsync creates the history table itself; asking for pending migrations first would log an error on a new database.
        await db.Database.MigrateAsync(cancellationToken);
        logger.LogInformation("Database at migration {Migration}", db.Database.GetMigrations().LastOrDefault());
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken); // readers do not block the writer
    }

    public async Task SeedAsync(bool demo, CancellationToken cancellationToken = default)
    {
        var seedOptions = new SeedOptions(demo, options.Value.AdminPassword is { Length: > 0 } p ? p : null, options.Value.DemoPassword,
            options.Value.DemoAdminPassword);
        await using var scope = scopes.CreateAsyncScope();
        foreach (var seeder in scope.ServiceProvider.GetServices<IDataSeeder>().OrderBy(s => s.Order))
            await seeder.SeedAsync(seedOptions, cancellationToken);
    }

    /// <summary>
    /// A database whose history names migrations this build does not have was made before the history was squashed
    /// (README, Migrations): say so, instead of failing on the first CREATE TABLE of the new Initial migration.
    /// </summary>
    private async Task RefuseUnknownHistoryAsync(CancellationToken cancellationToken)
    {
        var history = db.GetService<IHistoryRepository>();
        if (!await history.ExistsAsync(cancellationToken)) return;
        var unknown = (await history.GetAppliedMigrationsAsync(cancellationToken)).Select(m => m.MigrationId)
            .Except(db.Database.GetMigrations()).ToList();
        if (unknown.Count > 0)
            throw new InvalidOperationException(
                $"The database has {unknown.Count} migration(s) this build does not know (e.g. {unknown[0]}): it was made by a build " +
                "before the migration history was squashed (README, Migrations). Recreate it; for the embedded demo, delete App_Data/training.db.");
    }

    private void PrepareSqliteFile()
    {
        var source = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var directory = Path.GetDirectoryName(Path.GetFullPath(source));
        if (!string.IsNullOrEmpty(directory) && source != ":memory:") Directory.CreateDirectory(directory);
    }
}

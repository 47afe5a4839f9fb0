using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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
        // MigrateAsync creates the history table itself; asking for pending migrations first would log an error on a new database.
        await db.Database.MigrateAsync(cancellationToken);
        logger.LogInformation("Database at migration {Migration}", db.Database.GetMigrations().LastOrDefault());
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken); // readers do not block the writer
    }

    public async Task SeedAsync(bool demo, CancellationToken cancellationToken = default)
    {
        var seedOptions = new SeedOptions(demo, options.Value.AdminPassword is { Length: > 0 } p ? p : null, options.Value.DemoPassword);
        await using var scope = scopes.CreateAsyncScope();
        foreach (var seeder in scope.ServiceProvider.GetServices<IDataSeeder>().OrderBy(s => s.Order))
            await seeder.SeedAsync(seedOptions, cancellationToken);
    }

    private void PrepareSqliteFile()
    {
        var source = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var directory = Path.GetDirectoryName(Path.GetFullPath(source));
        if (!string.IsNullOrEmpty(directory) && source != ":memory:") Directory.CreateDirectory(directory);
    }
}

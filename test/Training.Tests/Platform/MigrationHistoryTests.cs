using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Training.EntityFrameworkCore;
using Training.Tests.Infrastructure;

namespace Training.Tests.Platform;

/// <summary>A database made before the migration history was squashed is refused with a message, not a failed CREATE TABLE.</summary>
public sealed class MigrationHistoryTests
{
    [Fact]
    public async Task Should_refuse_a_database_whose_history_names_migrations_this_build_does_not_know()
    {
        await using var database = new SqliteTestDatabase();
        var options = new DbContextOptionsBuilder<TrainingMigrationsDbContext>();
        DatabaseServiceCollectionExtensions.ConfigureMigrations(options, DatabaseProvider.Sqlite, database.ConnectionString);
        await using (var db = new TrainingMigrationsDbContext(options.Options))
        {
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TABLE \"__EFMigrationsHistory\" (\"MigrationId\" TEXT PRIMARY KEY, \"ProductVersion\" TEXT NOT NULL);" +
                "INSERT INTO \"__EFMigrationsHistory\" VALUES ('20261123125631_Initial', '10.0.0');");
            var migrator = new DatabaseMigrator(db, new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(),
                Options.Create(new DatabaseOptions()), NullLogger<DatabaseMigrator>.Instance);

            var refused = await Should.ThrowAsync<InvalidOperationException>(() => migrator.MigrateAsync());

            refused.Message.ShouldContain("20261123125631_Initial");
            refused.Message.ShouldContain("squashed");
        }
    }
}

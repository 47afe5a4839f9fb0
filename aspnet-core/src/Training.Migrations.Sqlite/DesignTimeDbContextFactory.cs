using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Training.EntityFrameworkCore;

namespace Training.Migrations.Sqlite;

/// <summary>Used by dotnet-ef only; no database is contacted when adding a migration.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<TrainingMigrationsDbContext>
{
    public TrainingMigrationsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TrainingMigrationsDbContext>();
        DatabaseServiceCollectionExtensions.ConfigureMigrations(options, DatabaseProvider.Sqlite, "Data Source=design-time.db");
        return new TrainingMigrationsDbContext(options.Options);
    }
}

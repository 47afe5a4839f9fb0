using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Training.EntityFrameworkCore;

namespace Training.Migrations.PostgreSql;

/// <summary>Used by dotnet-ef only; no database is contacted when adding a migration.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<TrainingMigrationsDbContext>
{
    public TrainingMigrationsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TrainingMigrationsDbContext>();
        DatabaseServiceCollectionExtensions.ConfigureMigrations(options, DatabaseProvider.PostgreSql, "Host=127.0.0.1;Database=training_design;Username=postgres");
        return new TrainingMigrationsDbContext(options.Options);
    }
}

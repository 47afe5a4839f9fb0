namespace Training.EntityFrameworkCore;

public enum DatabaseProvider { Sqlite, PostgreSql }

/// <summary>Section <c>Database</c>: which provider, and whether to migrate and seed on start.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Applies pending migrations and runs the seeders when the host starts.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>Adds the demo halls, people and accounts on an empty database.</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>Password for the first admin account; if empty, demo uses the demo admin password, production a one-time one.</summary>
    public string? AdminPassword { get; set; }

    public string DemoPassword { get; set; } = SharedKernel.Data.SeedOptions.DefaultDemoPassword;

    public string DemoAdminPassword { get; set; } = SharedKernel.Data.SeedOptions.DefaultDemoAdminPassword;

    public static string MigrationsAssembly(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => "Training.Migrations.PostgreSql",
        _ => "Training.Migrations.Sqlite",
    };
}

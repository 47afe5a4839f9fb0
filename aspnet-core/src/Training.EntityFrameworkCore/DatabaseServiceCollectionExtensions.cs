using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Training.SharedKernel.Data;

namespace Training.EntityFrameworkCore;

public static class DatabaseServiceCollectionExtensions
{
    public const string DefaultSqliteConnection = "Data Source=App_Data/training.db";

    /// <summary>SQLite by default (a file), PostgreSQL when <c>Database:Provider</c> says so.</summary>
    public static IServiceCollection AddTrainingDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DatabaseOptions>(configuration.GetSection("Database"));
        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = configuration.GetConnectionString("Default") ?? DefaultSqliteConnection;
        var connections = new ConnectionFactory(provider, connectionString);
        services.AddSingleton<IDbConnectionFactory>(connections);
        services.AddSingleton<IModuleDbContextConfigurer>(new ModuleConfigurer(provider));
        services.AddDbContext<TrainingMigrationsDbContext>(options => ConfigureMigrations(options, provider, connectionString));
        services.AddScoped<DatabaseMigrator>();
        if (provider == DatabaseProvider.Sqlite)
            services.AddHostedService(sp => new SqliteCheckpointer(connections.SqliteConnectionString!, connections,
                TimeSpan.FromSeconds(configuration.GetValue("Database:SqliteCheckpointSeconds", 2.0)),
                sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<SqliteCheckpointer>>()));
        return services;
    }

    public static void ConfigureMigrations(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        var assembly = DatabaseOptions.MigrationsAssembly(provider);
        if (provider == DatabaseProvider.PostgreSql) options.UseNpgsql(connectionString, o => o.MigrationsAssembly(assembly));
        else options.UseSqlite(connectionString, o => o.MigrationsAssembly(assembly));
    }

    private sealed class ConnectionFactory : IDbConnectionFactory
    {
        private readonly DatabaseProvider _provider;
        private readonly string _connectionString;
        private readonly NpgsqlDataSource? _dataSource;

        public WriteGate? WriteGate { get; }

        /// <summary>The SQLite connection string with the defaults applied (null with PostgreSQL).</summary>
        public string? SqliteConnectionString => _provider == DatabaseProvider.Sqlite ? _connectionString : null;

        public ConnectionFactory(DatabaseProvider provider, string connectionString)
        {
            WriteGate = provider == DatabaseProvider.Sqlite ? new WriteGate() : null;
            _provider = provider;
            _connectionString = provider == DatabaseProvider.Sqlite ? WithSqliteDefaults(connectionString) : connectionString;
            if (provider == DatabaseProvider.PostgreSql) _dataSource = NpgsqlDataSource.Create(connectionString);
        }

        public DbConnection Create()
        {
            if (_provider == DatabaseProvider.PostgreSql) return _dataSource!.CreateConnection();
            var connection = new SqliteConnection(_connectionString);
            connection.StateChange += SetSqliteSynchronousMode;
            // Opened once for the whole unit of work: EF leaves a connection it did not open alone, so a request's
            // queries do not each take it from the pool and give it back (a lock and the PRAGMA above every time).
            connection.Open();
            return connection;
        }

        /// <summary>SQLite's connections (under the pool's wrappers) that have had their settings, forgotten with them.</summary>
        private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> SetUp = new();

        /// <summary>
        /// With WAL, synchronous=NORMAL is SQLite's recommended mode: no corruption, and at worst the last commits
        /// before a power cut are lost; FULL (the default) waits for the disk on every commit. It is per connection, as
        /// is the automatic checkpoint, turned off here because <see cref="SqliteCheckpointer"/> does it off the request path.
        /// Both are set once, when SQLite opens the connection: the pool then lends it to request after request (every
        /// request opens one), and each would otherwise prepare and run the PRAGMAs again.
        /// </summary>
        private static void SetSqliteSynchronousMode(object sender, System.Data.StateChangeEventArgs e)
        {
            if (e.CurrentState != System.Data.ConnectionState.Open) return;
            var connection = (SqliteConnection)sender;
            var handle = connection.Handle!;
            if (SetUp.TryGetValue(handle, out _)) return;
            using (var command = connection.CreateCommand())
            {
                command.CommandText = "PRAGMA synchronous=NORMAL;" + SqliteCheckpointer.DisableAutoCheckpoint;
                command.ExecuteNonQuery();
            }
            SetUp.AddOrUpdate(handle, SetUp);
        }

        /// <summary>Pooled connections; writers of this process queue at the <see cref="WriteGate"/>, not in SQLite's busy loop.</summary>
        private static string WithSqliteDefaults(string connectionString)
        {
            var builder = new SqliteConnectionStringBuilder(connectionString);
            builder.Pooling = true;
            return builder.ToString();
        }
    }

    private sealed class ModuleConfigurer(DatabaseProvider provider) : IModuleDbContextConfigurer
    {
        private readonly WriteTurnInterceptor _writeTurns = new();

        public void Configure(DbContextOptionsBuilder options)
        {
            if (provider == DatabaseProvider.PostgreSql) options.UseNpgsql();
            else options.UseSqlite().AddInterceptors(_writeTurns);
            // A context lives in one request and is never shared between threads; the checks cost time on every query.
            options.EnableThreadSafetyChecks(false);
        }
    }
}

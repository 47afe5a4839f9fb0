using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Training.DbMigrator;
using Training.EntityFrameworkCore;
using Training.HttpApi.Host;

// Applies the migrations of the configured provider and runs the seeders, then exits.
//   dotnet run --project aspnet-core/src/Training.DbMigrator -- [--demo]
// Or checks the audit log's hash chain (read-only; exit code 0 intact, 1 broken, 2 rows left unsealed, 3 not checked):
//   dotnet run --project aspnet-core/src/Training.DbMigrator -- audit-check [--unsealed-minutes 1]
// Same configuration as the host: Database:Provider, ConnectionStrings:Default, Database:AdminPassword.
var auditCheck = AuditCheckCommand.TryParse(args, out var options);
var demo = args.Contains("--demo");
// Its own appsettings.json (quiet logging) beside the executable; relative SQLite paths stay relative to the caller.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = auditCheck ? options.RemainingArgs : args.Where(a => a != "--demo").ToArray(),
    ContentRootPath = AppContext.BaseDirectory,
});
builder.Configuration["Hangfire:Server"] = "false";
builder.Configuration["Outbox:Enabled"] = "false";
builder.AddTrainingHost();
await using var app = builder.Build();
if (auditCheck) return await AuditCheckCommand.RunAsync(app.Services, options, Console.Out);

await using var scope = app.Services.CreateAsyncScope();
var migrator = scope.ServiceProvider.GetRequiredService<DatabaseMigrator>();
await migrator.MigrateAsync();
await migrator.SeedAsync(demo);
Console.WriteLine(demo ? "Database migrated and seeded with demo data." : "Database migrated and seeded.");
return 0;

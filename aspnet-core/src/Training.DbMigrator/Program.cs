using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Training.EntityFrameworkCore;
using Training.HttpApi.Host;

// Applies the migrations of the configured provider and runs the seeders, then exits.
//   dotnet run --project aspnet-core/src/Training.DbMigrator -- [--demo]
// Same configuration as the host: Database:Provider, ConnectionStrings:Default, Database:AdminPassword.
var demo = args.Contains("--demo");
// Its own appsettings.json (quiet logging) beside the executable; relative SQLite paths stay relative to the caller.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args.Where(a => a != "--demo").ToArray(),
    ContentRootPath = AppContext.BaseDirectory,
});
builder.Configuration["Hangfire:Server"] = "false";
builder.Configuration["Outbox:Enabled"] = "false";
builder.AddTrainingHost();
await using var app = builder.Build();
await using var scope = app.Services.CreateAsyncScope();
var migrator = scope.ServiceProvider.GetRequiredService<DatabaseMigrator>();
await migrator.MigrateAsync();
await migrator.SeedAsync(demo);
Console.WriteLine(demo ? "Database migrated and seeded with demo data." : "Database migrated and seeded.");

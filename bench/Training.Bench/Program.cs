using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Bench;
using Training.EntityFrameworkCore;
using Training.HttpApi.Host;
using Training.Identity.EntityFrameworkCore;

// dotnet Training.Bench.dll generate <sqlite file> [halls=100] [staff=40000]
// Migrates a new SQLite database, seeds the admin (password Bench@2026, no forced change) and writes the province:
// halls, units, windows, departments and staff with current window assignments.
if (args.Length < 2 || args[0] != "generate")
{
    Console.Error.WriteLine("usage: Training.Bench generate <sqlite file> [halls] [staff]");
    return 2;
}
var file = Path.GetFullPath(args[1]);
var halls = args.Length > 2 ? int.Parse(args[2]) : 100;
var staff = args.Length > 3 ? int.Parse(args[3]) : 40_000;

var builder = WebApplication.CreateBuilder();
builder.Configuration["Database:Provider"] = "Sqlite";
builder.Configuration["ConnectionStrings:Default"] = $"Data Source={file}";
builder.Configuration["Database:AdminPassword"] = ProvinceGenerator.AdminPassword;
builder.Configuration["Hangfire:Server"] = "false";
builder.Configuration["Serilog:MinimumLevel:Default"] = "Warning";
builder.AddTrainingHost();
builder.Services.Configure<Training.SharedKernel.Data.OutboxOptions>(o => o.Enabled = false);
await using var app = builder.Build();

await using (var scope = app.Services.CreateAsyncScope())
{
    var migrator = scope.ServiceProvider.GetRequiredService<DatabaseMigrator>();
    await migrator.MigrateAsync();
    await migrator.SeedAsync(demo: false);
    await scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>().Users
        .ExecuteUpdateAsync(s => s.SetProperty(u => u.MustChangePassword, false));
}
var started = DateTime.UtcNow;
await new ProvinceGenerator(app.Services).GenerateAsync(halls, staff);
Console.WriteLine($"Generated {halls} halls and {staff} staff in {(DateTime.UtcNow - started).TotalSeconds:F1} s into {file}");
return 0;

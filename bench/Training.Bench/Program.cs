using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Bench;
using Training.EntityFrameworkCore;
using Training.HttpApi.Host;
using Training.Identity.EntityFrameworkCore;

// dotnet Training.Bench.dll generate <sqlite file> [halls=100] [staff=40000]
// dotnet Training.Bench.dll generate-exam <sqlite file> [takers=2000] [questions=50]
// dotnet Training.Bench.dll exam-submit <base url> [takers=2000] [seconds=60]
// dotnet Training.Bench.dll punch-import <new sqlite file> [halls=1] [staff=1000] [days=250] [clocks per hall=4]
//   a city's year of fingerprint punches imported and its daily results computed (province: 100 40000; see AttendanceGenerator)
// dotnet Training.Bench.dll generate-ratings <sqlite file> [halls=10] [staff=900] [months=0] [pads=8]
//   a city (or, with 100 40000, a province) with the ratings catalogue, pads in the first hall (their keys and the hall's
//   window codes in <file>.pads.json) and, with months > 0, that many months of ratings, cases and service records
// dotnet Training.Bench.dll generate-supervision <sqlite file> [halls=10] [staff=900]
//   a city (or, with 100 40000, a province) with a year of supervision: 2,000 findings and 500 ledger items a hall (a city:
//   20,000 and 5,000), and the first hall's manager and a unit lead for the bench (<file>.supervision.json)
// dotnet Training.Bench.dll generate-contest <sqlite file> [entrants=500] [judges=40] [criteria=4] [judges per entrant=8]
//   a contest at its open judged round, the judges' plan and the viewers' accounts in <file>.contest.json (see ContestGenerator)
// dotnet Training.Bench.dll contest-judging <base url> <contest json> [viewers=200]
// dotnet Training.Bench.dll rating-ingest <base url> <pads json> [seconds=30]
// dotnet Training.Bench.dll bulletin-pdf <output directory> [rows=40000]
//   a province's ranking table rendered through Training.Documents, 40 rows a page, beside raw SkiaSharp (no database)
// Migrates a new SQLite database, seeds the admin (password Bench@2026-admin, no forced change) and writes the province:
// halls, units, windows, departments and staff with current window assignments.
if (args.Length >= 2 && args[0] == "bulletin-pdf")
    return BulletinPdfBench.Run(args[1], args.Length > 2 ? int.Parse(args[2]) : 40_000);
if (args.Length >= 2 && args[0] == "exam-submit")
    return await ExamSubmitDriver.RunAsync(args[1], args.Length > 2 ? int.Parse(args[2]) : 2000, args.Length > 3 ? int.Parse(args[3]) : 60);
if (args.Length >= 3 && args[0] == "contest-judging")
    return await ContestJudgingDriver.RunAsync(args[1], args[2], args.Length > 3 ? int.Parse(args[3]) : 200);
if (args.Length >= 3 && args[0] == "rating-ingest")
{
    var pads = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(args[2])).RootElement;
    return await RatingIngestDriver.RunAsync(args[1], pads.GetProperty("secrets").EnumerateArray().Select(e => e.GetString()!).ToList(),
        pads.GetProperty("windows").EnumerateArray().Select(e => e.GetString()!).ToList(), args.Length > 3 ? int.Parse(args[3]) : 30);
}
if (args.Length < 2 || args[0] is not ("generate" or "generate-exam" or "punch-import" or "generate-ratings" or "generate-supervision" or "generate-contest"))
{
    Console.Error.WriteLine("usage: Training.Bench generate|generate-exam|punch-import <sqlite file> [count] [count] [days] [clocks] | exam-submit <url> [takers] [seconds] | bulletin-pdf <directory> [rows]");
    return 2;
}
var file = Path.GetFullPath(args[1]);
var punches = args[0] == "punch-import";
var ratings = args[0] == "generate-ratings";
var supervision = args[0] == "generate-supervision";
var halls = args.Length > 2 ? int.Parse(args[2]) : args[0] == "generate-exam" ? 2000 : punches ? 1 : ratings || supervision ? 10 : 100;   // or takers
var staff = args.Length > 3 ? int.Parse(args[3]) : args[0] == "generate-exam" ? 50 : punches ? 1000 : ratings || supervision ? 900 : 40_000;  // or questions

var builder = WebApplication.CreateBuilder();
builder.Configuration["Database:Provider"] = "Sqlite";
builder.Configuration["ConnectionStrings:Default"] = $"Data Source={file}";
builder.Configuration["Database:AdminPassword"] = ProvinceGenerator.AdminPassword;
builder.Configuration["Hangfire:Server"] = "false";
builder.Configuration["Serilog:MinimumLevel:Default"] = "Warning";
// Bench accounts are hashed with 10,000 PBKDF2 iterations (the bench host runs with the same setting), so that
// signing in thousands of takers before timing starts takes seconds, not minutes.
builder.Configuration["Identity:PasswordHasher:IterationCount"] = "10000";
builder.AddTrainingHost();
builder.Services.Configure<Training.SharedKernel.Data.OutboxOptions>(o => o.Enabled = false);
if (punches) PunchImportBench.TimeResults(builder.Services);
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
if (punches)
    return await PunchImportBench.RunAsync(app.Services, Path.Combine(Path.GetDirectoryName(file)!, "punch-files"), halls, staff,
        args.Length > 4 ? int.Parse(args[4]) : 250, args.Length > 5 ? int.Parse(args[5]) : 4);
if (args[0] == "generate-contest")
{
    int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index]) : fallback;
    await new ContestGenerator(app.Services).GenerateAsync(file, Arg(2, 500), Arg(3, 40), Arg(4, 4), Arg(5, 8));
    Console.WriteLine($"Generated a contest of {Arg(2, 500)} entrants and {Arg(3, 40)} judges in {(DateTime.UtcNow - started).TotalSeconds:F1} s into {file}");
    return 0;
}
if (args[0] == "generate-exam")
{
    await new ExamGenerator(app.Services).GenerateAsync(halls, staff);
    Console.WriteLine($"Generated {halls} takers and {staff} questions in {(DateTime.UtcNow - started).TotalSeconds:F1} s into {file}");
    return 0;
}
await new ProvinceGenerator(app.Services).GenerateAsync(halls, staff);
Console.WriteLine($"Generated {halls} halls and {staff} staff in {(DateTime.UtcNow - started).TotalSeconds:F1} s into {file}");
if (supervision)
{
    var year = DateTime.UtcNow;
    var (findings, items) = await new SupervisionGenerator(app.Services).GenerateAsync(file, halls * 2000, halls * 500);
    Console.WriteLine($"Generated {findings} findings and {items} ledger items of a year in {(DateTime.UtcNow - year).TotalSeconds:F1} s");
}
if (ratings)
{
    var generator = new RatingsGenerator(app.Services);
    var (secrets, windows) = await generator.PrepareAsync(args.Length > 5 ? int.Parse(args[5]) : 8);
    await File.WriteAllTextAsync(file + ".pads.json", System.Text.Json.JsonSerializer.Serialize(new { secrets, windows }));
    var months = args.Length > 4 ? int.Parse(args[4]) : 0;
    if (months > 0)
    {
        var history = DateTime.UtcNow;
        var (rated, cases, records) = await generator.HistoryAsync(months);
        Console.WriteLine($"Generated {rated} ratings ({cases} cases) and {records} service records of {months} months in {(DateTime.UtcNow - history).TotalSeconds:F1} s");
    }
}
return 0;

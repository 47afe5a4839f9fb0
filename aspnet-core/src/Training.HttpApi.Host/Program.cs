using Training.HttpApi.Host;

var builder = WebApplication.CreateBuilder(args);
builder.AddTrainingHost();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseTrainingPipeline();
app.MapTrainingEndpoints();
app.Run();

/// <summary>Entry point; public so WebApplicationFactory can start the real host in tests.</summary>
public partial class Program;

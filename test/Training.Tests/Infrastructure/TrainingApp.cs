using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Training.SharedKernel.Data;

namespace Training.Tests.Infrastructure;

/// <summary>
/// The real host (real authentication, real database) on a test database with demo data. Password hashing is cheaper
/// and the login, password-change and anonymous-audit rate limits higher than in production, so the suite can sign in hundreds of times.
/// Every app of the process encrypts its Data Protection keys with one test certificate (<see cref="TestCertificate"/>),
/// as the nodes of one database must. <paramref name="settings"/> override the test settings.
/// </summary>
public sealed class TrainingApp(
    TestDatabase database, bool runOutbox = false, Action<IServiceCollection>? configure = null,
    IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    public const string DemoPassword = SeedOptions.DefaultDemoPassword;
    public const string DemoAdminPassword = SeedOptions.DefaultDemoAdminPassword;

    /// <summary>The address of a reverse proxy the test host is configured to trust (TEST-NET-1).</summary>
    public const string ProxyAddress = "192.0.2.10";

    /// <summary>
    /// A request header (test host only) giving the connection's remote address, which TestServer leaves empty;
    /// without it a request comes from 127.0.0.1, as from a browser on the same machine.
    /// </summary>
    public const string RemoteAddressHeader = "X-Test-Remote-Address";

    public TestDatabase Database { get; } = database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Default", Database.ConnectionString);
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Identity:PasswordHasher:IterationCount", "1000");
        builder.UseSetting("Identity:LoginRateLimitPerMinute", "100000");
        builder.UseSetting("Identity:ChangePasswordRateLimitPerMinute", "100000");
        builder.UseSetting("Audit:AnonymousRateLimitPerMinute", "100000");
        builder.UseSetting("DataProtection:CertificatePath", TestCertificate.Path);
        builder.UseSetting("DataProtection:CertificatePassword", TestCertificate.Password);
        builder.UseSetting("Hangfire:Server", "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("ForwardedHeaders:KnownProxies", ProxyAddress);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter, RemoteAddressStartupFilter>();
            services.Configure<OutboxOptions>(o =>
            {
                o.Enabled = runOutbox;
                o.PollInterval = TimeSpan.FromMilliseconds(200);
            });
            configure?.Invoke(services);
        });
    }

    /// <summary>A client with its own cookie jar that sends the XSRF token on unsafe requests, like the Angular app.</summary>
    public ApiClient CreateApiClient() => CreateApiClient(this);

    /// <summary>The same for a variant of the app (<c>WithWebHostBuilder</c>).</summary>
    public static ApiClient CreateApiClient(WebApplicationFactory<Program> app)
    {
        var cookies = new System.Net.CookieContainer();
        var http = app.CreateDefaultClient(new XsrfHandler(cookies), new CookieContainerHandler(cookies));
        return new ApiClient(http, cookies);
    }

    /// <summary>Waits until the audit lines of the requests answered so far are in the table (written in batches, off the request).</summary>
    public Task FlushAuditAsync() => Services.GetRequiredService<Training.SharedKernel.Auditing.AuditTrail>().FlushAsync();

    /// <summary>Runs code against the app's services in a fresh scope (no HTTP user).</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }
}

/// <summary>
/// Gives each test request a remote address, as Kestrel does for a real connection, before the host's pipeline (so
/// before the forwarded-headers middleware): the <see cref="TrainingApp.RemoteAddressHeader"/> value, or 127.0.0.1.
/// </summary>
internal sealed class RemoteAddressStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            var header = context.Request.Headers[TrainingApp.RemoteAddressHeader].ToString();
            context.Connection.RemoteIpAddress = header.Length > 0 ? System.Net.IPAddress.Parse(header) : System.Net.IPAddress.Loopback;
            context.Request.Headers.Remove(TrainingApp.RemoteAddressHeader);
            return nextMiddleware(context);
        });
        next(app);
    };
}

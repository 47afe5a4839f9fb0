using System.Net;
using Training.Platform;
using Training.SharedKernel.Http;
using Training.SharedKernel.Paging;
using Training.Tests.Infrastructure;

namespace Training.Tests.Http;

/// <summary>
/// Behind a reverse proxy (a forwarding hop: the test host trusts <see cref="TrainingApp.ProxyAddress"/>): the client's
/// address reaches the audit log and its own rate-limit bucket, HTTPS at the proxy makes the cookies Secure and adds
/// HSTS, and the same headers from an address that is not a configured proxy count for nothing. The security headers
/// are on every kind of response.
/// </summary>
public abstract class ProxyAndHeaderTests(AppFixture fixture)
{
    private const string Stranger = "203.0.113.9"; // TEST-NET-3: not a configured proxy
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_record_the_forwarded_client_address_only_from_a_configured_proxy()
    {
        var viaProxy = await SignedInAsync(TrainingApp.ProxyAddress, "198.51.100.23");
        var direct = await SignedInAsync(Stranger, "198.51.100.24");
        var proxiedPath = $"/api/platform/notifications/{Guid.NewGuid()}/read";
        var directPath = $"/api/platform/notifications/{Guid.NewGuid()}/read";

        (await viaProxy.PostRawAsync(proxiedPath, null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await direct.PostRawAsync(directPath, null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        (await admin.GetAsync<PagedResult<AuditLogDto>>($"/api/platform/audit-logs?path={proxiedPath}")).Items.Single().ClientIp.ShouldBe("198.51.100.23");
        (await admin.GetAsync<PagedResult<AuditLogDto>>($"/api/platform/audit-logs?path={directPath}")).Items.Single().ClientIp.ShouldBe(Stranger);
    }

    [Fact]
    public async Task Should_give_each_forwarded_client_its_own_rate_limit_bucket()
    {
        // The public certificate check allows 30 look-ups a minute per client address.
        var first = Anonymous(TrainingApp.ProxyAddress, "198.51.100.31");
        var second = Anonymous(TrainingApp.ProxyAddress, "198.51.100.32");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 30; i++) statuses.Add((await first.GetAsync("/api/public/certificates/AAAA-BBBB-CCCC")).StatusCode);

        var firstAgain = await first.GetAsync("/api/public/certificates/AAAA-BBBB-CCCC");
        var secondFirst = await second.GetAsync("/api/public/certificates/AAAA-BBBB-CCCC");

        statuses.ShouldNotContain(HttpStatusCode.TooManyRequests);
        firstAgain.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        secondFirst.StatusCode.ShouldNotBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Should_mark_the_cookies_secure_when_the_proxy_received_https()
    {
        var https = await SignInCookiesAsync(TrainingApp.ProxyAddress, "https");
        var spoofed = await SignInCookiesAsync(Stranger, "https");
        var plain = await SignInCookiesAsync(TrainingApp.ProxyAddress, null);

        string[] names = [AntiforgeryMiddleware.CookieName, ".Training.Antiforgery", ".Training.Auth"];
        foreach (var cookies in new[] { https, spoofed, plain }) names.ShouldBeSubsetOf(cookies.Keys);
        https.ShouldAllBe(c => IsSecure(c.Value));
        spoofed.ShouldAllBe(c => !IsSecure(c.Value));
        plain.ShouldAllBe(c => !IsSecure(c.Value));
    }

    [Fact]
    public async Task Should_send_the_security_headers_on_the_web_app_an_api_answer_a_problem_and_a_download()
    {
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);
        var anonymous = _app.CreateApiClient().Http;

        var root = await anonymous.GetAsync("/");
        var clientRoute = await anonymous.GetAsync("/organization/staff");
        var api = await admin.Http.GetAsync("/api/account/me");
        var problem = await anonymous.GetAsync("/api/organization/staff");
        var download = await admin.Http.GetAsync("/api/organization/staff/import/template");

        problem.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        foreach (var (name, response) in new[] { ("/", root), ("SPA route", clientRoute), ("API", api), ("problem", problem), ("download", download) })
        {
            Header(response, "Content-Security-Policy").ShouldBe(SecurityHeadersMiddleware.ContentSecurityPolicy, name);
            Header(response, "X-Content-Type-Options").ShouldBe("nosniff", name);
            Header(response, "X-Frame-Options").ShouldBe("DENY", name);
            Header(response, "Referrer-Policy").ShouldBe("strict-origin-when-cross-origin", name);
            Header(response, "Strict-Transport-Security").ShouldBeNull(name); // plain HTTP: no HSTS
        }
        var csp = SecurityHeadersMiddleware.ContentSecurityPolicy;
        csp.ShouldContain("script-src 'self';");
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldContain("worker-src 'self'");
        csp.ShouldContain("object-src 'none'");
    }

    [Fact]
    public async Task Should_send_hsts_only_when_the_request_was_https()
    {
        var viaHttpsProxy = Anonymous(TrainingApp.ProxyAddress, "198.51.100.40", "https");
        var spoofed = Anonymous(Stranger, "198.51.100.41", "https");

        var https = await viaHttpsProxy.GetAsync("/health/live");
        var httpsApi = await viaHttpsProxy.GetAsync("/api/account/me");
        var notHttps = await spoofed.GetAsync("/health/live");

        Header(https, "Strict-Transport-Security").ShouldBe(SecurityHeadersMiddleware.StrictTransportSecurity);
        Header(httpsApi, "Strict-Transport-Security").ShouldBe(SecurityHeadersMiddleware.StrictTransportSecurity);
        Header(notHttps, "Strict-Transport-Security").ShouldBeNull();
        Header(notHttps, "X-Content-Type-Options").ShouldBe("nosniff");
    }

    [Fact]
    public async Task Should_loosen_the_policy_for_the_api_reference_on_its_path_only()
    {
        var client = _app.CreateApiClient().Http;

        var scalar = await client.GetAsync("/scalar/v1");
        var app = await client.GetAsync("/organization/staff");

        scalar.StatusCode.ShouldBe(HttpStatusCode.OK);
        Header(scalar, "Content-Security-Policy").ShouldBe(SecurityHeadersMiddleware.ScalarContentSecurityPolicy);
        Header(app, "Content-Security-Policy")!.ShouldNotContain("script-src 'self' 'unsafe-inline'");
    }

    private HttpClient Anonymous(string remoteAddress, string? forwardedFor, string? forwardedProto = null)
    {
        var http = _app.CreateDefaultClient();
        AddHop(http, remoteAddress, forwardedFor, forwardedProto);
        return http;
    }

    private async Task<ApiClient> SignedInAsync(string remoteAddress, string forwardedFor)
    {
        var client = _app.CreateApiClient();
        await client.LoginAsync(Demo.Staff);
        AddHop(client.Http, remoteAddress, forwardedFor, null);
        return client;
    }

    private static void AddHop(HttpClient http, string remoteAddress, string? forwardedFor, string? forwardedProto)
    {
        http.DefaultRequestHeaders.Add(TrainingApp.RemoteAddressHeader, remoteAddress);
        if (forwardedFor is not null) http.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        if (forwardedProto is not null) http.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);
    }

    /// <summary>Fetches the XSRF token and signs in over one hop; returns each Set-Cookie line by cookie name.</summary>
    private async Task<Dictionary<string, string>> SignInCookiesAsync(string remoteAddress, string? forwardedProto)
    {
        var http = Anonymous(remoteAddress, "198.51.100.50", forwardedProto);
        var cookies = new Dictionary<string, string>();
        var prime = await http.GetAsync("/api/account/antiforgery");
        Collect(prime, cookies);
        using var login = new HttpRequestMessage(HttpMethod.Post, "/api/account/login")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new Training.Identity.LoginInput(Demo.Staff, TrainingApp.DemoPassword), options: ApiClient.Json),
        };
        login.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => c.Value.Split(';')[0])));
        login.Headers.Add(AntiforgeryMiddleware.HeaderName, Value(cookies[AntiforgeryMiddleware.CookieName]));
        var signedIn = await http.SendAsync(login);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.OK, await signedIn.Content.ReadAsStringAsync());
        Collect(signedIn, cookies);
        return cookies;
    }

    private static void Collect(HttpResponseMessage response, Dictionary<string, string> cookies)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var lines)) return;
        foreach (var line in lines) cookies[line[..line.IndexOf('=', StringComparison.Ordinal)]] = line;
    }

    private static string Value(string setCookie)
    {
        var pair = setCookie.Split(';')[0];
        return pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..];
    }

    private static bool IsSecure(string setCookie) =>
        setCookie.Split(';').Skip(1).Any(a => a.Trim().Equals("secure", StringComparison.OrdinalIgnoreCase));

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;
}

[Collection(SqliteCollection.Name)]
public sealed class ProxyAndHeaderTests_Sqlite(SqliteAppFixture fixture) : ProxyAndHeaderTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class ProxyAndHeaderTests_PostgreSql(PostgreSqlAppFixture fixture) : ProxyAndHeaderTests(fixture);

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Training.Identity;

namespace Training.Tests.Infrastructure;

/// <summary>An HTTP client signed in (or not) as one user, with JSON helpers that keep the response for assertions.</summary>
public sealed class ApiClient(HttpClient http, CookieContainer cookies)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public HttpClient Http { get; } = http;

    public CookieContainer Cookies { get; } = cookies;

    /// <param name="password">By default the demo password (the demo administrator's for <see cref="Demo.Admin"/>).</param>
    public async Task<CurrentUserDto> LoginAsync(string userName, string? password = null)
    {
        password ??= userName == Demo.Admin ? TrainingApp.DemoAdminPassword : TrainingApp.DemoPassword;
        var response = await Http.PostAsJsonAsync("/api/account/login", new LoginInput(userName, password), Json);
        await EnsureSuccessAsync(response);
        return (await response.Content.ReadFromJsonAsync<CurrentUserDto>(Json))!;
    }

    public async Task<T> GetAsync<T>(string url)
    {
        var response = await Http.GetAsync(url);
        await EnsureSuccessAsync(response);
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    public async Task<T> PostAsync<T>(string url, object? body)
    {
        var response = await Http.PostAsJsonAsync(url, body, Json);
        await EnsureSuccessAsync(response);
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    public async Task<T> PutAsync<T>(string url, object? body)
    {
        var response = await Http.PutAsJsonAsync(url, body, Json);
        await EnsureSuccessAsync(response);
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    public Task<HttpResponseMessage> PostRawAsync(string url, object? body) => Http.PostAsJsonAsync(url, body, Json);

    public async Task<T> PostMultipartAsync<T>(string url, MultipartFormDataContent content)
    {
        var response = await Http.PostAsync(url, content);
        await EnsureSuccessAsync(response);
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response)
    {
        if (response.IsSuccessStatusCode) return;
        var body = await response.Content.ReadAsStringAsync();
        throw new HttpRequestException($"{(int)response.StatusCode} {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {body}");
    }
}

/// <summary>Echoes the XSRF-TOKEN cookie in X-XSRF-TOKEN on unsafe requests, fetching it first when there is none yet.</summary>
public sealed class XsrfHandler(CookieContainer cookies) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method != HttpMethod.Get && request.Method != HttpMethod.Head && !request.Headers.Contains("X-Device-Key")
            && !request.Headers.Contains("X-Skip-Xsrf"))
        {
            var token = Token(request.RequestUri!);
            if (token is null)
            {
                using var prime = new HttpRequestMessage(HttpMethod.Get, new Uri(request.RequestUri!, "/api/account/antiforgery"));
                (await base.SendAsync(prime, cancellationToken)).Dispose();
                token = Token(request.RequestUri!);
            }
            request.Headers.Remove("X-XSRF-TOKEN");
            request.Headers.Add("X-XSRF-TOKEN", token);
        }
        request.Headers.Remove("X-Skip-Xsrf");
        return await base.SendAsync(request, cancellationToken);
    }

    private string? Token(Uri uri) => cookies.GetCookies(new Uri(uri, "/"))["XSRF-TOKEN"]?.Value;
}

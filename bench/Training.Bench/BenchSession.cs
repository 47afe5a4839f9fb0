using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Training.Bench;

/// <summary>One signed-in browser: its cookies and XSRF token, sent by hand so thousands share one connection pool.</summary>
internal sealed class BenchSession
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly Dictionary<string, string> _cookies = new();

    /// <summary>The value at or above a share <paramref name="p"/> of the sorted values (0 when there are none).</summary>
    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    /// <summary>A long response (an event stream): returned as soon as its headers arrive.</summary>
    public async Task<HttpResponseMessage> OpenAsync(HttpClient http, string url, CancellationToken cancellationToken)
    {
        var response = await SendRawAsync(http, HttpMethod.Get, url, null, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        return response.IsSuccessStatusCode ? response : throw new HttpRequestException($"{(int)response.StatusCode} GET {url}");
    }

    public static async Task<BenchSession> SignInAsync(HttpClient http, string userName)
    {
        var session = new BenchSession();
        await session.SendRawAsync(http, HttpMethod.Get, "/api/account/antiforgery", null);
        var response = await session.SendRawAsync(http, HttpMethod.Post, "/api/account/login", new { userName, password = ProvinceGenerator.AdminPassword });
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"sign-in of {userName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return session;
    }

    public async Task<T?> SendAsync<T>(HttpClient http, HttpMethod method, string url, object? body)
    {
        var response = await SendRawAsync(http, method, url, body);
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"{(int)response.StatusCode} {method} {url}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<T>(Json);
    }

    private async Task<HttpResponseMessage> SendRawAsync(HttpClient http, HttpMethod method, string url, object? body,
        HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = JsonContent.Create(body, options: Json);
        if (_cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        if (_cookies.TryGetValue("XSRF-TOKEN", out var xsrf)) request.Headers.Add("X-XSRF-TOKEN", xsrf);
        var response = await http.SendAsync(request, completion, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            foreach (var cookie in setCookies)
            {
                var pair = cookie.Split(';')[0];
                var eq = pair.IndexOf('=');
                _cookies[pair[..eq]] = pair[(eq + 1)..];
            }
        return response;
    }
}

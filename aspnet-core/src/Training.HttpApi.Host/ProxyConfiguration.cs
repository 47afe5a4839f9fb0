using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Training.HttpApi.Host;

/// <summary>
/// Behind a reverse proxy (etc/deploy/nginx.conf) the connection comes from the proxy: the client's address and
/// scheme arrive in <c>X-Forwarded-For</c> / <c>X-Forwarded-Proto</c>. They are honoured only from the proxies the
/// configuration names, so a client talking to the node directly cannot claim another address (its own rate-limit
/// bucket, someone else's address in the audit log) or HTTPS.
/// </summary>
/// <remarks>
/// Settings (section <c>ForwardedHeaders</c>):
/// <list type="bullet">
/// <item><c>KnownProxies</c>: proxy addresses (<c>10.0.0.11</c>), a list or one string separated by commas;</item>
/// <item><c>KnownNetworks</c>: proxy networks in CIDR form (<c>10.0.0.0/24</c>), the same way;</item>
/// <item><c>ForwardLimit</c> (1): how many proxies in a row to unwrap. One: nginx sets the rightmost
/// <c>X-Forwarded-For</c> entry itself, whatever the client sent before it.</item>
/// </list>
/// Loopback (127.0.0.0/8, ::1) is always trusted: nginx on the same machine, the documented set-up. With no proxy
/// configured, a node reached directly from other machines ignores the headers.
/// </remarks>
public static class ProxyConfiguration
{
    public const string Section = "ForwardedHeaders";

    public static IServiceCollection AddTrainingForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var proxies = Entries(section.GetSection("KnownProxies")).Select(value => IPAddress.TryParse(value, out var address)
            ? address
            : throw new InvalidOperationException($"{Section}:KnownProxies: '{value}' is not an IP address.")).ToList();
        var networks = Entries(section.GetSection("KnownNetworks")).Select(value => System.Net.IPNetwork.TryParse(value, out var network)
            ? network
            : throw new InvalidOperationException($"{Section}:KnownNetworks: '{value}' is not a network in CIDR form (10.0.0.0/24).")).ToList();
        var limit = section.GetValue("ForwardLimit", 1);
        if (limit < 1) throw new InvalidOperationException($"{Section}:ForwardLimit must be 1 or more.");

        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = limit;
            // The defaults (127.0.0.0/8 and ::1) stay; the configured ones are added (an IPv4 proxy also matches its
            // IPv6-mapped form, as a dual-stack socket reports it).
            foreach (var proxy in proxies) o.KnownProxies.Add(proxy);
            foreach (var network in networks) o.KnownIPNetworks.Add(network);
        });
        return services;
    }

    /// <summary>A list (<c>KnownProxies:0</c>, <c>KnownProxies:1</c> …) or one value separated by commas, semicolons or spaces.</summary>
    private static IEnumerable<string> Entries(IConfigurationSection section)
    {
        var values = section.Value is { } single ? [single] : section.GetChildren().Select(c => c.Value ?? "");
        return values.SelectMany(v => v.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}

using System.Text.RegularExpressions;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Training.HttpApi.Host.WebApp;

/// <summary>
/// Serves the Angular app from wwwroot: precompressed files (NAME.br / NAME.gz, made by angular/scripts/compress.mjs
/// in etc/build-web.sh) chosen by the request's Accept-Encoding, with <c>Vary: Accept-Encoding</c>; a year's immutable
/// cache for the files whose names carry Angular's content hash, <c>no-cache</c> (revalidate by ETag) for index.html,
/// the SPA fallback and anything else.
/// </summary>
/// <remarks>
/// Not <c>MapStaticAssets</c>: it serves what the .NET build found in wwwroot (its endpoints manifest is written by
/// <c>dotnet build</c>/<c>publish</c>), but our wwwroot is filled by etc/build-web.sh after, and independently of,
/// the .NET build, so the manifest would be empty or describe an older app. Angular already fingerprints its file
/// names and the build step already compresses, so all that is left at run time is picking a sibling and setting
/// headers: a small middleware in front of the ordinary static file middleware. No compression per request, and
/// none for API responses (dynamic compression of responses with secrets invites BREACH-style attacks).
/// </remarks>
public static partial class WebAppFiles
{
    private const string NegotiatedKey = "Training.WebApp.Encoding";
    private const string ImmutableCache = "public, max-age=31536000, immutable";
    private const string Revalidate = "no-cache";

    /// <summary>Encodings in order of preference, with the suffix of their precompressed sibling.</summary>
    private static readonly (string Encoding, string Suffix)[] Encodings = [("br", ".br"), ("gzip", ".gz")];

    /// <summary>Angular's output names with a content hash: main-ABCD1234.js, chunk-….js, styles-….css, media/…-ABCD1234.woff2.</summary>
    [GeneratedRegex(@"-[A-Z0-9]{8}\.[a-z0-9]+$")]
    private static partial Regex HashedName();

    /// <summary>The web app's files (not under /api): default document, precompressed siblings, cache headers.</summary>
    public static IApplicationBuilder UseWebAppFiles(this IApplicationBuilder app)
    {
        var files = app.ApplicationServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider;
        var options = StaticFileOptions(files);
        return app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api"), web => web
            .UseDefaultFiles(new DefaultFilesOptions { FileProvider = files })
            .Use(next => context => PickEncoding(context, next, files))
            .UseStaticFiles(options));
    }

    /// <summary>
    /// Client-side routes get index.html (like <c>MapFallbackToFile</c>, which builds the same small pipeline), here
    /// compressed and with <c>no-cache</c>, so a new deployment's index.html is picked up on the next visit.
    /// </summary>
    public static IEndpointConventionBuilder MapWebAppFallback(this IEndpointRouteBuilder endpoints, string pattern)
    {
        var files = endpoints.ServiceProvider.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider;
        var app = endpoints.CreateApplicationBuilder();
        app.Use(next => context =>
        {
            context.Request.Path = "/index.html";
            context.SetEndpoint(null); // the static file middleware serves only requests without an endpoint
            return PickEncoding(context, next, files);
        });
        app.UseStaticFiles(StaticFileOptions(files));
        return endpoints.MapFallback(pattern, app.Build());
    }

    private static StaticFileOptions StaticFileOptions(IFileProvider files) => new()
    {
        FileProvider = files,
        ContentTypeProvider = new PrecompressedContentTypes(),
        OnPrepareResponse = PrepareResponse,
    };

    /// <summary>Rewrites the path to NAME.br or NAME.gz when the client accepts it and the sibling exists.</summary>
    private static Task PickEncoding(HttpContext context, RequestDelegate next, IFileProvider files)
    {
        var request = context.Request;
        var path = request.Path.Value;
        if (string.IsNullOrEmpty(path) || path.EndsWith('/') || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
            return next(context);
        if (IsSibling(path))
        {
            // The siblings are served only in place of their file, with their Content-Encoding.
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        var available = Encodings.Where(e => files.GetFileInfo(path + e.Suffix).Exists).ToList();
        if (available.Count == 0) return next(context);

        var accepted = request.GetTypedHeaders().AcceptEncoding;
        (string Encoding, string Suffix)? best = null;
        double bestQuality = 0;
        foreach (var candidate in available)
        {
            var quality = Quality(accepted, candidate.Encoding);
            if (quality > bestQuality) { best = candidate; bestQuality = quality; }
        }
        context.Items[NegotiatedKey] = best?.Encoding ?? "identity";
        if (best is { } chosen) request.Path = path + chosen.Suffix;
        return next(context);
    }

    /// <summary>The quality the client gives an encoding: its own entry, else "*", else 0 (not acceptable).</summary>
    private static double Quality(IList<StringWithQualityHeaderValue> accepted, string encoding)
    {
        double? star = null;
        foreach (var value in accepted)
        {
            if (StringSegment.Equals(value.Value, encoding, StringComparison.OrdinalIgnoreCase)) return value.Quality ?? 1;
            if (value.Value == "*") star = value.Quality ?? 1;
        }
        return star ?? 0;
    }

    private static void PrepareResponse(StaticFileResponseContext file)
    {
        var context = file.Context;
        var headers = context.Response.Headers;
        if (context.Items.TryGetValue(NegotiatedKey, out var negotiated))
        {
            headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
            if (negotiated is string encoding && encoding != "identity") headers.ContentEncoding = encoding;
        }
        var name = Uncompressed(file.File.Name);
        headers.CacheControl = HashedName().IsMatch(name) ? ImmutableCache : Revalidate;
    }

    private static bool IsSibling(string path) => Encodings.Any(e => path.EndsWith(e.Suffix, StringComparison.OrdinalIgnoreCase));

    private static string Uncompressed(string name)
    {
        foreach (var (_, suffix) in Encodings)
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) return name[..^suffix.Length];
        return name;
    }

    /// <summary>NAME.js.br has the content type of NAME.js.</summary>
    private sealed class PrecompressedContentTypes : IContentTypeProvider
    {
        private readonly FileExtensionContentTypeProvider inner = new();

        public bool TryGetContentType(string subpath, out string contentType) =>
            inner.TryGetContentType(Uncompressed(subpath), out contentType!);
    }
}

using Microsoft.AspNetCore.Diagnostics;
using Training.SharedKernel.Http;

namespace Training.HttpApi.Host;

/// <summary>Bodiless API errors (401, 403, 404, 405, 429) become problem details with a stable code.</summary>
internal static class ProblemStatusCodePages
{
    public static async Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        if (!http.Request.Path.StartsWithSegments("/api") || http.Response.HasStarted) return;
        var problems = http.RequestServices.GetRequiredService<ProblemFactory>();
        var status = http.Response.StatusCode;
        await ProblemFactory.WriteAsync(http, problems.Create(http, status, ProblemFactory.CodeForStatus(status), http.Request.Path.Value));
    }
}

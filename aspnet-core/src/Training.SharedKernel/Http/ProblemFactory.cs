using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Training.SharedKernel.Errors;

namespace Training.SharedKernel.Http;

/// <summary>Builds every error response the same way: RFC 9457 with a stable <c>code</c> and a localized title.</summary>
public sealed class ProblemFactory(ErrorLocalizer localizer)
{
    public ProblemDetails Create(HttpContext context, int status, string code, params object?[] args)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Type = "/errors/" + code.Replace(':', '/'),
            Title = localizer.Localize(code, args),
            Instance = context.Request.Path,
        };
        problem.Extensions["code"] = code;
        problem.Extensions["traceId"] = Activity.Current?.Id ?? context.TraceIdentifier;
        return problem;
    }

    /// <summary>A problem for an error of a kind; its status comes from <see cref="ErrorKindStatus"/>.</summary>
    public ProblemDetails Create(HttpContext context, ErrorKind kind, string code, params object?[] args) =>
        Create(context, ErrorKindStatus.Of(kind), code, args);

    public ProblemDetails FromException(HttpContext context, BusinessException exception)
    {
        var problem = Create(context, exception.Kind, exception.Code, exception.Args);
        if (exception.FieldErrors is { Count: > 0 } fields) problem.Extensions["errors"] = fields;
        if (exception.RowErrors is { Count: > 0 } rows) problem.Extensions["rows"] = rows;
        return problem;
    }

    /// <summary>
    /// Writes a problem as the response (status, body, and the code for the audit log), for middleware that answers
    /// before an endpoint runs.
    /// </summary>
    public static Task WriteAsync(HttpContext context, ProblemDetails problem, CancellationToken cancellationToken = default)
    {
        context.Items[ProblemExceptionHandler.ProblemCodeItem] = problem.Extensions["code"];
        context.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancellationToken);
    }

    /// <summary>Writes an error of a kind as the response.</summary>
    public Task WriteAsync(HttpContext context, ErrorKind kind, string code, params object?[] args) =>
        WriteAsync(context, Create(context, kind, code, args), context.RequestAborted);

    public static string CodeForStatus(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => CommonErrorCodes.Unauthorized,
        StatusCodes.Status403Forbidden => CommonErrorCodes.Forbidden,
        StatusCodes.Status404NotFound => CommonErrorCodes.NotFound,
        StatusCodes.Status405MethodNotAllowed => CommonErrorCodes.MethodNotAllowed,
        StatusCodes.Status409Conflict => CommonErrorCodes.Conflict,
        StatusCodes.Status429TooManyRequests => CommonErrorCodes.TooManyRequests,
        StatusCodes.Status400BadRequest => CommonErrorCodes.Validation,
        _ => CommonErrorCodes.Internal,
    };
}

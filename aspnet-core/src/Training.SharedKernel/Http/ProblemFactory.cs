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

    public ProblemDetails FromException(HttpContext context, BusinessException exception)
    {
        var problem = Create(context, exception.Status, exception.Code, exception.Args);
        if (exception.FieldErrors is { Count: > 0 } fields) problem.Extensions["errors"] = fields;
        if (exception.RowErrors is { Count: > 0 } rows) problem.Extensions["rows"] = rows;
        return problem;
    }

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

using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Training.SharedKernel.Errors;

namespace Training.SharedKernel.Http;

/// <summary>Every exception leaves as problem details; unexpected ones are logged and say only "internal error".</summary>
public sealed class ProblemExceptionHandler(ProblemFactory problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BusinessException business => problems.FromException(context, business),
            DbUpdateConcurrencyException => problems.Create(context, 409, CommonErrorCodes.Conflict),
            BadHttpRequestException bad => problems.Create(context, bad.StatusCode, CommonErrorCodes.InvalidFormat, bad.Message),
            _ => null,
        };
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
            problem = problems.Create(context, 500, CommonErrorCodes.Internal, context.TraceIdentifier);
        }
        context.Items[ProblemCodeItem] = problem.Extensions["code"];
        context.Response.StatusCode = problem.Status ?? 500;
        await context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancellationToken);
        return true;
    }

    /// <summary>HttpContext item holding the error code of the response, for the audit log.</summary>
    public const string ProblemCodeItem = "Training.ProblemCode";
}

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
            DbUpdateConcurrencyException => problems.Create(context, ErrorKind.Conflict, CommonErrorCodes.Conflict),
            BadHttpRequestException bad => problems.Create(context, bad.StatusCode, CommonErrorCodes.InvalidFormat, bad.Message),
            _ => null,
        };
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
            problem = problems.Create(context, StatusCodes.Status500InternalServerError, CommonErrorCodes.Internal, context.TraceIdentifier);
        }
        if (exception is BusinessException { RetryAfter: { } retryAfter }) RateLimitExtensions.SetRetryAfter(context.Response, retryAfter);
        await ProblemFactory.WriteAsync(context, problem, cancellationToken);
        return true;
    }

    /// <summary>HttpContext item holding the error code of the response, for the audit log.</summary>
    public const string ProblemCodeItem = "Training.ProblemCode";
}

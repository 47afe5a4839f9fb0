namespace Training.SharedKernel.Errors;

/// <summary>
/// A rule was broken. Carries a stable code (<c>Organization:00003</c>) and arguments; the HTTP layer turns it into an
/// RFC 9457 problem in the caller's language. The message is looked up from the catalogs, never built here.
/// </summary>
public class BusinessException : Exception
{
    public BusinessException(string code, params object?[] args)
        : base(code)
    {
        Code = code;
        Args = args;
    }

    public string Code { get; }

    public object?[] Args { get; }

    /// <summary>What kind of error this is (a broken rule unless said otherwise); the HTTP layer maps it to a status.</summary>
    public ErrorKind Kind { get; init; } = ErrorKind.Invalid;

    /// <summary>Field errors (camelCase field → messages), for forms.</summary>
    public IReadOnlyDictionary<string, string[]>? FieldErrors { get; init; }

    /// <summary>Row errors, for imported files.</summary>
    public IReadOnlyList<RowError>? RowErrors { get; init; }

    /// <summary>When the same request may succeed again (a throttled sign-in); the HTTP layer sends it as <c>Retry-After</c>.</summary>
    public TimeSpan? RetryAfter { get; init; }
}

/// <summary>The record does not exist or is outside the caller's scope: both answer 404 so ids cannot be probed.</summary>
public sealed class EntityNotFoundException : BusinessException
{
    public EntityNotFoundException(string entity, object? id)
        : base(CommonErrorCodes.NotFound, entity, id) => Kind = ErrorKind.NotFound;
}

/// <summary>One problem in one row of an imported file (row numbers as a spreadsheet shows them, header = 1).</summary>
public sealed record RowError(string Sheet, int Row, string Column, string Code, string Message);

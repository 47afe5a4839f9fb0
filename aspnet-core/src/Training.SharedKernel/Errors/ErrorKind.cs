namespace Training.SharedKernel.Errors;

/// <summary>
/// What kind of error a <see cref="BusinessException"/> is. Domain and application code say the kind; only the HTTP layer
/// (<c>Training.SharedKernel.Http.ErrorKindStatus</c>) knows which status each kind answers with.
/// </summary>
public enum ErrorKind
{
    /// <summary>The request breaks a rule or a field is not valid (400).</summary>
    Invalid,

    /// <summary>The caller is not signed in, or the credentials are wrong (401).</summary>
    Unauthenticated,

    /// <summary>The caller may not do this (403).</summary>
    Forbidden,

    /// <summary>The record does not exist or lies outside the caller's scope (404).</summary>
    NotFound,

    /// <summary>The request contradicts the current state: a taken code, a closed attempt, a changed version (409).</summary>
    Conflict,

    /// <summary>The upload is larger than allowed (413).</summary>
    TooLarge,

    /// <summary>The upload's type is not one of those allowed (415).</summary>
    UnsupportedType,

    /// <summary>The file was read but its content is rejected: an import with row errors, too many rows (422).</summary>
    InvalidFileContent,

    /// <summary>Too many requests in a short time (429).</summary>
    TooManyRequests,
}

namespace Training.HttpApi.Host.OpenApi;

/// <summary>The problem responses (components/responses) the operations refer to, by status.</summary>
internal static class ProblemResponses
{
    public const string BadRequest = "BadRequest";
    public const string Unauthorized = "Unauthorized";
    public const string Forbidden = "Forbidden";
    public const string NotFound = "NotFound";
    public const string Conflict = "Conflict";
    public const string PayloadTooLarge = "PayloadTooLarge";
    public const string UnsupportedMediaType = "UnsupportedMediaType";
    public const string UnprocessableContent = "UnprocessableContent";
    public const string TooManyRequests = "TooManyRequests";
    public const string InternalError = "InternalError";

    public sealed record Response(int Status, string Description);

    public static IReadOnlyDictionary<string, Response> All { get; } = new Dictionary<string, Response>
    {
        [BadRequest] = new(400, "Not valid: a field (`errors` names each, `Common:Validation`), a value's format, or an unsafe request without the antiforgery header (`Common:Antiforgery`)."),
        [Unauthorized] = new(401, "Not signed in, or the session has ended (`Common:Unauthorized`)."),
        [Forbidden] = new(403, "Signed in without the permission this needs (`Common:Forbidden`), or held at the password change."),
        [NotFound] = new(404, "No such record, or one outside the caller's scope: the two are answered alike."),
        [Conflict] = new(409, "A business rule refuses it, or someone changed the record meanwhile (`Common:Conflict`)."),
        [PayloadTooLarge] = new(413, "The file is larger than `Platform.Files.MaxUploadMegabytes`, or than the unpacked-size limit of imports."),
        [UnsupportedMediaType] = new(415, "The file's content is not of an allowed type (checked by content, not by name)."),
        [UnprocessableContent] = new(422, "The file was read but cannot be used: `rows` lists every bad row, and nothing was written."),
        [TooManyRequests] = new(429, "Too many requests from this client address a minute (`Common:TooManyRequests`); try again later."),
        [InternalError] = new(500, "An unexpected error; `traceId` names it in the server's log (`Common:Internal`)."),
    };
}

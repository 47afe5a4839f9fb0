using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Training.SharedKernel.Http;

namespace Training.HttpApi.Host.OpenApi;

/// <summary>
/// The document's own parts: title, the security schemes (the sign-in cookie, the antiforgery header, the device key)
/// and the problem responses the operations refer to. Its <c>servers</c> are the request's own (the committed copy drops
/// them: the generated client calls relative URLs).
/// </summary>
internal sealed class ApiDocumentTransformer(IOptionsMonitor<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> cookies)
    : IOpenApiDocumentTransformer
{
    public const string Cookie = "cookie";
    public const string Xsrf = "xsrf";
    public const string DeviceKey = "deviceKey";
    public const string ProblemSchema = "ProblemDetails";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Training API";
        document.Info.Description = "政务服务中心 staff training and performance portal";
        document.Components ??= new OpenApiComponents();
        var cookieName = cookies.Get(Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme).Cookie.Name ?? ".Training.Auth";
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [Cookie] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Cookie, Name = cookieName,
                Description = "The session cookie set by POST /api/account/login (HttpOnly, SameSite=Lax; Secure over HTTPS).",
            },
            [Xsrf] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = AntiforgeryMiddleware.HeaderName,
                Description = $"Unsafe requests (POST, PUT, DELETE) without a device key echo the `{AntiforgeryMiddleware.CookieName}` cookie " +
                              "in this header (Angular's HttpClient does it); without it they are refused with 400 Common:Antiforgery.",
            },
            [DeviceKey] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = AntiforgeryMiddleware.DeviceKeyHeader,
                Description = "A device's key (issued by an administrator, hashed on the server, revocable); such requests carry no cookie and no antiforgery header.",
            },
        };

        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[ProblemSchema] = ProblemDetailsSchema();
        document.Components.Responses ??= new Dictionary<string, IOpenApiResponse>();
        foreach (var (name, response) in ProblemResponses.All)
            document.Components.Responses[name] = new OpenApiResponse
            {
                Description = response.Description,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(ProblemSchema, document) },
                },
            };
        return Task.CompletedTask;
    }

    /// <summary>RFC 9457 as <see cref="ProblemFactory"/> writes it, with the stable <c>code</c> and what some errors add.</summary>
    private static OpenApiSchema ProblemDetailsSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "RFC 9457 problem details. `code` is stable (`Organization:00007`); `title` is in the caller's language (Accept-Language).",
        Required = new HashSet<string> { "type", "title", "status", "code" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = Text("`/errors/<module>/<number>`, from the code."),
            ["title"] = Text("What went wrong, in the caller's language."),
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "400", Maximum = "599" },
            ["detail"] = Text(null),
            ["instance"] = Text("The request's path."),
            ["code"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String, MaxLength = 64, Pattern = "^[A-Za-z]+:[A-Za-z0-9]+$",
                Description = "The stable error code, e.g. `Common:Validation`, `Learning:00029`.",
            },
            ["traceId"] = Text("Names the request in the server's log."),
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Field errors (`rules[0].count`: messages), or details such as `reasonCode`.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = Text(null) },
            },
            ["rows"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Array, Description = "An import's row errors (nothing was imported).",
                Items = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        ["sheet"] = Text(null),
                        ["row"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = "1048576" },
                        ["column"] = Text(null),
                        ["code"] = Text(null),
                        ["message"] = Text(null),
                    },
                },
            },
        },
    };

    private static OpenApiSchema Text(string? description) => new() { Type = JsonSchemaType.String, Description = description };
}

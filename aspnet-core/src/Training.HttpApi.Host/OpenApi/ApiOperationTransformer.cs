using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using Training.SharedKernel.Authorization;

namespace Training.HttpApi.Host.OpenApi;

/// <summary>
/// Per operation, from the endpoint's own metadata: a summary (its name in words, unless it says one), who may call it
/// (the security requirement: public, the antiforgery header alone, the sign-in cookie, or a device key for the
/// permissions devices hold) and the problem responses it can give. Nothing here is written per endpoint, so a new
/// module's endpoints are described the same way.
/// </summary>
internal sealed class ApiOperationTransformer(PermissionRegistry permissions) : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var document = context.Document;
        var method = description.HttpMethod ?? "GET";
        var path = "/" + (description.RelativePath ?? "");
        // AntiforgeryMiddleware: unsafe API requests need the header, unless a device key signs them in.
        var unsafeMethod = !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method) && !HttpMethods.IsOptions(method)
                           && path.StartsWith("/api/", StringComparison.Ordinal);
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        var forDevices = metadata.OfType<RequiredPermissionMetadata>().Any(p => permissions.ForDevices.Contains(p.Permission));

        if (string.IsNullOrWhiteSpace(operation.Summary) && operation.OperationId is { Length: > 0 } name)
            operation.Summary = Words(name);

        operation.Security = anonymous
            ? unsafeMethod ? [Requirement(document, ApiDocumentTransformer.Xsrf)] : []
            : forDevices
                ? [Requirement(document, ApiDocumentTransformer.DeviceKey)]
                : [unsafeMethod ? Requirement(document, ApiDocumentTransformer.Cookie, ApiDocumentTransformer.Xsrf) : Requirement(document, ApiDocumentTransformer.Cookie)];

        operation.Responses ??= new OpenApiResponses();
        // A path parameter's route constraint answers 404 when it does not match; a query or a body can be invalid.
        var takesInput = operation.RequestBody is not null || operation.Parameters?.Any(p => p.In != ParameterLocation.Path) == true;
        if (takesInput || (unsafeMethod && !forDevices)) Add(operation, document, ProblemResponses.BadRequest);
        if (!anonymous)
        {
            Add(operation, document, ProblemResponses.Unauthorized);
            Add(operation, document, ProblemResponses.Forbidden);
        }
        if (path.Contains('{', StringComparison.Ordinal)) Add(operation, document, ProblemResponses.NotFound);
        if (unsafeMethod) Add(operation, document, ProblemResponses.Conflict);
        if (operation.RequestBody?.Content?.ContainsKey("multipart/form-data") == true)
        {
            Add(operation, document, ProblemResponses.PayloadTooLarge);
            Add(operation, document, ProblemResponses.UnsupportedMediaType);
            Add(operation, document, ProblemResponses.UnprocessableContent);
        }
        if (metadata.OfType<EnableRateLimitingAttribute>().Any() && !metadata.OfType<DisableRateLimitingAttribute>().Any())
            Add(operation, document, ProblemResponses.TooManyRequests);
        Add(operation, document, ProblemResponses.InternalError);
        return Task.CompletedTask;
    }

    private static OpenApiSecurityRequirement Requirement(OpenApiDocument? document, params string[] schemes)
    {
        var requirement = new OpenApiSecurityRequirement();
        foreach (var scheme in schemes) requirement[new OpenApiSecuritySchemeReference(scheme, document)] = [];
        return requirement;
    }

    private static void Add(OpenApiOperation operation, OpenApiDocument? document, string response)
    {
        var status = ProblemResponses.All[response].Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        operation.Responses!.TryAdd(status, new OpenApiResponseReference(response, document));
    }

    /// <summary>"ListMyNotifications" → "List my notifications".</summary>
    internal static string Words(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var startsWord = i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])));
            if (startsWord) text.Append(' ');
            // Words after the first are lower-case; an acronym (capitals in a row: "XSRF") stays as it is.
            var nextUpper = i + 1 < name.Length && char.IsUpper(name[i + 1]);
            var endsAcronym = i > 0 && char.IsUpper(name[i - 1]) && (i + 1 == name.Length || !char.IsLower(name[i + 1]));
            var acronym = char.IsUpper(c) && (nextUpper || endsAcronym);
            text.Append(i > 0 && !acronym ? char.ToLowerInvariant(c) : c);
        }
        return text.ToString();
    }
}

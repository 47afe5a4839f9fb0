namespace Training.HttpApi.Host.OpenApi;

/// <summary>
/// The OpenAPI document (<c>/openapi/v1.json</c>, committed as <c>angular/openapi/v1.json</c>) says what the server
/// enforces, derived from what the code declares rather than written per endpoint: limits from the DTOs' validation
/// attributes and formats (<see cref="ApiSchemaTransformer"/>), the security schemes and the problem responses from each
/// endpoint's authorization, rate-limit and route metadata (<see cref="ApiOperationTransformer"/>), and the shared
/// components (<see cref="ApiDocumentTransformer"/>). <c>angular/scripts/lint-openapi.sh</c> lints the result.
/// </summary>
public static class OpenApiSetup
{
    public static IServiceCollection AddTrainingOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer<ApiDocumentTransformer>();
            o.AddOperationTransformer<ApiOperationTransformer>();
            o.AddSchemaTransformer<ApiSchemaTransformer>();
        });
}

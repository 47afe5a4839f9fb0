using System.Text.Json;
using Training.HttpApi.Host.OpenApi;
using Training.SharedKernel.Paging;
using Training.Tests.Infrastructure;

namespace Training.Tests.Http;

/// <summary>
/// The OpenAPI document derives who may call an operation and what it can answer from the endpoint's own metadata
/// (authorization, device permissions, rate limits, route), with no per-endpoint description. The linters
/// (angular/scripts/lint-openapi.sh) check the whole document; these pin the derivation.
/// </summary>
[Collection(SqliteCollection.Name)]
public sealed class OpenApiDocumentTests(SqliteAppFixture fixture)
{
    private async Task<JsonElement> DocumentAsync() =>
        JsonDocument.Parse(await fixture.App.CreateApiClient().Http.GetStringAsync("/openapi/v1.json")).RootElement;

    private static JsonElement Operation(JsonElement document, string path, string method) =>
        document.GetProperty("paths").GetProperty(path).GetProperty(method);

    private static string Security(JsonElement operation) => string.Join(" | ", operation.GetProperty("security").EnumerateArray()
        .Select(r => string.Join(" + ", r.EnumerateObject().Select(s => s.Name))));

    private static string[] Responses(JsonElement operation) => operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToArray();

    [Theory]
    [InlineData("/api/public/certificates/{code}", "get", "")]                       // anonymous and safe: public
    [InlineData("/api/account/login", "post", "xsrf")]                               // anonymous, but unsafe: the antiforgery header
    [InlineData("/api/identity/users", "get", "cookie")]
    [InlineData("/api/identity/users", "post", "cookie + xsrf")]
    [InlineData("/api/device/whoami", "get", "deviceKey")]                           // a permission devices hold
    public async Task Should_state_who_may_call_each_operation_from_its_authorization(string path, string method, string security)
    {
        var document = await DocumentAsync();

        Security(Operation(document, path, method)).ShouldBe(security);
        document.GetProperty("components").GetProperty("securitySchemes").GetProperty("xsrf").GetProperty("name").GetString().ShouldBe("X-XSRF-TOKEN");
        document.GetProperty("components").GetProperty("securitySchemes").GetProperty("deviceKey").GetProperty("name").GetString().ShouldBe("X-Device-Key");
    }

    [Fact]
    public async Task Should_list_the_problem_responses_each_operation_can_give()
    {
        var document = await DocumentAsync();

        Responses(Operation(document, "/api/account/login", "post")).ShouldContain("429");          // rate-limited
        Responses(Operation(document, "/api/public/certificates/{code}", "get")).ShouldContain("429");
        Responses(Operation(document, "/api/public/certificates/{code}", "get")).ShouldNotContain("401");
        var listUsers = Responses(Operation(document, "/api/identity/users", "get"));
        listUsers.ShouldContain("400");
        listUsers.ShouldContain("401");
        listUsers.ShouldContain("403");
        listUsers.ShouldContain("500");
        listUsers.ShouldNotContain("429");
        listUsers.ShouldNotContain("404");
        Responses(Operation(document, "/api/identity/users/{id}", "get")).ShouldContain("404");
        Responses(Operation(document, "/api/learning/questions/import", "post")).ShouldContain("422");  // an upload
        var unauthorized = Operation(document, "/api/identity/users", "get").GetProperty("responses").GetProperty("401");
        unauthorized.GetProperty("$ref").GetString().ShouldBe("#/components/responses/Unauthorized");
        document.GetProperty("components").GetProperty("responses").GetProperty("Unauthorized").GetProperty("content")
            .GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString().ShouldBe("#/components/schemas/ProblemDetails");
        document.GetProperty("components").GetProperty("schemas").GetProperty("ProblemDetails").GetProperty("properties").TryGetProperty("code", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_state_paging_bounds_and_give_every_operation_a_summary()
    {
        var document = await DocumentAsync();

        var maxResultCount = Operation(document, "/api/identity/users", "get").GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == "MaxResultCount").GetProperty("schema");
        maxResultCount.GetProperty("maximum").GetInt32().ShouldBe(PagedRequest.MaxMaxResultCount);
        document.GetProperty("components").GetProperty("schemas").GetProperty("PagedResultOfUserDto").GetProperty("properties")
            .GetProperty("items").GetProperty("maxItems").GetInt32().ShouldBe(PagedRequest.MaxMaxResultCount);
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        foreach (var operation in path.Value.EnumerateObject())
            operation.Value.GetProperty("summary").GetString().ShouldNotBeNullOrWhiteSpace($"{operation.Name} {path.Name}");
        Operation(document, "/api/identity/users", "get").GetProperty("summary").GetString().ShouldBe("List users");
    }

    [Theory]
    [InlineData("ListMyNotifications", "List my notifications")]
    [InlineData("GetCalendarYear", "Get calendar year")]
    [InlineData("ExportQuestionsXlsx", "Export questions xlsx")]
    [InlineData("ImportQuestions", "Import questions")]
    [InlineData("GetXSRFToken", "Get XSRF token")]
    public void Should_read_an_endpoint_name_as_a_summary(string name, string summary) =>
        ApiOperationTransformer.Words(name).ShouldBe(summary);
}

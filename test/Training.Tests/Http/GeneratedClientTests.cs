using Microsoft.Extensions.DependencyInjection;
using Training.SharedKernel.Authorization;
using Training.Tests.Infrastructure;

namespace Training.Tests.Http;

/// <summary>
/// The web app's OpenAPI document and permission constants are what the server says today. A difference fails the
/// run; <c>TRAINING_UPDATE_GENERATED=1</c> rewrites the files instead (then run <c>npm run gen:api</c> in angular/).
/// </summary>
[Collection(SqliteCollection.Name)]
public sealed class GeneratedClientTests(SqliteAppFixture fixture)
{
    [Fact]
    public async Task Should_match_the_committed_OpenAPI_document()
    {
        var live = GeneratedClientFiles.OpenApi(await fixture.App.CreateApiClient().Http.GetStringAsync("/openapi/v1.json"));
        Compare(GeneratedClientFiles.OpenApiPath, live, "then run `npm run gen:api` in angular/ and commit both");
    }

    [Fact]
    public void Should_match_the_committed_permission_constants()
    {
        var registry = fixture.App.Services.GetRequiredService<PermissionRegistry>();
        Compare(GeneratedClientFiles.PermissionsPath, GeneratedClientFiles.Permissions(registry.All), "and commit it");
    }

    [Fact]
    public void Should_nest_permission_constants_with_Default_for_a_name_that_has_children()
    {
        var text = GeneratedClientFiles.Permissions(
        [
            new PermissionDefinition("Learning.Courses", "", ""),
            new PermissionDefinition("Learning.Courses.Manage", "", ""),
            new PermissionDefinition("Learning.MyLearning", "", ""),
        ]);

        text.ShouldContain("  Learning: {\n    Courses: {\n      Default: 'Learning.Courses',\n      Manage: 'Learning.Courses.Manage',\n    },\n    MyLearning: 'Learning.MyLearning',\n  },\n");
        text.ShouldContain("export type Permission = (typeof ALL_PERMISSIONS)[number];");
    }

    private static void Compare(string path, string expected, string then)
    {
        var committed = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : "";
        if (committed == expected) return;
        if (Environment.GetEnvironmentVariable(GeneratedClientFiles.UpdateVariable) == "1")
        {
            File.WriteAllText(path, expected);
            return;
        }

        committed.ShouldBe(expected, $"{path} is not what the server makes today: run `{GeneratedClientFiles.UpdateVariable}=1 dotnet test " +
                                     $"test/Training.Tests --filter GeneratedClientTests` to rewrite it, {then}.");
    }
}

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Training.SharedKernel.Authorization;

namespace Training.Tests.Http;

/// <summary>
/// The two files the web app takes from the server: the OpenAPI document (angular/openapi/v1.json, from which
/// `npm run gen:api` makes src/app/proxy) and the permission constants (angular/src/app/core/permissions.generated.ts).
/// Rendered here from the running host; <see cref="GeneratedClientTests"/> fails when the committed copies differ.
/// </summary>
public static class GeneratedClientFiles
{
    public const string UpdateVariable = "TRAINING_UPDATE_GENERATED";

    public static string OpenApiPath => Path.Combine(RepositoryRoot(), "angular", "openapi", "v1.json");

    public static string PermissionsPath => Path.Combine(RepositoryRoot(), "angular", "src", "app", "core", "permissions.generated.ts");

    /// <summary>The document without the port-dependent <c>servers</c>, indented like JSON.stringify(doc, null, 2).</summary>
    public static string OpenApi(string live)
    {
        var document = JsonNode.Parse(live)!.AsObject();
        document.Remove("servers");
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return document.ToJsonString(options).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    /// <summary>
    /// Nested constants mirroring the names (<c>Permissions.Learning.Courses.Manage</c>); a name that has children
    /// is their <c>Default</c> (ABP's convention), plus the <c>Permission</c> union type the routes and menus are typed with.
    /// </summary>
    public static string Permissions(IEnumerable<PermissionDefinition> definitions)
    {
        var names = definitions.Select(d => d.Name).Order(StringComparer.Ordinal).ToList();
        var root = new Node();
        foreach (var name in names)
        {
            var node = root;
            foreach (var segment in name.Split('.')) node = node.Children.TryGetValue(segment, out var child) ? child : node.Children[segment] = new Node();
            node.Value = name;
        }

        var text = new StringBuilder();
        text.Append("// Generated from the server's permission definitions by test/Training.Tests/Http/GeneratedClientTests.cs.\n");
        text.Append($"// Do not edit: run `{UpdateVariable}=1 dotnet test test/Training.Tests --filter GeneratedClientTests`.\n\n");
        text.Append("export const Permissions = {\n");
        foreach (var (segment, child) in root.Children) Write(text, segment, child, 1);
        text.Append("} as const;\n\n");
        text.Append("/** Every permission the server defines. */\n");
        text.Append("export const ALL_PERMISSIONS = [\n");
        foreach (var name in names) text.Append($"  '{name}',\n");
        text.Append("] as const;\n\n");
        text.Append("export type Permission = (typeof ALL_PERMISSIONS)[number];\n");
        return text.ToString();
    }

    private static void Write(StringBuilder text, string segment, Node node, int depth)
    {
        var indent = new string(' ', depth * 2);
        if (node.Children.Count == 0)
        {
            text.Append($"{indent}{segment}: '{node.Value}',\n");
            return;
        }

        text.Append($"{indent}{segment}: {{\n");
        if (node.Value is not null) text.Append($"{indent}  Default: '{node.Value}',\n");
        foreach (var (childSegment, child) in node.Children) Write(text, childSegment, child, depth + 1);
        text.Append($"{indent}}},\n");
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Training.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Training.sln not found above the test folder.");
    }

    private sealed class Node
    {
        public SortedDictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        public string? Value { get; set; }
    }
}

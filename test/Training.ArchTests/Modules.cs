using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace Training.ArchTests;

/// <summary>
/// The modules (the one list, aspnet-core/src/modules/Modules.props, as the host reads it) and their two assemblies
/// each; a test checks that no module folder is missing from the list.
/// </summary>
public static class Modules
{
    public static readonly string[] Names = Training.EntityFrameworkCore.TrainingModules.All.Select(m => m.Name).ToArray();

    public static Assembly Contracts(string module) => Assembly.Load($"Training.{module}.Contracts");

    public static Assembly Implementation(string module) => Assembly.Load($"Training.{module}");

    /// <summary>Known-bad code (test/Training.ArchTests.KnownBad): Learning-like code using Organization's implementation.</summary>
    public static Assembly KnownBad => typeof(global::Training.ArchTests.KnownBad.LearningReadingOrganizationEntities).Assembly;

    /// <summary>The namespaces of a module's implementation; other modules may use none of them.</summary>
    public static readonly string[] ImplementationLayers = ["Domain", "Application", "EntityFrameworkCore", "HttpApi", "Import", "Jobs", "Seeding"];

    /// <summary>Types of an assembly that depend on another module's implementation namespaces (<c>Training.Organization.Domain</c> …).</summary>
    public static IReadOnlyList<string> TypesUsingOtherModulesImplementation(Assembly assembly, string ownModule)
    {
        var forbidden = Names.Where(m => m != ownModule).SelectMany(m => ImplementationLayers.Select(layer => $"Training.{m}.{layer}")).ToArray();
        return Types.InAssembly(assembly).Should().NotHaveDependencyOnAny(forbidden).GetResult().FailingTypeNames?.ToList() ?? [];
    }

    /// <summary>Types of an assembly that depend on any module's namespaces (contracts included): the kernel may have none.</summary>
    public static IReadOnlyList<string> TypesDependingOnModules(Assembly assembly) =>
        Types.InAssembly(assembly).Should().NotHaveDependencyOnAny(Names.Select(m => $"Training.{m}").ToArray())
            .GetResult().FailingTypeNames?.ToList() ?? [];

    /// <summary>
    /// Types that use the spreadsheet library themselves: a module reads import files only through the kernel's
    /// <c>ImportReader</c> (its limits come before any cell) and writes them through <c>Spreadsheet</c>.
    /// </summary>
    public static IReadOnlyList<string> TypesUsingTheSpreadsheetLibrary(Assembly assembly) =>
        Types.InAssembly(assembly).Should().NotHaveDependencyOn("MiniExcelLibs").GetResult().FailingTypeNames?.ToList() ?? [];

    public static IEnumerable<string> ReferencedTrainingAssemblies(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Training.", StringComparison.Ordinal));

    /// <summary>
    /// The module rule as a function, so it can be shown to fail on a known-bad assembly: a module may reference only
    /// SharedKernel, Documents, its own Contracts and other modules' Contracts.
    /// </summary>
    public static IReadOnlyList<string> ForbiddenModuleReferences(Assembly assembly, string ownModule) =>
        ReferencedTrainingAssemblies(assembly)
            .Where(name => name is not ("Training.SharedKernel" or "Training.Documents")
                           && !name.EndsWith(".Contracts", StringComparison.Ordinal)
                           && name != $"Training.{ownModule}.Contracts")
            .ToList();

    /// <summary>Contracts may reference SharedKernel and Documents only (a bulletin kind lays out with Documents): never an implementation, never another module.</summary>
    public static IReadOnlyList<string> ForbiddenContractsReferences(Assembly assembly) =>
        ReferencedTrainingAssemblies(assembly).Where(name => name is not ("Training.SharedKernel" or "Training.Documents")).ToList();

    /// <summary>The namespaces of a module that say what went wrong by <c>ErrorKind</c>, never by HTTP status.</summary>
    public static readonly string[] StatusFreeLayers = [".Domain", ".Application", ".Import", ".Jobs"];

    /// <summary>
    /// What it takes to answer with a status: the status constants, the response (its status code, its body), problem
    /// details and endpoint results. (Prefixes: <c>…HttpResponse</c> also covers its writing extensions.)
    /// </summary>
    public static readonly string[] HttpStatusSurface =
    [
        "Microsoft.AspNetCore.Http.StatusCodes", "Microsoft.AspNetCore.Http.HttpResponse", "Microsoft.AspNetCore.Mvc.ProblemDetails",
        "Microsoft.AspNetCore.Http.Results", "Microsoft.AspNetCore.Http.TypedResults", "Microsoft.AspNetCore.Http.HttpResults",
    ];

    /// <summary>
    /// Types of the given namespaces (suffixes) that depend on <see cref="HttpStatusSurface"/>. <c>StatusCodes.Status409Conflict</c>
    /// is a constant the compiler copies into the caller, so a type using only the constants leaves no reference to
    /// <c>StatusCodes</c>: <see cref="StatusLiteralsInSource"/> catches those.
    /// </summary>
    public static IReadOnlyList<string> TypesAnsweringWithStatuses(Assembly assembly, params string[] namespaceSuffixes)
    {
        var inLayers = Types.InAssembly(assembly).That()
            .ResideInNamespaceMatching($"({string.Join("|", namespaceSuffixes.Select(Regex.Escape))})$");
        var result = inLayers.Should().NotHaveDependencyOnAny(HttpStatusSurface).GetResult();
        return result.FailingTypeNames?.ToList() ?? [];
    }

    private static readonly Regex StatusInSource = new(@"StatusCodes\.|\bStatus(Code)?\s*=\s*[1-5]\d\d\b", RegexOptions.Compiled);

    /// <summary>Lines (<c>file:line</c>) of the C# files under a folder that name a status constant or set a status number.</summary>
    public static IReadOnlyList<string> StatusLiteralsInSource(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, line, i)))
                .Where(x => StatusInSource.IsMatch(x.line))
                .Select(x => $"{x.f}:{x.i + 1}")
                .ToList()
            : [];
}
